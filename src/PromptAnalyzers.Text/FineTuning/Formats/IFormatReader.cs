namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>Turns one record of a format into turns, or reports the first problem at the value that has it.</summary>
internal interface IFormatReader
{
    /// <summary>The message when a record has nothing the model is trained to say (no assistant, gpt, model, completion...).</summary>
    string NothingTrained { get; }

    void Read(JsonLineNode record, FormatExampleParser example);
}

/// <summary>The common role names every format's roles map to.</summary>
internal static class TurnRoles
{
    public const string System = "system";
    public const string User = "user";
    public const string Assistant = "assistant";
    public const string Tool = "tool";
}

/// <summary>The reader of each format.</summary>
internal static class FormatReaders
{
    public static IFormatReader For(FineTuningFormat format) => format switch
    {
        FineTuningFormat.OpenAiPreference => new OpenAiPreferenceReader(),
        FineTuningFormat.PromptCompletion => new PromptCompletionReader(),
        FineTuningFormat.Preference => new PreferenceReader(),
        FineTuningFormat.PlainText => new PlainTextReader(),
        FineTuningFormat.ShareGpt => new ShareGptReader(),
        FineTuningFormat.Alpaca => new AlpacaReader(),
        FineTuningFormat.GeminiContents => new GeminiContentsReader(),
        FineTuningFormat.BedrockConversation => new BedrockConversationReader(),
        _ => new MessagesRecordReader(),
    };
}
