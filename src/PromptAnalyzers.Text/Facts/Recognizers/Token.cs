using System.Collections.Generic;

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

    public bool IsDash => Kind == TokenKind.Symbol && (Lower == "-" || Lower == "\u2013" || Lower == "\u2014");
}

/// <summary>Splits a unit into tokens in one linear pass. Numbers keep their separators ("1,000.50", "3 500", "14,50").</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int s, int e)
    {
        var tokens = new List<Token>();
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int j = i + 1;
                while (j < e)
                {
                    char d = text[j];
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

                tokens.Add(new Token(TokenKind.Word, i, j, text.Substring(i, j - i).ToLowerInvariant()));
                i = j;
            }
            else if (c >= '0' && c <= '9')
            {
                int j = ScanNumber(text, i, e);
                tokens.Add(new Token(TokenKind.Number, i, j, text.Substring(i, j - i)));
                i = j;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                int len = char.IsHighSurrogate(c) && i + 1 < e ? 2 : 1;
                tokens.Add(new Token(TokenKind.Symbol, i, i + len, text.Substring(i, len)));
                i += len;
            }
        }

        return tokens;
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
        if (j + 1 < e && (text[j] == '.' || text[j] == ',') && IsDigit(text[j + 1]))
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

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsGroupSeparator(char c) => c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
}
