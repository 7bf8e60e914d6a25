using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PromptAnalyzers.Text.Tokens.HuggingFace;

/// <summary>
/// One step of a tokenizer.json <c>pre_tokenizer</c>: it splits each piece the previous steps made into smaller pieces,
/// which the BPE model then encodes one by one (merges never cross a piece's edge).
/// </summary>
internal abstract class PreTokenizerStep
{
    /// <summary>How long one regex match may take before the count gives up (a pattern that backtracks without end).</summary>
    protected static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Adds the pieces <paramref name="piece"/> splits into to <paramref name="output"/>.</summary>
    public abstract void Split(string piece, List<string> output);

    /// <summary>A regex for a pattern of a tokenizer.json, or null when .NET cannot read it.</summary>
    public static Regex? TryCreateRegex(string pattern, out string? error)
    {
        try
        {
            error = null;
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Adds the matches of <paramref name="regex"/> in <paramref name="piece"/>, and the text between them unless <paramref name="removeMatches"/> says the matches are dropped.</summary>
    protected static void SplitOnMatches(Regex regex, string piece, bool removeMatches, List<string> output)
    {
        int end = 0;
        for (Match match = regex.Match(piece); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0)
            {
                continue;
            }

            if (match.Index > end)
            {
                output.Add(piece.Substring(end, match.Index - end));
            }

            if (!removeMatches)
            {
                output.Add(match.Value);
            }

            end = match.Index + match.Length;
        }

        if (end < piece.Length)
        {
            output.Add(end == 0 ? piece : piece.Substring(end));
        }
    }
}

/// <summary><c>{"type": "Split", "pattern": {"Regex": ...}, "behavior": "Isolated" | "Removed"}</c>, and <c>Digits</c> (a split on digits).</summary>
internal sealed class RegexSplitStep : PreTokenizerStep
{
    private readonly Regex _regex;
    private readonly bool _removeMatches;

    public RegexSplitStep(Regex regex, bool removeMatches)
    {
        _regex = regex;
        _removeMatches = removeMatches;
    }

    public override void Split(string piece, List<string> output) => SplitOnMatches(_regex, piece, _removeMatches, output);
}

/// <summary>
/// <c>{"type": "ByteLevel", "add_prefix_space": ..., "use_regex": ...}</c>: a space before each piece that does not start
/// with one (when asked), then GPT-2's split (when asked). Mapping the bytes to vocabulary characters is the model's job.
/// </summary>
internal sealed class ByteLevelStep : PreTokenizerStep
{
    /// <summary>GPT-2's pattern, as Hugging Face's ByteLevel pre-tokenizer spells it.</summary>
    public const string Gpt2Pattern = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    private static readonly Regex Gpt2 = new(Gpt2Pattern, RegexOptions.CultureInvariant, MatchTimeout);

    private readonly bool _addPrefixSpace;
    private readonly bool _useRegex;

    public ByteLevelStep(bool addPrefixSpace, bool useRegex)
    {
        _addPrefixSpace = addPrefixSpace;
        _useRegex = useRegex;
    }

    public override void Split(string piece, List<string> output)
    {
        if (_addPrefixSpace && !piece.StartsWith(" ", StringComparison.Ordinal))
        {
            piece = " " + piece;
        }

        if (_useRegex)
        {
            SplitOnMatches(Gpt2, piece, removeMatches: false, output);
        }
        else
        {
            output.Add(piece);
        }
    }
}
