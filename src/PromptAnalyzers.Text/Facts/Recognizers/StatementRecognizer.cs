using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>Facts that need words, not digits: policies, statements about organisations and places, street addresses, codes.</summary>
internal static class StatementRecognizer
{
    public static void RecognizeAddresses(string text, List<Token> t, List<Candidate> output)
    {
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || !IsStreetWord(t[i].Lower))
            {
                continue;
            }

            bool capitalStreet = char.IsUpper(text[t[i].Start]);
            // "14 Mill Street", "5310 Ballard Ave NW": number, 1-3 capitalised words, street word
            int k = i - 1;
            int names = 0;
            while (k >= 0 && t[k].IsWord && char.IsUpper(text[t[k].Start]) && names < 3)
            {
                k--;
                names++;
            }

            if (k >= 0 && t[k].Is('\'') && k >= 1 && t[k - 1].IsWord)
            {
                k -= 2; // "King's Road"
                names++;
                while (k >= 0 && t[k].IsWord && char.IsUpper(text[t[k].Start]) && names < 4)
                {
                    k--;
                    names++;
                }
            }

            if (capitalStreet && names >= 1 && k >= 0 && t[k].IsNumber && t[k].Lower.Length <= 5)
            {
                int end = t[i].End;
                int j = i + 1;
                while (j < t.Count && t[j].IsWord && char.IsUpper(text[t[j].Start]) && t[j].Lower.Length <= 3 && j - i <= 1)
                {
                    end = t[j].End;
                    j++;
                }

                end = CityAfter(text, t, j, end);
                output.Add(new Candidate(t[k].Start, end, FactKind.Address, Strength.Strong));
                continue;
            }

            // "Via Roma 12", "Calle Mayor 5", "ул. Лесной, 5", "Unit 4, Canal Yard"
            int m = i + 1;
            if (m < t.Count && t[m].Is('.'))
            {
                m++;
            }

            int nameCount = 0;
            while (m < t.Count && t[m].IsWord && (char.IsUpper(text[t[m].Start]) || t[m].Lower == "de" || t[m].Lower == "del" || t[m].Lower == "la" || t[m].Lower == "des" || t[m].Lower == "du") && nameCount < 4)
            {
                m++;
                nameCount++;
            }

            if (m < t.Count && t[m].Is(','))
            {
                m++;
            }

            if ((capitalStreet || t[i].Lower == "ул" || t[i].Lower == "д") && nameCount >= 1 && m < t.Count && t[m].IsNumber && t[m].Lower.Length <= 4)
            {
                output.Add(new Candidate(t[i].Start, CityAfter(text, t, m + 1, t[m].End), FactKind.Address, Strength.Strong));
                continue;
            }

