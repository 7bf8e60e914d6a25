namespace PromptAnalyzers.Text.FineTuning;

/// <summary>Reads one dataset line as one example of a known format; one instance per dataset, reused line after line.</summary>
internal interface IExampleLineParser
{
    /// <summary>The problem found by the last <see cref="Parse"/>, or null for a valid example.</summary>
    FineTuningError? Error { get; }

    /// <summary>What the model is trained to say in the last valid example (assistant, gpt, model, completion, chosen, output), joined by blank lines.</summary>
    string AssistantText { get; }

    /// <summary>The user turns of the last example: what the trained answers reply to.</summary>
    string UserText { get; }

    /// <summary>The system instruction of the last example, or empty.</summary>
    string SystemText { get; }

    /// <summary>0-based column and length in chars of the first trained text value (where PA1002 points).</summary>
    int AssistantContentColumn { get; }

    int AssistantContentLength { get; }

    /// <summary>Parses <paramref name="chars"/>[0..<paramref name="length"/>); returns true for a valid example.</summary>
    bool Parse(char[] chars, int length);

    /// <summary>Training tokens of the last valid example.</summary>
    int CountTokens(FineTuningValidationOptions options);
}
