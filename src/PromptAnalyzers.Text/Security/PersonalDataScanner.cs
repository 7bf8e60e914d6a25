using System;
using System.Collections.Generic;
using System.Threading;
using PromptAnalyzers.Text.Facts.Recognizers;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// Finds personal data in the text of a fine-tuning example (PA4003): e-mail addresses, phone numbers, payment cards and
/// IBANs that pass their checksums, national ID and tax numbers, and street addresses next to a person's name. Placeholders
/// ("[your name]", "[EMAIL]") and masked values ("**** 1234") do not have these shapes and get nothing. Linear in the text;
/// never throws except on cancellation.
/// </summary>
public static class PersonalDataScanner
{
    /// <summary>Characters scanned between two checks of the cancellation token.</summary>
    private const int CancellationStride = 64 * 1024;

    /// <summary>The personal data in <paramref name="text"/>, in order, none overlapping another.</summary>
    public static IReadOnlyList<PersonalDataFinding> Scan(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<PersonalDataFinding>();
        }

        var found = new List<PersonalDataFinding>();
        int numberCount = 0;
        try
        {
            // Numbers with a checksum first: where one overlaps a phone-shaped run, the checked kind wins.
            ScanNumbers(text!, found, cancellationToken);
            numberCount = found.Count;
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = Tokenizer.Tokenize(text!, 0, text!.Length);
            cancellationToken.ThrowIfCancellationRequested();
            ContactData.Recognize(text!, tokens, found);
            cancellationToken.ThrowIfCancellationRequested();
            NamedAddress.Recognize(text!, tokens, found);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            // A recogniser bug must not break a build; what was found so far stands.
        }

        return WithoutOverlaps(found, numberCount);
    }

    /// <summary>The kinds found in <paramref name="findings"/>.</summary>
    public static PersonalDataKind KindsOf(IReadOnlyList<PersonalDataFinding> findings)
    {
        PersonalDataKind kinds = PersonalDataKind.None;
        foreach (PersonalDataFinding finding in findings)
        {
            kinds |= finding.Kind;
        }

        return kinds;
    }

    /// <summary>Cards, IBANs and IDs, tried at each word start; a match moves the scan past it.</summary>
    private static void ScanNumbers(string text, List<PersonalDataFinding> output, CancellationToken cancellationToken)
    {
        var run = new GroupedRun();
        int i = 0;
        int nextCheck = 0;
        while (i < text.Length)
        {
            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationStride;
            }

            char c = text[i];
            bool wordStart = char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i == 0 || text[i - 1] != '*');
            if (!wordStart)
            {
                i++;
                continue;
            }

            if (PaymentNumberRecognizer.TryIban(text, i, run, out int end))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.Iban, i, end - i));
            }
            else if (NationalIdRecognizer.TryAny(text, i, run, out end, out string? name))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.NationalId, i, end - i, name));
            }
            else if (PaymentNumberRecognizer.TryCard(text, i, run, out end))
            {
                output.Add(new PersonalDataFinding(PersonalDataKind.PaymentCard, i, end - i));
            }
            else
            {
                end = i + 1;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>
    /// Drops findings that overlap an earlier kept one. The checked numbers come first in <paramref name="found"/> (sorted, never
    /// overlapping each other) and win over the contacts and addresses that overlap them. Linear after sorting.
    /// </summary>
    private static IReadOnlyList<PersonalDataFinding> WithoutOverlaps(List<PersonalDataFinding> found, int numberCount)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var others = found.GetRange(numberCount, found.Count - numberCount);
        others.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<PersonalDataFinding>(found.Count);
        kept.AddRange(found.GetRange(0, numberCount));
        int number = 0;
        int lastEnd = -1;
        foreach (PersonalDataFinding other in others)
        {
            while (number < numberCount && found[number].End <= other.Start)
            {
                number++;
            }

            bool overlapsNumber = number < numberCount && found[number].Start < other.End;
            if (!overlapsNumber && other.Start >= lastEnd)
            {
                kept.Add(other);
                lastEnd = other.End;
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
