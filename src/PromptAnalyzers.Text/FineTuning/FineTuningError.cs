namespace PromptAnalyzers.Text.FineTuning;

/// <summary>One rejected line: what is wrong and where in the line.</summary>
public sealed class FineTuningError
{
    public FineTuningError(FineTuningErrorKind kind, string message, int column, int length)
    {
        Kind = kind;
        Message = message;
        Column = column;
        Length = length;
    }

    public FineTuningErrorKind Kind { get; }

    /// <summary>The problem in words, naming the message index, role, value and column where they are known.</summary>
    public string Message { get; }

    /// <summary>0-based offset of the offending value within the line, in UTF-16 chars.</summary>
    public int Column { get; }

    /// <summary>Length of the offending value in UTF-16 chars (0 for a point such as end of line).</summary>
    public int Length { get; }
}
