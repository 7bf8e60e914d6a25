using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts;

/// <summary>The facts found in one prompt text.</summary>
public sealed class FactReport
{
    public static readonly FactReport Empty = new(new FactSpan[0], false);

    public FactReport(IReadOnlyList<FactSpan> facts, bool hasReferenceBlock)
    {
        Facts = facts;
        HasReferenceBlock = hasReferenceBlock;
    }

    /// <summary>Distinct facts, in text order.</summary>
    public IReadOnlyList<FactSpan> Facts { get; }

    /// <summary>True when the text holds one substantial block of reference material (counts as meeting any threshold).</summary>
    public bool HasReferenceBlock { get; }

    /// <summary>
    /// Whether the text hardcodes knowledge at the given threshold of distinct facts. The same value repeated ("by
    /// December 31, 2025" in the task and again in a step) is one fact.
    /// </summary>
    public bool MeetsThreshold(int minFacts) => HasReferenceBlock || DistinctCount() >= minFacts;

    /// <summary>Distinct fact texts, plus one for each distinct span that gives both days and hours ("Mon-Fri 9:00-17:00").</summary>
    private int DistinctCount()
    {
        var texts = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var daysAndHours = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (FactSpan fact in Facts)
        {
            string text = fact.Text.Trim();
            texts.Add(text);
            if (fact.IsDaysAndHours)
            {
                daysAndHours.Add(text);
            }
        }

        return texts.Count + daysAndHours.Count;
    }
}
