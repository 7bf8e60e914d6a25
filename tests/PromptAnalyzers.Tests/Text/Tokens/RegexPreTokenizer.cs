using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>
/// The reference the hand-written pre-tokenizers are compared with: tiktoken's patterns (<see cref="TiktokenPatterns"/>) run
/// by .NET's regex engine, on a copy of the text in which each astral code point is one BMP char of the same general
/// category (tiktoken matches on code points, .NET's regex on UTF-16 chars), matches mapped back to the original offsets.
/// </summary>
internal sealed class RegexPreTokenizer
{
    private readonly Regex _regex;

    public RegexPreTokenizer(string pattern)
    {
        _regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public IEnumerable<(int Offset, int Length)> PreTokenize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return System.Array.Empty<(int, int)>();
        }

        return HasSurrogatePair(text) ? SplitFolded(text) : Split(text);
    }

    private IEnumerable<(int Offset, int Length)> Split(string text)
    {
        for (Match m = _regex.Match(text); m.Success; m = m.NextMatch())
        {
            yield return (m.Index, m.Length);
        }
    }

    private IEnumerable<(int Offset, int Length)> SplitFolded(string text)
    {
        // starts[i] is the offset in text of the code point at index i of the folded copy; starts[folded.Length] == text.Length.
        var folded = new char[text.Length];
        var starts = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            starts[n] = i;
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                folded[n++] = StandIn(CharUnicodeInfo.GetUnicodeCategory(text, i));
                i++;
            }
            else
            {
                folded[n++] = c;
            }
        }

        starts[n] = text.Length;
        string foldedText = new string(folded, 0, n);
        for (Match m = _regex.Match(foldedText); m.Success; m = m.NextMatch())
        {
            int start = starts[m.Index];
            yield return (start, starts[m.Index + m.Length] - start);
        }
    }

    private static bool HasSurrogatePair(string text)
    {
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A BMP char that every class of the patterns treats like a code point of <paramref name="category"/>.</summary>
    internal static char StandIn(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter => 'A',
        UnicodeCategory.LowercaseLetter => 'a',
        UnicodeCategory.TitlecaseLetter => '\u01C5', // ǅ
        UnicodeCategory.ModifierLetter => '\u02B0', // ʰ
        UnicodeCategory.OtherLetter => '\u05D0', // א
        UnicodeCategory.NonSpacingMark => '\u0300',
        UnicodeCategory.SpacingCombiningMark => '\u0903',
        UnicodeCategory.EnclosingMark => '\u20DD',
        UnicodeCategory.DecimalDigitNumber => '0',
        UnicodeCategory.LetterNumber => '\u2160', // Ⅰ
        UnicodeCategory.OtherNumber => '\u00B2', // ²
        UnicodeCategory.SpaceSeparator => '\u2000', // no astral code point is a space today; kept for completeness
        _ => '\uFFFD', // symbols, punctuation, format, private use, unassigned: neither letter, digit nor space
    };
}
