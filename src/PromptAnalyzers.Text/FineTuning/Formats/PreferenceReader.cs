namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// TRL preference: <c>{"prompt", "chosen", "rejected"}</c> (the prompt may be implicit in the answers), each a string
/// or a list of messages. The chosen answer is what the model learns to say; the rejected one is trained against.
/// </summary>
internal sealed class PreferenceReader : IFormatReader
{
    private const string Needs = "\"chosen\" and \"rejected\" (and usually \"prompt\")";

    public string NothingTrained => "the chosen answer is empty; a preference example needs a chosen answer to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        JsonLineNode? chosen = RecordFields.Required(record, "chosen", example, Needs);
        JsonLineNode? rejected = RecordFields.Required(record, "rejected", example, Needs);
        if (chosen is null || rejected is null)
        {
            return;
        }

        if (record.Property("prompt") is JsonLineNode prompt)
        {
            PromptOrAnswer.Read(prompt, "prompt", TurnRoles.User, example, trained: false);
        }

        PromptOrAnswer.Read(chosen, "chosen", TurnRoles.Assistant, example, trained: true);
        PromptOrAnswer.Read(rejected, "rejected", TurnRoles.Assistant, example, trained: false);
    }
}
