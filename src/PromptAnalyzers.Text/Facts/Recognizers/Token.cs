using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Text.Facts.Recognizers;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A word, number or symbol inside one unit; offsets are into the whole text.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string lower)
    {
        Kind = kind;
        Start = start;
        End = end;
        Lower = lower;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Lower-cased text (words) or raw text (numbers, symbols).</summary>
    public string Lower { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool Is(char c) => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;

    public bool IsDash => Kind == TokenKind.Symbol && (Lower == "-" || Lower == "\u2013" || Lower == "\u2014" || Lower == "~");

    /// <summary>A Han, kana or Hangul character: written without spaces, so each is its own word token.</summary>
    public bool IsCjk => Kind == TokenKind.Word && Lower.Length == 1 && Tokenizer.IsCjk(Lower[0]);
}

/// <summary>
/// Splits a unit into tokens in one linear pass. Numbers keep their separators ("1,000.50", "3 500", "14,50"). Scripts
/// written without spaces (Han, kana, Hangul) give one word token per character, so nothing depends on spaces; full-width
/// digits and punctuation ("１，２００", "：", "～") are read as their ASCII forms.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Every ASCII character as a string, so that one-character symbols and numbers are not allocated again and again.</summary>
    private static readonly string[] AsciiChars = CreateAsciiChars();

    public static List<Token> Tokenize(string text, int s, int e)
    {
        var tokens = new List<Token>(Math.Min(e - s, 4096) / 4 + 4);
        Tokenize(text, s, e, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of [s, e) to <paramref name="tokens"/>.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public static void Tokenize(string text, int s, int e, List<Token> tokens)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (IsCjk(c))
            {
                tokens.Add(new Token(TokenKind.Word, i, i + 1, LowerCase.Shared(text.AsSpan(i, 1))));
                i++;
            }
            else if (char.IsLetter(c))
            {
                int j = i + 1;
                while (j < e)
                {
                    char d = text[j];
                    if (IsCjk(d))
                    {
                        break;
                    }

                    if (char.IsLetter(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        j++;
                    }
                    else if ((d == '\'' || d == '\u2019' || d == '-') && j + 1 < e && char.IsLetter(text[j + 1]))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenKind.Word, i, j, LowerCase.Word(text, i, j - i)));
                i = j;
            }
            else if (IsDigit(c))
            {
                int j = ScanNumber(text, i, e);
                tokens.Add(new Token(TokenKind.Number, i, j, Ascii(text, i, j)));
                i = j;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                int len = char.IsHighSurrogate(c) && i + 1 < e ? 2 : 1;
                tokens.Add(new Token(TokenKind.Symbol, i, i + len, len == 1 ? Ascii(text, i, i + 1) : text.Substring(i, len)));
                i += len;
            }
        }
    }

    private static int ScanNumber(string text, int i, int e)
    {
        int j = i;
        while (j < e && IsDigit(text[j]))
        {
            j++;
        }

        int intDigits = j - i;
        // thousands groups: 1,000 / 1.000 / 1 000 (three digits, then no digit)
        while (intDigits <= 3 && j + 4 <= e && IsGroupSeparator(text[j]) && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3]) && (j + 4 == e || !IsDigit(text[j + 4])))
        {
            if (text[j] == ' ' && j + 5 <= e && (text[j + 4] == '-' || text[j + 4] == ':'))
            {
                break; // "8 800 555-35-35" is a phone, not a number
            }

            j += 4;
        }

        // decimals
        if (j + 1 < e && (text[j] == '.' || text[j] == ',' || text[j] == '\uFF0E') && IsDigit(text[j + 1]))
        {
            int k = j + 1;
            while (k < e && k - j <= 4 && IsDigit(text[k]))
            {
                k++;
            }

            if (k - j <= 4 && (k == e || !IsDigit(text[k])))
            {
                j = k;
            }
        }

        return j;
    }

    /// <summary>
    /// Index of the last token of the longest word of <paramref name="words"/> that starts at token k, or -1. A word in a
    /// script without spaces spans several one-character tokens ("美元", "月曜日"); any other word is one token.
    /// </summary>
    internal static int MatchWord(List<Token> t, int k, HashSet<string> words)
    {
        if (k >= t.Count || !t[k].IsWord)
        {
            return -1;
        }

        if (!t[k].IsCjk)
        {
            return words.Contains(t[k].Lower) ? k : -1;
        }

        const int MaxCjkWord = 5;
        int best = -1;
        string run = string.Empty;
        for (int j = k; j < t.Count && j - k < MaxCjkWord && t[j].IsCjk && (j == k || t[j].Start == t[j - 1].End); j++)
        {
            run += t[j].Lower;
            if (words.Contains(run))
            {
                best = j;
            }
        }

        return best;
    }

    /// <summary>Index of the first token of the longest word of <paramref name="words"/> that ends at token k, or -1.</summary>
    internal static int MatchWordEndingAt(List<Token> t, int k, HashSet<string> words)
    {
        if (k < 0 || k >= t.Count || !t[k].IsWord)
        {
            return -1;
        }

        if (!t[k].IsCjk)
        {
            return words.Contains(t[k].Lower) ? k : -1;
        }

        const int MaxCjkWord = 5;
        int best = -1;
        string run = string.Empty;
        for (int j = k; j >= 0 && k - j < MaxCjkWord && t[j].IsCjk && (j == k || t[j].End == t[j + 1].Start); j--)
        {
            run = t[j].Lower + run;
            if (words.Contains(run))
            {
                best = j;
            }
        }

        return best;
    }

    internal static bool IsCjk(char c)
        => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') // Han
        || (c >= '\u3040' && c <= '\u30FF') || (c >= '\u31F0' && c <= '\u31FF') || (c >= '\uFF66' && c <= '\uFF9F') // kana
        || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F') // Hangul
        || c == '\u3005'; // 々

    private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');

    private static bool IsGroupSeparator(char c) => c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\uFF0C';

    private static string[] CreateAsciiChars()
    {
        var strings = new string[128];
        for (int c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    /// <summary>The text of [s, e) with full-width forms (U+FF01..U+FF5E) and the wave dash read as ASCII.</summary>
    private static string Ascii(string text, int s, int e)
    {
        if (e - s == 1)
        {
            char one = AsciiForm(text[s]);
            return one < 128 ? AsciiChars[one] : text.Substring(s, 1);
        }

        bool wide = false;
        for (int i = s; i < e && !wide; i++)
        {
            wide = AsciiForm(text[i]) != text[i];
        }

        if (!wide)
        {
            return LowerCase.Shared(text.AsSpan(s, e - s)); // Perf: the same figures recur ("30", "2024")
        }

        var chars = new char[e - s];
        for (int i = s; i < e; i++)
        {
            chars[i - s] = AsciiForm(text[i]);
        }

        return new string(chars);
    }

    /// <summary>A full-width form (U+FF01..U+FF5E) or the wave dash as its ASCII character; any other character as is.</summary>
    private static char AsciiForm(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u301C' ? '~' : c;
}
