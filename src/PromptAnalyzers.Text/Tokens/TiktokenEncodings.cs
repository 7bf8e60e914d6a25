using System;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Threading;
using Microsoft.ML.Tokenizers;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// The two tiktoken encodings, each built once, on first use, from the rank file embedded in its
/// Microsoft.ML.Tokenizers.Data.* assembly (no file system, no network).
/// </summary>
internal static class TiktokenEncodings
{
    private static readonly Lazy<TiktokenEncoding?> s_o200kBase = new(
        () => TryCreate("Microsoft.ML.Tokenizers.Data.O200kBase", "o200k_base.tiktoken.deflate", TiktokenPatterns.O200kBase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<TiktokenEncoding?> s_cl100kBase = new(
        () => TryCreate("Microsoft.ML.Tokenizers.Data.Cl100kBase", "cl100k_base.tiktoken.deflate", TiktokenPatterns.Cl100kBase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why the last load failed, for tests and bug reports; null when every attempted load succeeded.</summary>
    public static string? LoadError { get; private set; }

    /// <summary>The encoding, or null when its data could not be loaded.</summary>
    public static TiktokenEncoding? Get(TokenEncoding encoding)
        => encoding == TokenEncoding.Cl100kBase ? s_cl100kBase.Value : s_o200kBase.Value;

    private static TiktokenEncoding? TryCreate(string dataAssemblyName, string resourceName, string pattern)
    {
        try
        {
            // Loaded by name: the data types are internal. The name is resolved in the analyzer's own load context,
            // where the package ships the data assembly next to this one.
            Assembly data = Assembly.Load(new AssemblyName(dataAssemblyName));
            using Stream? deflated = data.GetManifestResourceStream(resourceName);
            if (deflated is null)
            {
                LoadError = $"{dataAssemblyName} has no resource {resourceName}.";
                return null;
            }

            // Perf: inflated in one pass into memory (a few MB, released after loading). The tokenizer's reader pulls small
            // chunks, and each read of a DeflateStream goes through zlib and a lock: reading it directly took 60% of the
            // first use.
            using var ranks = new MemoryStream(capacity: 4 << 20);
            using (var inflater = new DeflateStream(deflated, CompressionMode.Decompress))
            {
                inflater.CopyTo(ranks, 1 << 16);
            }

            ranks.Position = 0;
            var preTokenizer = new TiktokenPreTokenizer(pattern);

            // No special tokens, neither in the pre-tokenizer nor in the model: a prompt that contains the text
            // "<|endoftext|>" sends that text, which the API encodes as ordinary text.
            Tokenizer tokenizer = TiktokenTokenizer.Create(ranks, preTokenizer, normalizer: null, specialTokens: null);
            return new TiktokenEncoding(tokenizer, preTokenizer, () => BpeRanks.Load(dataAssemblyName, resourceName));
        }
        catch (Exception e)
        {
            LoadError = $"{dataAssemblyName}: {e.GetType().Name}: {e.Message}";
            return null;
        }
    }
}

/// <summary>One loaded encoding: Microsoft.ML.Tokenizers for ordinary pieces, our own merge for very long ones.</summary>
internal sealed class TiktokenEncoding
{
    private readonly Lazy<BpeRanks> _ranks;

    public TiktokenEncoding(Tokenizer tokenizer, TiktokenPreTokenizer preTokenizer, Func<BpeRanks> loadRanks)
    {
        Tokenizer = tokenizer;
        PreTokenizer = preTokenizer;
        _ranks = new Lazy<BpeRanks>(loadRanks, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Tokenizer Tokenizer { get; }

    public TiktokenPreTokenizer PreTokenizer { get; }

    /// <summary>The rank table for <see cref="LargePieceBpe"/>, read on the first long piece (~100 ms, once).</summary>
    public BpeRanks Ranks => _ranks.Value;
}
