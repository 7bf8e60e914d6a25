using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>
/// "Free" as the price of an item in a list that prices the others ("Basic (free) | Silver (Rp 50k)", "FREE (limited),
/// PREMIUM (90K VND/month)", "Standard delivery: free, express: $9.99"): one more price of the list. Free as a predicate
/// ("orders over $50 ship free") belongs to its policy and is left alone.
/// </summary>
internal static class FreePriceRecognizer
{
    /// <summary>Adds the free items of [s, e) when <paramref name="found"/> already holds a price of the same unit.</summary>
    public static void Recognize(string text, int s, int e, List<Candidate> found)
    {
        if (!HasMoney(found))
        {
            return;
        }

        string lower = LowerCase.Slice(text, s, e - s);
        foreach (string word in ValueLexicon.FreeWords)
        {
            for (int at = lower.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + word.Length, System.StringComparison.Ordinal))
            {
                int end = at + word.Length;
                if (IsListItem(lower, at, end))
                {
                    found.Add(new Candidate(s + at, s + end, FactKind.Money, Strength.Medium));
                }
            }
        }
    }

    private static bool HasMoney(List<Candidate> found)
    {
        foreach (Candidate c in found)
        {
            if (c.Kind == FactKind.Money)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word stands alone between list separators: "(free)", ": free,", "| Gratis (".</summary>
    private static bool IsListItem(string lower, int at, int end)
    {
        int before = at - 1;
        while (before >= 0 && (lower[before] == ' ' || lower[before] == '*'))
        {
            before--;
        }

        int after = end;
        while (after < lower.Length && (lower[after] == ' ' || lower[after] == '*'))
        {
            after++;
        }

        bool opens = before < 0 || IsSeparator(lower[before]);
        bool closes = after >= lower.Length || IsSeparator(lower[after]) || lower[after] == '.';
        return opens && closes && (at == 0 || !char.IsLetter(lower[at - 1])) && (end == lower.Length || !char.IsLetter(lower[end]));
    }

    private static bool IsSeparator(char c) => c == ':' || c == ',' || c == '(' || c == ')' || c == '|' || c == '/' || c == ';' || c == '\uFF1A' || c == '\uFF0C' || c == '\u3001' || c == '\uFF08' || c == '\uFF09';
}
