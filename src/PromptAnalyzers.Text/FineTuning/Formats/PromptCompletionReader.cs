namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// TRL prompt-completion: <c>{"prompt": "...", "completion": "..."}</c>, or conversational with a list of messages in
/// each. The completion is what the model learns to say.
/// </summary>
internal sealed class PromptCompletionReader : IFormatReader
{
    public string NothingTrained => "the completion is empty; a prompt-completion example needs a completion to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        JsonLineNode? prompt = RecordFields.Required(record, "prompt", example, "\"prompt\" and \"completion\"");
        JsonLineNode? completion = RecordFields.Required(record, "completion", example, "\"prompt\" and \"completion\"");
        if (prompt is null || completion is null)
        {
            return;
        }

        PromptOrAnswer.Read(prompt, "prompt", TurnRoles.User, example, trained: false);
        PromptOrAnswer.Read(completion, "completion", TurnRoles.Assistant, example, trained: true);
    }
}

/// <summary>A TRL field that is either a plain string or a list of messages (the conversational variant).</summary>
internal static class PromptOrAnswer
{
    public static void Read(JsonLineNode value, string field, string stringRole, FormatExampleParser example, bool trained)
    {
        if (example.Failed)
        {
            return;
        }

        if (value.IsArray)
        {
            RecordFields.ReadMessages(value, field, example, trained);
            return;
        }

        if (!value.IsString)
        {
            example.Fail(FineTuningErrorKind.FieldInvalid, value,
                "\"" + field + "\" at column {0} is " + FineTuningErrorText.Describe(value.Type) + "; expected a string or a list of messages");
            return;
        }

        if (value.String!.Length > 0)
        {
            example.AddTurn(stringRole, field, value, trained);
        }
    }
}
