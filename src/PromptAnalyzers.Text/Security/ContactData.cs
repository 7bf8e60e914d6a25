using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.Facts.Recognizers;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// E-mail addresses and phone numbers, found by the fact engine's contact recogniser, then narrowed to what identifies a
/// person: no reserved domains (example.*, .example, .test, .invalid, .localhost), no fictional 555-01xx numbers, no order or
/// ticket numbers.
/// </summary>
internal static class ContactData
{
    private static readonly string[] ReservedTopLevels = { ".example", ".test", ".invalid", ".localhost", ".local" };

    /// <summary>Words after which a run of digits is a reference, not a phone ("order 123456789", "ticket #20240117").</summary>
    private static readonly string[] ReferenceCues =
    {
        "order", "invoice", "ticket", "ref", "reference", "case", "tracking", "booking", "confirmation", "sku", "serial", "item", "account",
        "bestellung", "rechnung", "commande", "facture", "pedido", "factura", "ordine", "fattura", "#",
    };

    public static void Recognize(string text, List<Token> tokens, List<PersonalDataFinding> output)
    {
        var candidates = new List<Candidate>();
        ContactRecognizer.Recognize(text, 0, text.Length, tokens, candidates);
        foreach (Candidate candidate in candidates)
        {
            if (candidate.Kind == FactKind.Email && IsPersonalEmail(text, candidate))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.Email, candidate.Start, candidate.Length));
            }
            else if (candidate.Kind == FactKind.Phone && IsPersonalPhone(text, candidate))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.Phone, candidate.Start, candidate.Length));
            }
        }
    }

    private static bool IsPersonalEmail(string text, Candidate candidate)
    {
        int at = text.IndexOf('@', candidate.Start, candidate.Length);
        string domain = text.Substring(at + 1, candidate.End - at - 1).ToLowerInvariant();
        foreach (string reserved in ReservedTopLevels)
        {
            if (domain.EndsWith(reserved, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return domain != "localhost" && !domain.StartsWith("example.", StringComparison.Ordinal);
    }

    private static bool IsPersonalPhone(string text, Candidate candidate)
    {
        var digits = new System.Text.StringBuilder();
        for (int i = candidate.Start; i < candidate.End; i++)
        {
            if (char.IsDigit(text[i]))
            {
                digits.Append(text[i]);
            }
        }

        return digits.Length >= 7
            && HasPhoneLayout(text, candidate.Start, candidate.End)
            && !IsYearRange(digits.ToString(), text, candidate.Start, candidate.End)
            && !IsFictionalNanp(digits.ToString())
            && !FollowsReferenceCue(text, candidate.Start)
            && !IsSsnShape(text, candidate.Start, candidate.End);
    }

    /// <summary>
    /// Written as a phone number, not as arithmetic, a slug or a citation: not glued to the word before ("snags-1471193165"),
    /// one kind of separator among '-', '.' and '/' ('/' once, after an area code that starts with 0), and at most one pair of parentheses, closed, before the
    /// last group ("(415) 867-2391", "+44 (0)20 7946 1234"; not "0.06(2400", "(22/25) / (11/50", "701-706 (2006").
    /// </summary>
    private static bool HasPhoneLayout(string text, int start, int end)
    {
        if (start > 0 && "-_/=.#".IndexOf(text[start - 1]) >= 0)
        {
            return false;
        }

        char separator = '\0';
        int slashes = 0;
        int open = -1;
        int close = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                if (open >= 0)
                {
                    return false;
                }

                open = i;
            }
            else if (c == ')')
            {
                if (open < 0 || close >= 0)
                {
                    return false;
                }

                close = i;
            }
            else if (c == '-' || c == '.' || c == '/')
            {
                if ((separator != '\0' && separator != c) || (c == '/' && ++slashes > 1))
                {
                    return false;
                }

                separator = c;
            }
        }

        // A slash separates an area code with its trunk zero ("030/1234567"); "29900/3200" is a division.
        return (open < 0) == (close < 0) && (separator != '/' || text[start] == '0' || text[start] == '+');
    }

    /// <summary>"2011-2012", "1998 - 2004": two years, not a phone.</summary>
    private static bool IsYearRange(string digits, string text, int start, int end) =>
        digits.Length == 8 && IsYear(digits.Substring(0, 4)) && IsYear(digits.Substring(4)) && text.IndexOf('(', start, end - start) < 0;

    private static bool IsYear(string digits) => (digits[0] == '1' && digits[1] == '9') || (digits[0] == '2' && digits[1] == '0');

    /// <summary>"912-34-5678": the US SSN layout, which no phone plan uses; an SSN outside the issued ranges is a sample, not a phone.</summary>
    private static bool IsSsnShape(string text, int start, int end)
    {
        const string Shape = "ddd-dd-dddd";
        if (end - start != Shape.Length)
        {
            return false;
        }

        for (int i = 0; i < Shape.Length; i++)
        {
            char c = text[start + i];
            if (Shape[i] == 'd' ? !char.IsDigit(c) : c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>555-0100 to 555-0199: the North American numbers reserved for fiction.</summary>
    private static bool IsFictionalNanp(string digits)
    {
        string local = digits.Length == 11 && digits[0] == '1' ? digits.Substring(1) : digits;
        return (local.Length == 10 && local.Substring(3, 4) == "5550" && local[7] == '1')
            || (local.Length == 7 && local.Substring(0, 4) == "5550" && local[4] == '1');
    }

    private static bool FollowsReferenceCue(string text, int start)
    {
        int from = Math.Max(0, start - 20);
        foreach (string cue in ReferenceCues)
        {
            if (SecretEvidence.IndexOfIgnoreCase(text, cue, from, start) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
