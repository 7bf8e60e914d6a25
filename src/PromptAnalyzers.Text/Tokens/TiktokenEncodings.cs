using System;
using System.Threading;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// The two tiktoken encodings, each built once, on first use, from the rank table embedded in this assembly (no file
/// system, no network).
/// </summary>
internal static class TiktokenEncodings
{
    private static readonly Lazy<TiktokenEncoding?> s_o200kBase = new(
        () => TryCreate("o200k_base", new O200kPreTokenizer()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<TiktokenEncoding?> s_cl100kBase = new(
        () => TryCreate("cl100k_base", new Cl100kPreTokenizer()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why the last load failed, for tests and bug reports; null when every attempted load succeeded.</summary>
    public static string? LoadError { get; private set; }

    /// <summary>The encoding, or null when its data could not be loaded.</summary>
    public static TiktokenEncoding? Get(TokenEncoding encoding)
        => encoding == TokenEncoding.Cl100kBase ? s_cl100kBase.Value : s_o200kBase.Value;

    private static TiktokenEncoding? TryCreate(string encodingName, TiktokenPreTokenizer preTokenizer)
    {
        try
        {
            // No special tokens, neither in the pre-tokenizer nor in the ranks: a prompt that contains the text
            // "<|endoftext|>" sends that text, which the API encodes as ordinary text.
            return new TiktokenEncoding(BpeRanks.Load(encodingName), preTokenizer);
        }
        catch (Exception e)
        {
            LoadError = $"{encodingName}: {e.GetType().Name}: {e.Message}";
            return null;
        }
    }
}

/// <summary>One loaded encoding: its pre-tokenizer and its rank table.</summary>
internal sealed class TiktokenEncoding
{
    public TiktokenEncoding(BpeRanks ranks, TiktokenPreTokenizer preTokenizer)
    {
        Ranks = ranks;
        PreTokenizer = preTokenizer;
    }

    public BpeRanks Ranks { get; }

    public TiktokenPreTokenizer PreTokenizer { get; }
}
