using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Recognizers;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// A street address (found by the fact engine's address recogniser) with a person's name next to it: a title and a name
/// ("Mrs Patel", "Herr Weber"), a name cue ("name: Jane Miller", "my name is"), or a first and last name written just
/// before the address ("Jane Miller, 14 Mill Street"). A shop's or company's address is not personal data.
/// </summary>
internal static class NamedAddress
{
    /// <summary>Characters before the address searched for a name.</summary>
    private const int NameWindow = 120;

    private static readonly string[] Titles =
    {
        "mr", "mrs", "ms", "miss", "dr", "herr", "frau", "mme", "mlle", "monsieur", "madame", "sr", "sra", "señor", "señora", "sig", "sig.ra", "signor", "signora", "dott", "dona", "dom",
    };

    private static readonly string[] NameCues =
    {
        "name is", "name:", "named", "customer:", "recipient:", "ship to", "deliver to", "attn", "mein name", "je m'appelle", "me llamo", "mi chiamo", "meu nome", "lives at", "wohnt in", "habite",
    };

    /// <summary>Words that make a capitalised pair an organisation, not a person ("Contoso Ltd", "City Hall").</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "inc", "llc", "gmbh", "ag", "sa", "sarl", "srl", "spa", "bv", "plc", "corp", "company", "co", "store", "shop", "office", "hotel",
        "bank", "hall", "centre", "center", "museum", "station", "airport", "library", "university", "school", "hospital", "clinic",
        "restaurant", "cafe", "café", "headquarters", "hq", "warehouse", "branch", "support", "team", "service", "services",
    };

    public static void Recognize(string text, List<Token> tokens, List<PersonalDataFinding> output)
    {
        var candidates = new List<Candidate>();
        AddressRecognizer.Recognize(text, tokens, candidates);
        foreach (Candidate address in candidates)
        {
            if (address.Kind == Facts.FactKind.Address && HasPersonNameBefore(text, address.Start))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.Address, address.Start, address.Length));
            }
        }
    }

    private static bool HasPersonNameBefore(string text, int addressStart)
    {
        int from = Math.Max(0, addressStart - NameWindow);
        return HasTitledName(text, from, addressStart) || HasNameCue(text, from, addressStart) || HasFullNameJustBefore(text, addressStart);
    }

    /// <summary>"Mrs Patel", "Dr. Weber": a title word then a capitalised word.</summary>
    private static bool HasTitledName(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            int wordEnd = i;
            while (wordEnd < to && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '.'))
            {
                wordEnd++;
            }

            string word = text.Substring(i, wordEnd - i).TrimEnd('.').ToLowerInvariant();
            int next = wordEnd;
            while (next < to && text[next] == ' ')
            {
                next++;
            }

            if (Array.IndexOf(Titles, word) >= 0 && char.IsUpper(text[i]) && next > wordEnd && next < to && char.IsUpper(text[next]))
            {
                return true;
            }

            i = wordEnd;
        }

        return false;
    }

    private static bool HasNameCue(string text, int from, int to)
    {
        foreach (string cue in NameCues)
        {
            if (SecretEvidence.IndexOfIgnoreCase(text, cue, from, to) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Jane Miller, 14 Mill Street" or "Jane Miller\n14 Mill Street": two capitalised words that are not an organisation.</summary>
    private static bool HasFullNameJustBefore(string text, int addressStart)
    {
        int i = addressStart - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == ',' || text[i] == '\n' || text[i] == '\r'))
        {
            i--;
        }

        if (i == addressStart - 1)
        {
            return false;
        }

        string? last = WordEndingAt(text, ref i);
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        string? first = WordEndingAt(text, ref i);
        return last is not null && first is not null && char.IsUpper(first[0]) && char.IsUpper(last[0])
            && !OrganisationWords.Contains(first) && !OrganisationWords.Contains(last) && first.Length > 1 && last.Length > 1;
    }

    private static string? WordEndingAt(string text, ref int end)
    {
        int start = end;
        while (start >= 0 && char.IsLetter(text[start]) && end - start < 30)
        {
            start--;
        }

        if (start == end)
        {
            return null;
        }

        string word = text.Substring(start + 1, end - start);
        end = start;
        return word;
    }
}
