using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// One line of a dataset as <see cref="FineTuningDatasetReader"/> reads it, once: where it is, the problem that rejects
/// it, and what the rules check on it (the trained answers for facts, the texts that training tokens are counted on,
/// the turns for the security rules). Holds no reference to the parser that read it.
/// </summary>
public sealed class ParsedExampleLine
{
    private static readonly string[] NoTexts = Array.Empty<string>();

    internal ParsedExampleLine(int lineNumber, long start, int length)
    {
        LineNumber = lineNumber;
        Start = start;
        Length = length;
    }

    /// <summary>1-based line number, counting '\n'-separated lines as JSONL does (blank lines included).</summary>
    public int LineNumber { get; }

    /// <summary>Offset of the line's first char in the whole text.</summary>
    public long Start { get; }

    /// <summary>Length of the line in chars (of the whole line when it is overlong), without its line terminator.</summary>
    public int Length { get; }

    /// <summary>True for a line of only whitespace.</summary>
    public bool IsBlank { get; internal set; }

    /// <summary>True for a line longer than the reader reads: it was not parsed.</summary>
    public bool IsOverlong { get; internal set; }

    /// <summary>The dataset's format as known at this line (null until a record has shown it, when no format was given).</summary>
    public FineTuningFormat? Format { get; internal set; }

    /// <summary>Why the line is no valid example, or null. Blank lines get theirs from the validator, which sees the runs.</summary>
    public FineTuningError? Error { get; internal set; }

    /// <summary>The turns with text (also of an invalid line: what could be read), when the reader collects them; else empty.</summary>
    public IReadOnlyList<ExampleMessage> Messages { get; internal set; } = Array.Empty<ExampleMessage>();

    /// <summary>What the model is trained to say, joined by blank lines.</summary>
    internal string AssistantText { get; set; } = string.Empty;

    /// <summary>The user turns: what the trained answers reply to.</summary>
    internal string UserText { get; set; } = string.Empty;

    /// <summary>The system instruction, or empty.</summary>
    internal string SystemText { get; set; } = string.Empty;

    /// <summary>0-based column and length in chars of the first trained value.</summary>
    internal int AssistantContentColumn { get; set; }

    internal int AssistantContentLength { get; set; }

    /// <summary>Training tokens that do not depend on the encoding (message framing, reply priming).</summary>
    internal long FramingTokens { get; set; }

    /// <summary>The texts whose tokens are added to <see cref="FramingTokens"/> (roles, contents, names, tool JSON).</summary>
    internal IReadOnlyList<string> TokenTexts { get; set; } = NoTexts;

    /// <summary>Training tokens of the example as <paramref name="options"/> count them.</summary>
    internal int CountTokens(FineTuningValidationOptions options)
    {
        long tokens = FramingTokens;
        foreach (string text in TokenTexts)
        {
            tokens += options.CountTokens(text);
        }

        return (int)Math.Min(tokens, int.MaxValue);
    }
}
