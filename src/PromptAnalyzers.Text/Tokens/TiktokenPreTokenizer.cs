using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// Splits text into the pieces tiktoken encodes one by one, with no special tokens: <c>&lt;|endoftext|&gt;</c> in a prompt
/// is ordinary text. Hand-written matchers of the patterns in <see cref="TiktokenPatterns"/>, alternative by alternative,
/// with the regex's greedy choices and backtracking spelled out (a test compares them with the regex on random text).
/// </summary>
/// <remarks>
/// Perf: a compiled .NET regex took half of the counting time and 28 ms to build on first use; this is a loop over chars.
/// Like tiktoken, classes are decided per code point: a surrogate pair is one code point with the general category of
/// the astral character (𝐀 is an upper-case letter, 𝟙 a digit). A lone surrogate is neither letter, digit nor space,
/// like the U+FFFD tiktoken sees in its place. White space is .NET's <c>\s</c> (<see cref="char.IsWhiteSpace(char)"/>).
/// </remarks>
internal abstract class TiktokenPreTokenizer
{
    /// <summary>The pieces of <paramref name="text"/> as (offset, length) in chars, in order, covering the whole text.</summary>
    public IEnumerable<(int Offset, int Length)> PreTokenize(string text)
    {
        for (int start = 0; start < (text?.Length ?? 0);)
        {
            int end = PieceEnd(text!, start);
            yield return (start, end - start);
            start = end;
        }
    }

    /// <summary>The end (exclusive) of the piece that starts at <paramref name="start"/> (&lt; text.Length).</summary>
    public abstract int PieceEnd(string text, int start);

    // Classes of a code point, as bits.
    protected const int Letter = 1; // \p{L}
    protected const int Number = 2; // \p{N}
    protected const int Mark = 4; // \p{M}
    protected const int Space = 8; // \s
    protected const int Newline = 16; // [\r\n]
    protected const int Upper = 32; // o200k's [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
    protected const int Lower = 64; // o200k's [\p{Ll}\p{Lm}\p{Lo}\p{M}]

    private static readonly byte[] AsciiClasses = BuildAsciiClasses();

    /// <summary>The classes of the code point at <paramref name="i"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static int ClassAt(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        return c < 128 ? AsciiClasses[c] : NonAsciiClassAt(text, i, out width);
    }

    private static int NonAsciiClassAt(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return ClassOf(CharUnicodeInfo.GetUnicodeCategory(text, i));
        }

        int classes = ClassOf(CharUnicodeInfo.GetUnicodeCategory(c));
        return char.IsWhiteSpace(c) ? classes | Space : classes;
    }

    /// <summary>The end of the run of code points from <paramref name="i"/> that have any of <paramref name="classes"/>.</summary>
    protected static int RunEnd(string text, int i, int classes)
    {
        while (i < text.Length && (ClassAt(text, i, out int width) & classes) != 0)
        {
            i += width;
        }

        return i;
    }

    /// <summary>The end of the run of white space from <paramref name="i"/>, and where its last \r or \n ends (-1 if none).</summary>
    protected static int SpaceRunEnd(string text, int i, out int afterLastNewline)
    {
        afterLastNewline = -1;
        while (i < text.Length && (ClassAt(text, i, out _) & Space) != 0)
        {
            if (text[i] is '\r' or '\n')
            {
                afterLastNewline = i + 1;
            }

            i++; // white space is never astral
        }

        return i;
    }

    /// <summary>After letters: the end of an English contraction at <paramref name="i"/> ('s 't 're 've 'm 'll 'd, any case), else <paramref name="i"/>.</summary>
    protected static int ContractionEnd(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] != '\'')
        {
            return i;
        }

        char a = text[i + 1];
        if (Is(a, 's') || Is(a, 't') || Is(a, 'm') || Is(a, 'd'))
        {
            return i + 2;
        }

        if (i + 2 < text.Length && ((Is(a, 'r') && Is(text[i + 2], 'e')) || (Is(a, 'v') && Is(text[i + 2], 'e')) || (Is(a, 'l') && Is(text[i + 2], 'l'))))
        {
            return i + 3;
        }

        return i;
    }

    /// <summary>Case-insensitive match of a lower-case ASCII letter (the regex's invariant case equivalences add none to these letters).</summary>
    private static bool Is(char c, char lower) => c == lower || c == (char)(lower - 32);

    private static int ClassOf(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Letter | Upper,
        UnicodeCategory.LowercaseLetter => Letter | Lower,
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Letter | Upper | Lower,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Mark | Upper | Lower,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Number,
        _ => 0,
    };

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            int value = ClassOf(CharUnicodeInfo.GetUnicodeCategory((char)c));
            if (char.IsWhiteSpace((char)c))
            {
                value |= Space;
            }

            if (c is '\r' or '\n')
            {
                value |= Newline;
            }

            classes[c] = (byte)value;
        }

        return classes;
    }

    /// <summary>[^\r\n\p{L}\p{N}]: the one char a word may start with (a space, punctuation, a mark...).</summary>
    protected static bool IsWordPrefix(int classes) => (classes & (Letter | Number | Newline)) == 0;

    /// <summary>[^\s\p{L}\p{N}]: punctuation, symbols, marks, controls.</summary>
    protected static bool IsPunctuation(int classes) => (classes & (Letter | Number | Space)) == 0;

    /// <summary>The white-space alternatives both patterns end with; <paramref name="start"/> is white space.</summary>
    protected static int SpacePieceEnd(string text, int start, bool wholeRunAtEnd)
    {
        int end = SpaceRunEnd(text, start, out int afterLastNewline);
        if (wholeRunAtEnd && end == text.Length)
        {
            return end; // cl100k: (?>\s+)$
        }

        if (afterLastNewline > 0)
        {
            return afterLastNewline; // \s*[\r\n]+ (o200k), \s*[\r\n] (cl100k): up to the run's last line break
        }

        if (end == text.Length)
        {
            return end; // \s+(?!\S) at the end of the text
        }

        return end - start >= 2 ? end - 1 : end; // \s+(?!\S) leaves the last space to the next word; else \s+ (or \s)
    }
}

