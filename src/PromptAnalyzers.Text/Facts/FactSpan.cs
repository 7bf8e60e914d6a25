namespace PromptAnalyzers.Text.Facts;

/// <summary>One hardcoded fact: where it is in the text and the sentence, line, list item or table row it belongs to.</summary>
public sealed class FactSpan
{
    public FactSpan(int start, int length, FactKind kind, string text, int unitStart, int unitLength)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Text = text;
        UnitStart = unitStart;
        UnitLength = unitLength;
    }

    /// <summary>Offset of the fact in the analysed text.</summary>
    public int Start { get; }

    /// <summary>Length of the fact in characters.</summary>
    public int Length { get; }

    /// <summary>What kind of fact it is (price, contact, schedule, policy...).</summary>
    public FactKind Kind { get; }

    /// <summary>The fact as it appears in the text (what a diagnostic quotes).</summary>
    public string Text { get; }

    /// <summary>Offset of the sentence, line, list item or table row that carries the fact (what a code fix moves).</summary>
    public int UnitStart { get; }

    /// <summary>Length of the carrying unit.</summary>
    public int UnitLength { get; }

    /// <summary>
    /// Weekdays with their times ("Monday-Friday, 9:00 AM to 5:00 PM"): opening hours, which state two facts in one
    /// span (on which days, at what time) and count as two toward a rule's threshold.
    /// </summary>
    public bool IsDaysAndHours { get; internal set; }
}
