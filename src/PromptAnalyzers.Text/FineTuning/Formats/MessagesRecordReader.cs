namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// <c>{"messages": [...]}</c> read in common terms. OpenAI chat datasets go through <see cref="ChatExampleParser"/>, which
/// knows tools and weights; this reader is the fallback for a format with no reader of its own.
/// </summary>
internal sealed class MessagesRecordReader : IFormatReader
{
    public string NothingTrained => "the example has no assistant message; an example needs at least one assistant reply to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        if (RecordFields.Required(record, "messages", example, "a \"messages\" array") is JsonLineNode messages)
        {
            RecordFields.ReadMessages(messages, "messages", example, trainAssistant: true);
        }
    }
}