/// <summary>o200k_base: <see cref="TiktokenPatterns.O200kBase"/>.</summary>
internal sealed class O200kPreTokenizer : TiktokenPreTokenizer
{
    public override int PieceEnd(string text, int start)
    {
        int first = ClassAt(text, start, out int firstWidth);

        // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(contraction)?, then the same with + and *.
        if (IsWordPrefix(first) || (first & Letter) != 0)
        {
            int end = LowerWordEnd(text, start, first, firstWidth);
            if (end < 0)
            {
                end = UpperWordEnd(text, start, first, firstWidth);
            }

            if (end >= 0)
            {
                return end;
            }
        }

        // \p{N}{1,3}
        if ((first & Number) != 0)
        {
            int end = start + firstWidth;
            for (int n = 1; n < 3 && end < text.Length && (ClassAt(text, end, out int width) & Number) != 0; n++)
            {
                end += width;
            }

            return end;
        }

        // " ?[^\s\p{L}\p{N}]+[\r\n/]*"
        int punctuation = text[start] == ' ' && start + 1 < text.Length ? start + 1 : start;
        if (IsPunctuation(ClassAt(text, punctuation, out _)))
        {
            int end = RunEndOfPunctuation(text, punctuation);
            while (end < text.Length && text[end] is '\r' or '\n' or '/')
            {
                end++;
            }

            return end;
        }

        // \s*[\r\n]+ | \s+(?!\S) | \s+
        return SpacePieceEnd(text, start, wholeRunAtEnd: false);
    }

    /// <summary>prefix? upper* lower+ contraction?, with the regex's backtracking; -1 when it does not match.</summary>
    private static int LowerWordEnd(string text, int start, int first, int firstWidth)
    {
        // The optional prefix is tried taken, then not; within each, the upper run is given back one code point at a time
        // until a lower-class code point follows (the two classes share Lm, Lo and marks).
        if (IsWordPrefix(first) && start + firstWidth < text.Length)
        {
            int end = UpperLowerEnd(text, start + firstWidth);
            if (end >= 0)
            {
                return end;
            }
        }

        return UpperLowerEnd(text, start);
    }

    private static int UpperLowerEnd(string text, int from)
    {
        int upperEnd = RunEnd(text, from, Upper);

        for (int at = upperEnd; ; at = PreviousCodePoint(text, at))
        {
            if (at < text.Length && (ClassAt(text, at, out _) & Lower) != 0)
            {
                return ContractionEnd(text, RunEnd(text, at, Lower));
            }

            if (at == from)
            {
                return -1;
            }
        }
    }

    /// <summary>prefix? upper+ lower* contraction?; -1 when it does not match.</summary>
    private static int UpperWordEnd(string text, int start, int first, int firstWidth)
    {
        int from = IsWordPrefix(first) && start + firstWidth < text.Length && (ClassAt(text, start + firstWidth, out _) & Upper) != 0
            ? start + firstWidth
            : (first & Upper) != 0 ? start : -1;
        return from < 0 ? -1 : ContractionEnd(text, RunEnd(text, RunEnd(text, from, Upper), Lower));
    }

    private static int RunEndOfPunctuation(string text, int i)
    {
        while (i < text.Length && IsPunctuation(ClassAt(text, i, out int width)))
        {
            i += width;
        }

        return i;
    }

    private static int PreviousCodePoint(string text, int i)
        => i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]) ? i - 2 : i - 1;
}

/// <summary>cl100k_base: <see cref="TiktokenPatterns.Cl100kBase"/>.</summary>
internal sealed class Cl100kPreTokenizer : TiktokenPreTokenizer
{
    public override int PieceEnd(string text, int start)
    {
        // '(?i:[sdmt]|ll|ve|re)
        int contraction = ContractionEnd(text, start);
        if (contraction > start)
        {
            return contraction;
        }

        int first = ClassAt(text, start, out int firstWidth);

        // (?>[^\r\n\p{L}\p{N}]?)(?>\p{L}+): the prefix, when there is one, is never given back.
        if ((first & Letter) != 0)
        {
            return RunEnd(text, start, Letter);
        }

        if (IsWordPrefix(first) && start + firstWidth < text.Length && (ClassAt(text, start + firstWidth, out _) & Letter) != 0)
        {
            return RunEnd(text, start + firstWidth, Letter);
        }

        // (?>\p{N}{1,3})
        if ((first & Number) != 0)
        {
            int end = start + firstWidth;
            for (int n = 1; n < 3 && end < text.Length && (ClassAt(text, end, out int width) & Number) != 0; n++)
            {
                end += width;
            }

            return end;
        }

        // " ?(?>[^\s\p{L}\p{N}]+)(?>[\r\n]*)"
        int punctuation = text[start] == ' ' && start + 1 < text.Length ? start + 1 : start;
        if (IsPunctuation(ClassAt(text, punctuation, out _)))
        {
            int end = punctuation;
            while (end < text.Length && IsPunctuation(ClassAt(text, end, out int width)))
            {
                end += width;
            }

            while (end < text.Length && text[end] is '\r' or '\n')
            {
                end++;
            }

            return end;
        }

        // (?>\s+)$ | \s*[\r\n] | \s+(?!\S) | \s
        return SpacePieceEnd(text, start, wholeRunAtEnd: true);
    }
}
