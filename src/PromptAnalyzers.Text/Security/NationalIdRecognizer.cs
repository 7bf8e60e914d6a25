using System;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// National ID and tax numbers of the languages we support, each only where its shape and check (digit, letter or valid
/// ranges) can be verified: US SSN, UK National Insurance number, German tax ID (Steuer-ID, after its name), French NIR,
/// Spanish DNI and NIE, Italian codice fiscale, Brazilian CPF. Each TryX reads a bounded window at a word start.
/// </summary>
internal static class NationalIdRecognizer
{
    /// <summary>Characters before a number searched for the ID's name ("SSN", "Steuer-ID", "CPF").</summary>
    private const int CueWindow = 40;

    private static readonly string[] SsnCues = { "ssn", "social security" };
    private static readonly string[] GermanTaxCues = { "steuer", "idnr", "identifikationsnummer", "tax id", "tin" };
    private static readonly string[] CpfCues = { "cpf" };

    public static bool TryAny(string text, int start, GroupedRun run, out int end, out string? name)
    {
        name = null;
        if (TrySsn(text, start, run, out end))
        {
            name = "US SSN";
        }
        else if (TryNino(text, start, out end))
        {
            name = "UK National Insurance number";
        }
        else if (TryCpf(text, start, run, out end))
        {
            name = "Brazilian CPF";
        }
        else if (TryNir(text, start, run, out end))
        {
            name = "French NIR";
        }
        else if (TrySpanishId(text, start, run, out end))
        {
            name = "Spanish DNI/NIE";
        }
        else if (TryItalianFiscalCode(text, start, out end))
        {
            name = "Italian codice fiscale";
        }
        else if (TryGermanTaxId(text, start, run, out end))
        {
            name = "German tax ID";
        }

        return name is not null;
    }

    /// <summary>"123-45-6789" (dashes or spaces), or nine digits after "SSN"; area not 000, 666 or 9xx, group and serial not zero.</summary>
    private static bool TrySsn(string text, int start, GroupedRun run, out int end)
    {
        run.Read(text, start, 9, "- ", lettersToo: false);
        end = run.TextEnds[run.TextEnds.Count - 1];
        string d = run.Compact;
        bool grouped = run.GroupEnds.Count == 3 && run.GroupEnds[0] == 3 && run.GroupEnds[1] == 5 && SameSeparators(text, run);
        bool named = run.GroupEnds.Count == 1 && HasCue(text, start, SsnCues);
        if (d.Length != 9 || !(grouped || named) || !GroupedRun.EndsWordAt(text, end))
        {
            return false;
        }

        int area = int.Parse(d.Substring(0, 3), System.Globalization.CultureInfo.InvariantCulture);
        return area != 0 && area != 666 && area < 900 && d.Substring(3, 2) != "00" && d.Substring(5) != "0000" && d != "123456789";
    }

