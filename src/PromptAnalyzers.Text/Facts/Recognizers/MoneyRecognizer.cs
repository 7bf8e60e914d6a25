using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>
/// Amounts of money in any currency and script: a sign or code before the amount ("$5", "¥1,200", "Rp 25.000", "VND 20,000",
/// "HK$ 10"), or a currency after it ("14,50 €", "20.000đ", "3万円", "15,000원", "1,5 juta rupiah", "40 EUR").
/// </summary>
internal static class MoneyRecognizer
{
    /// <summary>True when token i opens an amount of money; <paramref name="last"/> is its last token.</summary>
    public static bool TryMoney(string text, List<Token> t, int i, out int last)
    {
        return TryCurrencyBefore(text, t, i, out last) || TryCurrencyAfter(text, t, i, out last);
    }

    /// <summary>"$5", "€ 12", "US$ 5", "R$ 30", "Rp25.000", "Rs. 500", "IDR 50.000", "$1.2 million".</summary>
    private static bool TryCurrencyBefore(string text, List<Token> t, int i, out int last)
    {
        last = -1;
        int number = -1;
        Token tok = t[i];
        if (IsSign(tok))
        {
            number = i + 1;
        }
        else if (tok.IsWord && i + 1 < t.Count && IsSign(t[i + 1]) && t[i + 1].Start == tok.End && CurrencyLexicon.WordsBefore.Contains(tok.Lower))
        {
            number = i + 2; // "US$", "HK$", "R$", "S$"
        }
        else if (tok.IsWord && CurrencyLexicon.IsPrefixWord(tok.Lower) && char.IsUpper(text[tok.Start]))
        {
            number = i + 1 < t.Count && t[i + 1].Is('.') ? i + 2 : i + 1; // "Rp 25.000", "Rs. 500"
        }
        else if (IsIsoCode(text, tok))
        {
            number = i + 1; // "IDR 50.000"
        }

        if (number < 0 || number >= t.Count || !t[number].IsNumber || t[number].Start - t[number - 1].End > 1)
        {
            return false;
        }

        last = number;
        if (last + 1 < t.Count && t[last + 1].Start - t[last].End <= 1 && Tokenizer.MatchWord(t, last + 1, CurrencyLexicon.Multipliers) is int m and >= 0)
        {
            last = m; // "$1.2 million", "Rp 1,5 juta", "¥3万"
        }

        return true;
    }

    /// <summary>"14,50 €", "20.000đ", "40 EUR", "1,500,000 VND", "3万円", "5 triệu đồng", "28.4p per kWh".</summary>
    private static bool TryCurrencyAfter(string text, List<Token> t, int i, out int last)
    {
        last = -1;
        if (!t[i].IsNumber)
        {
            return false;
        }

        int k = i + 1;
        if (k < t.Count && t[k].Start - t[k - 1].End <= 1 && Tokenizer.MatchWord(t, k, CurrencyLexicon.Multipliers) is int m and >= 0)
        {
            k = m + 1;
        }

        if (k >= t.Count || t[k].Start - t[k - 1].End > 1)
        {
            return false;
        }

        Token c = t[k];
        if (IsSign(c))
        {
            last = k;
            return true;
        }

        if (!c.IsWord)
        {
            return false;
        }

        if (IsIsoCode(text, c))
        {
            last = k;
            return true;
        }

        int word = Tokenizer.MatchWord(t, k, CurrencyLexicon.WordsAfter);
        if (word >= 0)
        {
            last = word;
            return true;
        }

        // pence: "28.4p per kWh"
        if (c.Lower == "p" && c.Start == t[k - 1].End && k + 1 < t.Count && t[k + 1].IsWord && (t[k + 1].Lower == "per" || t[k + 1].Lower == "a" || t[k + 1].Lower == "each"))
        {
            last = k;
            return true;
        }

        return false;
    }

    /// <summary>An upper-case ISO 4217 code ("VND", "IDR"); "the" or "Try" are words.</summary>
    private static bool IsIsoCode(string text, Token tok)
        => tok.IsWord && tok.End - tok.Start == 3 && char.IsUpper(text[tok.Start]) && char.IsUpper(text[tok.Start + 1]) && char.IsUpper(text[tok.Start + 2]) && CurrencyLexicon.IsoCodes.Contains(text.Substring(tok.Start, 3));

    private static bool IsSign(Token tok) => tok.Kind == TokenKind.Symbol && tok.Lower.Length == 1 && CurrencyLexicon.IsCurrencySymbol(tok.Lower[0]);
}
