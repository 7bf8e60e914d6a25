using System.Collections.Generic;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// Payment card numbers (13 to 19 digits, grouped or not, Luhn-valid, not a test number made of two or three digits such as
/// 4111 1111 1111 1111) and IBANs (country code, check digits and the country's length, valid mod 97).
/// </summary>
internal static class PaymentNumberRecognizer
{
    /// <summary>IBAN lengths of the countries whose IBANs people write in our languages' datasets.</summary>
    private static readonly Dictionary<string, int> IbanLengths = new()
    {
        ["AD"] = 24,
        ["AT"] = 20,
        ["BE"] = 16,
        ["BG"] = 22,
        ["BR"] = 29,
        ["CH"] = 21,
        ["CY"] = 28,
        ["CZ"] = 24,
        ["DE"] = 22,
        ["DK"] = 18,
        ["EE"] = 20,
        ["ES"] = 24,
        ["FI"] = 18,
        ["FR"] = 27,
        ["GB"] = 22,
        ["GR"] = 27,
        ["HR"] = 21,
        ["HU"] = 28,
        ["IE"] = 22,
        ["IS"] = 26,
        ["IT"] = 27,
        ["LI"] = 21,
        ["LT"] = 20,
        ["LU"] = 20,
        ["LV"] = 21,
        ["MC"] = 27,
        ["MT"] = 31,
        ["NL"] = 18,
        ["NO"] = 15,
        ["PL"] = 28,
        ["PT"] = 25,
        ["RO"] = 24,
        ["SE"] = 24,
        ["SI"] = 19,
        ["SK"] = 24,
        ["SM"] = 27,
        ["TR"] = 26,
        ["SA"] = 24,
        ["AE"] = 23,
        ["IL"] = 23,
        ["UA"] = 29,
        ["RS"] = 22,
        ["ME"] = 22,
        ["BA"] = 20,
        ["MK"] = 19,
    };

    public static bool TryCard(string text, int start, GroupedRun run, out int end)
    {
        end = start;
        if (!char.IsDigit(text[start]))
        {
            return false;
        }

        run.Read(text, start, 19, " -", lettersToo: false);
        if (!GroupedRun.EndsWordAt(text, run.TextEnds[run.TextEnds.Count - 1]) && run.Compact.Length < 19)
        {
            return false;
        }

        // The longest group boundary that makes a valid card: "4539 1488 0343 6467 123" is a card and its CVV.
        for (int g = run.GroupEnds.Count - 1; g >= 0; g--)
        {
            int length = run.GroupEnds[g];
            if (length < 13 || length > 19)
            {
                continue;
            }

            string digits = run.Compact.Substring(0, length);
            if (digits[0] >= '2' && digits[0] <= '6' && IdChecksums.Luhn(digits) && DistinctDigits(digits) > 3 && GroupedRun.EndsWordAt(text, run.TextEnds[g]))
            {
                end = run.TextEnds[g];
                return true;
            }
        }

        return false;
    }

    public static bool TryIban(string text, int start, GroupedRun run, out int end)
    {
        end = start;
        if (start + 4 > text.Length || !char.IsUpper(text[start]) || !char.IsUpper(text[start + 1]) || !char.IsDigit(text[start + 2]) || !char.IsDigit(text[start + 3]))
        {
            return false;
        }

        if (!IbanLengths.TryGetValue(text.Substring(start, 2), out int length))
        {
            return false;
        }

        run.Read(text, start, length, " ", lettersToo: true);
        int textEnd = run.TextEnds[run.TextEnds.Count - 1];
        if (run.Compact.Length != length || !GroupedRun.EndsWordAt(text, textEnd) || !IdChecksums.IbanMod97(run.Compact))
        {
            return false;
        }

        end = textEnd;
        return true;
    }

    private static int DistinctDigits(string digits)
    {
        int seen = 0;
        foreach (char c in digits)
        {
            seen |= 1 << (c - '0');
        }

        int count = 0;
        for (; seen != 0; seen &= seen - 1)
        {
            count++;
        }

        return count;
    }
}
