namespace PromptAnalyzers.Text.FineTuning;

/// <summary>Reads one dataset line as one example of a known format; one instance per dataset, reused line after line.</summary>
internal interface IExampleLineParser
{
    /// <summary>The problem found by the last <see cref="Parse"/>, or null for a valid example.</summary>
    FineTuningError? Error { get; }

    /// <summary>Parses <paramref name="chars"/>[0..<paramref name="length"/>); returns true for a valid example.</summary>
    bool Parse(char[] chars, int length);

    /// <summary>
    /// Copies what the rules check from the last line into <paramref name="line"/>: the trained, user and system texts and
    /// where the first trained value is, the inputs of the training-token count, and (when the parser collects them) the turns.
    /// </summary>
    void Fill(ParsedExampleLine line);
}
