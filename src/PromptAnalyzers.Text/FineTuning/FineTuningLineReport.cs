using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>What the validator found on one line of a dataset.</summary>
public sealed class FineTuningLineReport
{
    internal FineTuningLineReport(int lineNumber, long start, int length)
    {
        LineNumber = lineNumber;
        Start = start;
        Length = length;
    }

    /// <summary>1-based line number, counting '\n'-separated lines as JSONL does (blank lines included).</summary>
    public int LineNumber { get; }

    /// <summary>Offset of the line's first char in the whole text (a leading BOM counts as one char).</summary>
    public long Start { get; }

    /// <summary>Length of the line in chars, without its line terminator.</summary>
    public int Length { get; }

    /// <summary>Why the line is rejected, or null for a valid example.</summary>
    public FineTuningError? Error { get; internal set; }

    /// <summary>True for a valid example (no <see cref="Error"/>).</summary>
    public bool IsExample => Error is null;

    /// <summary>Training tokens of the example as OpenAI bills them (see <see cref="ChatTokenCounting"/>); 0 for an invalid line.</summary>
    public int Tokens { get; internal set; }

    /// <summary>True when <see cref="Tokens"/> is over the target model's per-example limit.</summary>
    public bool ExceedsLimit { get; internal set; }

    /// <summary>Facts in the trained assistant answers, when fact detection is on and the example meets the threshold; else null.</summary>
    public FactReport? TaughtFacts { get; internal set; }

    /// <summary>0-based column of the first trained value (assistant content, gpt value, completion, output...): where PA1002 points.</summary>
    public int AssistantContentColumn { get; internal set; }

    /// <summary>Length in chars of the first trained assistant <c>content</c> value.</summary>
    public int AssistantContentLength { get; internal set; }
}
