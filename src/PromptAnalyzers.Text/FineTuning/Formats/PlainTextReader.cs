namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>TRL language modelling: <c>{"text": "..."}</c>. The whole text is what the model learns to say.</summary>
internal sealed class PlainTextReader : IFormatReader
{
    public string NothingTrained => "\"text\" at column {0} is empty; a plain-text example needs text to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        if (RecordFields.Required(record, "text", example, "a \"text\" string") is JsonLineNode text
            && RecordFields.IsString(text, "\"text\"", example)
            && text.String!.Length > 0)
        {
            example.AddTurn(TurnRoles.Assistant, "text", text, trained: true);
        }
    }
}
