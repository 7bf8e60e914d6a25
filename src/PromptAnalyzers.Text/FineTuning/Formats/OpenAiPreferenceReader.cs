namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// OpenAI preference (DPO): <c>{"input": {"messages", "tools"}, "preferred_output": [assistant messages], "non_preferred_output": [...]}</c>.
/// The preferred output is what the model learns to say.
/// </summary>
internal sealed class OpenAiPreferenceReader : IFormatReader
{
    private const string Needs = "\"input\" with \"messages\", \"preferred_output\" and \"non_preferred_output\"";

    public string NothingTrained => "\"preferred_output\" has no assistant message; a preference example needs a preferred answer to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        JsonLineNode? input = RecordFields.Required(record, "input", example, Needs);
        JsonLineNode? preferred = RecordFields.Required(record, "preferred_output", example, Needs);
        JsonLineNode? rejected = RecordFields.Required(record, "non_preferred_output", example, Needs);
        if (input is null || preferred is null || rejected is null)
        {
            return;
        }

        if (!input.IsObject)
        {
            example.Fail(FineTuningErrorKind.FieldInvalid, input, "\"input\" at column {0} is " + FineTuningErrorText.Describe(input.Type) + ", not an object with \"messages\"");
            return;
        }

        if (input.Property("tools") is JsonLineNode tools)
        {
            example.Count(tools);
        }

        if (RecordFields.Required(input, "messages", example, Needs) is JsonLineNode messages)
        {
            RecordFields.ReadMessages(messages, "input.messages", example, trainAssistant: false);
        }

        if (!example.Failed)
        {
            RecordFields.ReadMessages(preferred, "preferred_output", example, trainAssistant: true);
        }

        if (!example.Failed)
        {
            RecordFields.ReadMessages(rejected, "non_preferred_output", example, trainAssistant: false);
        }
    }
}