    /// <summary>"AB 12 34 56 C" or "AB123456C": two letters (not D, F, I, Q, U, V; second not O; not BG, GB, NK, KN, TN, NT, ZZ), six digits, A to D.</summary>
    private static bool TryNino(string text, int start, out int end)
    {
        end = start;
        var compact = new char[9];
        int n = 0;
        int i = start;
        while (i < text.Length && n < 9 && i - start < 14)
        {
            char c = text[i];
            if (c == ' ' && n > 0 && n < 9)
            {
                i++;
                continue;
            }

            compact[n++] = c;
            i++;
        }

        if (n != 9 || !GroupedRun.EndsWordAt(text, i))
        {
            return false;
        }

        string id = new(compact);
        if (!IsUpper(id[0]) || !IsUpper(id[1]) || !IsDigits(id, 2, 6) || id[8] < 'A' || id[8] > 'D')
        {
            return false;
        }

        string prefix = id.Substring(0, 2);
        if ("DFIQUV".IndexOf(id[0]) >= 0 || "DFIOQUV".IndexOf(id[1]) >= 0 || prefix == "BG" || prefix == "GB" || prefix == "NK" || prefix == "KN" || prefix == "TN" || prefix == "NT" || prefix == "ZZ")
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>"123.456.789-09", or eleven digits after "CPF"; two check digits.</summary>
    private static bool TryCpf(string text, int start, GroupedRun run, out int end)
    {
        run.Read(text, start, 11, ".-", lettersToo: false);
        end = run.TextEnds[run.TextEnds.Count - 1];
        bool formatted = run.GroupEnds.Count == 4 && run.GroupEnds[0] == 3 && run.GroupEnds[1] == 6 && run.GroupEnds[2] == 9 && text[run.TextEnds[2]] == '-';
        bool named = run.GroupEnds.Count == 1 && HasCue(text, start, CpfCues);
        return run.Compact.Length == 11 && (formatted || named) && GroupedRun.EndsWordAt(text, end) && IdChecksums.BrazilianCpf(run.Compact);
    }

    /// <summary>"1 84 12 76 451 089 46" or 15 digits: sex 1, 2, 7 or 8, a month, and the key.</summary>
    private static bool TryNir(string text, int start, GroupedRun run, out int end)
    {
        run.Read(text, start, 15, " ", lettersToo: true);
        end = run.TextEnds[run.TextEnds.Count - 1];
        string d = run.Compact;
        if (d.Length != 15 || "1278".IndexOf(d[0]) < 0 || !GroupedRun.EndsWordAt(text, end))
        {
            return false;
        }

        int month = ((d[3] - '0') * 10) + (d[4] - '0');
        return ((month >= 1 && month <= 12) || month >= 20) && IdChecksums.FrenchNir(d);
    }

    /// <summary>"12345678Z", "12345678-Z", "X1234567L": the check letter.</summary>
    private static bool TrySpanishId(string text, int start, GroupedRun run, out int end)
    {
        run.Read(text, start, 9, "- ", lettersToo: true);
        end = run.TextEnds[run.TextEnds.Count - 1];
        string id = run.Compact;
        if (id.Length != 9 || !GroupedRun.EndsWordAt(text, end) || !IsUpper(text[end - 1]))
        {
            return false;
        }

        bool dni = IsDigits(id, 0, 8);
        bool nie = "XYZ".IndexOf(id[0]) >= 0 && IsDigits(id, 1, 7);
        return (dni || nie) && IsUpper(id[8]) && IdChecksums.SpanishId(id);
    }

    /// <summary>"RSSMRA85T10A562S": six letters, two digits, a month letter, two digits, a letter, three digits, the check letter.</summary>
    private static bool TryItalianFiscalCode(string text, int start, out int end)
    {
        end = start + 16;
        if (end > text.Length || !GroupedRun.EndsWordAt(text, end))
        {
            return false;
        }

        string code = text.Substring(start, 16);
        for (int i = 0; i < 6; i++)
        {
            if (!IsUpper(code[i]))
            {
                return false;
            }
        }

        return IsDigits(code, 6, 2) && "ABCDEHLMPRST".IndexOf(code[8]) >= 0 && IsDigits(code, 9, 2) && IsUpper(code[11]) && IsDigits(code, 12, 3) && IsUpper(code[15])
            && IdChecksums.ItalianFiscalCode(code);
    }

    /// <summary>Eleven digits ("12 345 678 901" or bare) after "Steuer-ID", "IdNr" or "tax ID": the check digit and digit pattern.</summary>
    private static bool TryGermanTaxId(string text, int start, GroupedRun run, out int end)
    {
        run.Read(text, start, 11, " ", lettersToo: false);
        end = run.TextEnds[run.TextEnds.Count - 1];
        return run.Compact.Length == 11 && GroupedRun.EndsWordAt(text, end) && HasCue(text, start, GermanTaxCues) && IdChecksums.GermanTaxId(run.Compact);
    }

    /// <summary>All separators between the groups are the same character ("123-45-6789", not "123-45 6789").</summary>
    private static bool SameSeparators(string text, GroupedRun run)
    {
        char first = text[run.TextEnds[0]];
        for (int g = 1; g < run.TextEnds.Count - 1; g++)
        {
            if (text[run.TextEnds[g]] != first)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCue(string text, int start, string[] cues)
    {
        int from = Math.Max(0, start - CueWindow);
        foreach (string cue in cues)
        {
            if (SecretEvidence.IndexOfIgnoreCase(text, cue, from, start) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsDigits(string text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
