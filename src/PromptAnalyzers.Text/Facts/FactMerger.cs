using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Recognizers;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Turns accepted candidates into distinct facts: overlapping spans become one, adjacent schedule pieces join.</summary>
internal static class FactMerger
{
    private const int MaxQuote = 120;

    public static List<FactSpan> Merge(string text, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        accepted.Sort((a, b) => a.Candidate.Start != b.Candidate.Start ? a.Candidate.Start.CompareTo(b.Candidate.Start) : b.Candidate.End.CompareTo(a.Candidate.End));
        var merged = new List<(Candidate Candidate, TextUnit Unit)>();
        foreach (var item in accepted)
        {
            if (merged.Count > 0)
            {
                var last = merged[merged.Count - 1];
                Candidate lc = last.Candidate;
                Candidate c = item.Candidate;
                bool overlap = c.Start < lc.End;
                bool joinable = IsTime(lc.Kind) && IsTime(c.Kind) && ReferenceEquals(last.Unit, item.Unit) && OnlyConnectors(text, lc.End, c.Start);
                if (overlap || joinable)
                {
                    lc.End = c.End > lc.End ? c.End : lc.End;
                    lc.HasWeekdays |= c.HasWeekdays;
                    lc.HasClockTime |= c.HasClockTime;
                    if (Rank(c.Kind) > Rank(lc.Kind))
                    {
                        lc.Kind = c.Kind;
                    }

                    merged[merged.Count - 1] = (lc, last.Unit);
                    continue;
                }
            }

            merged.Add(item);
        }

        var facts = new List<FactSpan>(merged.Count);
        foreach (var (c, unit) in merged)
        {
            int start = c.Start;
            int end = c.End;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',' || text[end - 1] == ';'))
            {
                end--;
            }

            string quote = end - start <= MaxQuote ? text.Substring(start, end - start) : text.Substring(start, MaxQuote).TrimEnd() + "\u2026";
            facts.Add(new FactSpan(start, end - start, c.Kind, quote, unit.LineStart, unit.LineLength) { IsDaysAndHours = c.HasWeekdays && c.HasClockTime });
        }

        return facts;
    }

    private static bool IsTime(FactKind k) => k == FactKind.Schedule || k == FactKind.Date;

    private static int Rank(FactKind k) => k switch
    {
        FactKind.Email => 9,
        FactKind.Phone => 9,
        FactKind.Url => 9,
        FactKind.Address => 8,
        FactKind.Money => 7,
        FactKind.Percentage => 6,
        FactKind.Schedule => 5,
        FactKind.Date => 5,
        FactKind.Duration => 4,
        FactKind.Quantity => 3,
        FactKind.Identifier => 3,
        _ => 1,
    };

    private static bool OnlyConnectors(string text, int from, int to)
    {
        if (to - from > 8)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (!(char.IsWhiteSpace(c) || c == ',' || c == ':' || c == '(' || c == '-' || c == '\u2013' || c == 'f' || c == 'r' || c == 'o' || c == 'm' || c == 'd' || c == 'e' || c == 'a' || c == 's' || c == 'n' || c == '\u0441'))
            {
                return false;
            }
        }

        return true;
    }
}
