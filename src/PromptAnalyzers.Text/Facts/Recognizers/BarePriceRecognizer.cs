using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>
/// Prices written without a currency, as menus and price lists do: an item name, then amounts with two decimals
/// ("pepperoni pizza 12.95, 10.00, 7.00"), in thousands ("Phở bò 45.000") or with k ("bún chả 35k"). Each is only a
/// candidate: <see cref="FactDetector"/> keeps it when the line or its block lists at least two prices.
/// </summary>
internal static class BarePriceRecognizer
{
    private static readonly char[] Separators = { '.', ',' };

    public static void Recognize(string text, List<Token> t, List<Candidate> output)
    {
        int previousPrice = -1; // last token of the last price: "12.95, 10.00" prices the same item in another size
        for (int i = 1; i < t.Count; i++)
        {
            if (!t[i].IsNumber || !IsPriceShaped(t, i, out int last) || !FollowsAnItemName(t, i, previousPrice) || HasUnitAfter(t, last))
            {
                continue;
            }

            output.Add(new Candidate(t[i].Start, t[last].End, FactKind.Money, Strength.Weak) { IsBarePrice = true });
            previousPrice = last;
            i = last;
        }
    }

    /// <summary>"12.95", "9,50", "45.000", "1.250.000", "35k": not "0.75" (a weight or a score) or "3.12" after "Python".</summary>
    private static bool IsPriceShaped(List<Token> t, int i, out int last)
    {
        last = i;
        string n = t[i].Lower;
        if (i + 1 < t.Count && t[i + 1].IsWord && (t[i + 1].Lower == "k") && t[i + 1].Start == t[i].End && n.Length <= 4)
        {
            last = i + 1;
            return true;
        }

        if (n.StartsWith("0", System.StringComparison.Ordinal))
        {
            return false;
        }

        int separator = n.LastIndexOfAny(Separators);
        if (separator < 0)
        {
            return false;
        }

        int decimals = n.Length - separator - 1;
        if (decimals == 2)
        {
            return n.IndexOfAny(Separators) == separator || n[separator] != n[n.IndexOfAny(Separators)];
        }

        // thousands written with dots, as in Vietnamese and Indonesian prices: "45.000", "1.250.000"
        return decimals == 3 && n[separator] == '.' && n.EndsWith("000", System.StringComparison.Ordinal);
    }

    /// <summary>The amount follows the name of what it prices, possibly after a separator ("Latte: 4.50", "Latte ..... 4.50", "| 4.50").</summary>
    private static bool FollowsAnItemName(List<Token> t, int i, int previousPrice)
    {
        int k = i - 1;
        while (k >= 0 && t[k].Kind == TokenKind.Symbol && (t[k].Is(':') || t[k].IsDash || t[k].Is('.') || t[k].Is('|') || t[k].Is(',') || t[k].Is('/') || t[k].Is('(')))
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        if (t[k].IsNumber || k == previousPrice)
        {
            // "12.95, 10.00": the next size of the same item
            return k == previousPrice && i - k <= 3;
        }

        return t[k].IsWord && !ValueLexicon.VersionedNames.Contains(t[k].Lower);
    }

    /// <summary>"4.50 stars", "12.95 kg", "3.50%": a measure, not a price.</summary>
    private static bool HasUnitAfter(List<Token> t, int last)
    {
        int k = last + 1;
        return k < t.Count && t[k].Start - t[last].End <= 1 && (t[k].Is('%') || (t[k].IsWord && !ValueLexicon.PriceSizes.Contains(t[k].Lower)));
    }
}
