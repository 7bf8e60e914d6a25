namespace PromptAnalyzers.Text.Security;

/// <summary>Personal data found in a text: its kind, span and, for IDs, which ID ("US SSN").</summary>
public readonly struct PersonalDataFinding
{
    public PersonalDataFinding(PersonalDataKind kind, int start, int length, string? detail = null)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Detail = detail;
    }

    public PersonalDataKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The ID's name for <see cref="PersonalDataKind.NationalId"/> ("US SSN", "Spanish DNI"); otherwise null.</summary>
    public string? Detail { get; }
}
