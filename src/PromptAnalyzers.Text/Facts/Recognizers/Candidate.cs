namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>How much context a candidate needs before it counts as a fact.</summary>
internal enum Strength
{
    /// <summary>Counts only in declarative units (counts, quantities, plain durations, policies).</summary>
    Weak = 0,

    /// <summary>Counts in declarative units and in guidance, unless it only illustrates a format (money, rates, times, dates, terms).</summary>
    Medium = 1,

    /// <summary>Counts almost anywhere outside examples and code (contacts, street addresses).</summary>
    Strong = 2,
}

/// <summary>A possible fact found by a recogniser, before context filtering and de-duplication.</summary>
internal struct Candidate
{
    public Candidate(int start, int end, FactKind kind, Strength strength)
    {
        Start = start;
        End = end;
        Kind = kind;
        Strength = strength;
    }

    public int Start;
    public int End;
    public FactKind Kind;
    public Strength Strength;

    /// <summary>A price written without a currency ("pepperoni pizza 12.95"): a fact only in a list of such prices.</summary>
    public bool IsBarePrice;

    /// <summary>Names a weekday or a range of weekdays ("Monday to Friday", "周一至周五").</summary>
    public bool HasWeekdays;

    /// <summary>Names a time of day or a range of them ("9:00-17:00", "6 am").</summary>
    public bool HasClockTime;

    public int Length => End - Start;
}