            if (t[i].Lower == "unit" && capitalStreet && i + 1 < t.Count && t[i + 1].IsNumber && i + 3 < t.Count && t[i + 2].Is(',') && t[i + 3].IsWord && char.IsUpper(text[t[i + 3].Start]))
            {
                int end = t[i + 3].End;
                int j = i + 4;
                while (j < t.Count && t[j].IsWord && char.IsUpper(text[t[j].Start]) && j - i < 7)
                {
                    end = t[j].End;
                    j++;
                }

                output.Add(new Candidate(t[i].Start, end, FactKind.Address, Strength.Strong));
            }
        }

        RecognizeUkPostcodes(text, t, output);
    }

    private static int CityAfter(string text, List<Token> t, int j, int end)
    {
        // ", Seattle", ", Manchester M1 3HE"
        if (j + 1 < t.Count && t[j].Is(',') && t[j + 1].IsWord && char.IsUpper(text[t[j + 1].Start]))
        {
            return t[j + 1].End;
        }

        return end;
    }

    private static void RecognizeUkPostcodes(string text, List<Token> t, List<Candidate> output)
    {
        // "M1 3HE", "SW1A 2AA": outward code (1-2 letters, digit, optional letter/digit), inward code (digit, 2 letters)
        for (int i = 0; i + 2 < t.Count; i++)
        {
            if (t[i].IsWord && t[i].End - t[i].Start <= 2 && IsAllUpper(text, t[i]) && t[i + 1].IsNumber && t[i + 1].Start == t[i].End && t[i + 1].Lower.Length <= 2)
            {
                int k = i + 2;
                if (k < t.Count && t[k].IsWord && t[k].Start == t[i + 1].End && t[k].Lower.Length == 1)
                {
                    k++;
                }

                if (k + 1 < t.Count && t[k].IsNumber && t[k].Lower.Length == 1 && t[k + 1].IsWord && t[k + 1].Start == t[k].End && t[k + 1].Lower.Length == 2 && IsAllUpper(text, t[k + 1]))
                {
                    output.Add(new Candidate(t[i].Start, t[k + 1].End, FactKind.Address, Strength.Strong));
                    i = k + 1;
                }
            }
        }
    }

    /// <summary>Promo codes, SKUs and account numbers announced by a cue word ("code SPRING20", "SKU KC-65-RED", "routing number is 311987654").</summary>
    public static void RecognizeIdentifiers(string text, int s, int e, List<Candidate> output)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (!(char.IsUpper(c) || char.IsDigit(c)) || (i > s && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '{' || text[i - 1] == '-' || text[i - 1] == '_')))
            {
                i++;
                continue;
            }

            int r = i;
            int letters = 0, digits = 0, lower = 0;
            while (r < e && r - i < 40 && (char.IsLetterOrDigit(text[r]) || ((text[r] == '-' || text[r] == '_') && r + 1 < e && char.IsLetterOrDigit(text[r + 1]))))
            {
                if (char.IsDigit(text[r]))
                {
                    digits++;
                }
                else if (char.IsLower(text[r]))
                {
                    lower++;
                }
                else if (char.IsLetter(text[r]))
                {
                    letters++;
                }

                r++;
            }

            int len = r - i;
            bool code = lower == 0 && letters >= 2 && digits >= 1 && len >= 5;
            bool longNumber = letters == 0 && lower == 0 && digits >= 6 && len == digits;
            if ((code || longNumber) && HasIdentifierCue(text, s, i))
            {
                output.Add(new Candidate(i, r, FactKind.Identifier, Strength.Medium));
            }

            i = r > i ? r : i + 1;
        }
    }

    private static bool HasIdentifierCue(string text, int s, int i)
    {
        int from = Math.Max(s, i - 24);
        string window = text.Substring(from, i - from).ToLowerInvariant();
        string[] cues = { "code", "coupon", "promo", "voucher", "sku", "article", "routing", "iban", "account number", "sort code", "bic", "swift", "gutschein", "rabattcode", "artikel", "código", "cupón", "cupom", "codice", "référence", "артикул", "промокод", "код", "инн", "бик", "счёт", "счет" };
        foreach (string cue in cues)
        {
            if (window.Contains(cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Policy clauses with no digits ("Sale items are final", "Pets are not allowed in rooms") and entity statements.</summary>
    public static void RecognizeStatements(string text, int s, int e, List<Candidate> output)
    {
        // clause by clause: split at ; and at ", and"/", but" so that two policies in one sentence count twice
        int cs = s;
        for (int i = s; i <= e; i++)
        {
            bool boundary = i == e || text[i] == ';' || (text[i] == ',' && i + 5 < e && (string.CompareOrdinal(text, i, ", and ", 0, 6) == 0 || string.CompareOrdinal(text, i, ", but ", 0, 6) == 0));
            if (!boundary)
            {
                continue;
            }

            Clause(text, cs, i, output);
            cs = i + 1;
        }
    }

    private static void Clause(string text, int s, int e, List<Candidate> output)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == ',' || text[s] == '*'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '*'))
        {
            e--;
        }

        if (e - s < 8 || e - s > 300)
        {
            return;
        }

        string lower = " " + text.Substring(s, e - s).ToLowerInvariant() + " ";
        foreach (string p in StatementLexicon.EntityPredicates)
        {
            int at = lower.IndexOf(p, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && HasCapitalOrYearAfter(text, s + at - 1 + p.Length, e))
            {
                output.Add(new Candidate(s, e, FactKind.EntityStatement, Strength.Weak));
                return;
            }
        }

        foreach (string p in StatementLexicon.PolicyPredicates)
        {
            int at = lower.IndexOf(p, StringComparison.Ordinal);
            if (at > 1)
            {
                // the predicate needs a subject before it: at least one word
                output.Add(new Candidate(s, e, FactKind.Policy, Strength.Weak));
                return;
            }
        }
    }

    private static bool HasCapitalOrYearAfter(string text, int from, int e)
    {
        for (int i = Math.Max(from, 0); i < e && i < from + 40; i++)
        {
            if (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] == '\u00AB')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStreetWord(string w)
    {
        foreach (string x in StatementLexicon.StreetWords)
        {
            if (x == w)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(string text, Token t)
    {
        for (int i = t.Start; i < t.End; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
