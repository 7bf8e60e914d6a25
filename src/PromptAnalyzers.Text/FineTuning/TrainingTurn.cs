namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// One turn of an example in any format, in common terms: who speaks (system, user, assistant or tool), what it says,
/// and whether the model is trained to say it. Positions are byte offsets in the line.
/// </summary>
internal sealed class TrainingTurn
{
    public TrainingTurn(string role, string label, string text, bool trained, long start, long length)
    {
        Role = role;
        Label = label;
        Text = text;
        Trained = trained;
        Start = start;
        Length = length;
    }

    /// <summary>system, user, assistant or tool, whatever the format calls them (human, gpt, model...).</summary>
    public string Role { get; }

    /// <summary>Where the turn is, as the format names it: <c>conversations[2] (gpt)</c>, <c>completion</c>.</summary>
    public string Label { get; }

    public string Text { get; }

    /// <summary>True for what the model learns to say (assistant turns, completions, chosen answers, outputs).</summary>
    public bool Trained { get; }

    public long Start { get; }

    public long Length { get; }
}
