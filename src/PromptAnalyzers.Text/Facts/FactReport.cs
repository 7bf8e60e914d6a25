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

    /// <summary>Whether the text hardcodes knowledge at the given threshold of distinct facts.</summary>
    public bool MeetsThreshold(int minFacts) => HasReferenceBlock || Facts.Count >= minFacts;
}
