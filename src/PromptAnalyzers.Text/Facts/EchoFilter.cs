using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Drops the facts an answer repeats from the question it replies to: the asker's own numbers, dates and contacts.</summary>
internal static class EchoFilter
{
    /// <summary>Numbers shorter than this are too common to tell an echo from a coincidence unless the whole fact repeats.</summary>
    private const int DistinctiveDigits = 3;

    public static FactReport WithoutEchoes(FactReport report, string question)
    {
        if (report.Facts.Count == 0)
        {
            return report;
        }

        string normalizedQuestion = Normalize(question);
        HashSet<string> questionNumbers = Numbers(question);
        var kept = new List<FactSpan>(report.Facts.Count);
        foreach (FactSpan fact in report.Facts)
        {
            if (!IsEcho(fact, normalizedQuestion, questionNumbers))
            {
                kept.Add(fact);
            }
        }

        return kept.Count == report.Facts.Count ? report : kept.Count == 0 && !report.HasReferenceBlock ? FactReport.Empty : new FactReport(kept, report.HasReferenceBlock);
    }

    private static bool IsEcho(FactSpan fact, string normalizedQuestion, HashSet<string> questionNumbers)
    {
        if (fact.Kind == FactKind.Policy || fact.Kind == FactKind.EntityStatement || fact.Kind == FactKind.ReferenceBlock)
        {
            return false;
        }

        if (normalizedQuestion.IndexOf(Normalize(fact.Text), StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        HashSet<string> numbers = Numbers(fact.Text);
        bool distinctive = false;
        foreach (string number in numbers)
        {
            if (!questionNumbers.Contains(number))
            {
                return false;
            }

            distinctive |= DigitCount(number) >= DistinctiveDigits;
        }

        return distinctive;
    }

    /// <summary>Lower case, whitespace removed: "$45.20 " and "$ 45.20" compare equal.</summary>
    private static string Normalize(string text)
    {
        var chars = new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>The numbers of a text with their inner separators ("45.20", "15:00", "0800 123 4567" as "0800", "123", "4567").</summary>
    private static HashSet<string> Numbers(string text)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',' || text[i] == ':') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                i++;
            }

            numbers.Add(text.Substring(start, i - start));
        }

        return numbers;
    }

    private static int DigitCount(string number)
    {
        int digits = 0;
        foreach (char c in number)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return digits;
    }
}
