using System;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>The shape of a fine-tuning dataset's records, recognised from its first parsable line.</summary>
public enum FineTuningFormat
{
    /// <summary>OpenAI chat (and TRL conversational, the same shape): <c>{"messages": [{"role", "content"}...]}</c>, optional <c>tools</c> and <c>weight</c>.</summary>
    OpenAiChat,

    /// <summary>OpenAI preference (DPO): <c>{"input": {"messages"}, "preferred_output": [...], "non_preferred_output": [...]}</c>.</summary>
    OpenAiPreference,

    /// <summary>TRL prompt-completion: <c>{"prompt", "completion"}</c>, each a string or a list of messages.</summary>
    PromptCompletion,

    /// <summary>TRL preference: <c>{"prompt", "chosen", "rejected"}</c>, each a string or a list of messages (prompt optional).</summary>
    Preference,

    /// <summary>TRL plain language modelling: <c>{"text"}</c>.</summary>
    PlainText,

    /// <summary>ShareGPT: <c>{"conversations": [{"from": "system"|"human"|"gpt", "value"}...]}</c>.</summary>
    ShareGpt,

    /// <summary>Alpaca: <c>{"instruction", "input", "output"}</c>.</summary>
    Alpaca,

    /// <summary>Vertex AI Gemini supervised tuning: <c>{"systemInstruction", "contents": [{"role": "user"|"model", "parts": [{"text"}]}]}</c>.</summary>
    GeminiContents,

    /// <summary>Amazon Bedrock conversation: <c>{"schemaVersion", "system": [{"text"}], "messages": [{"role", "content": [{"text"}]}]}</c>.</summary>
    BedrockConversation,
}

/// <summary>Names of <see cref="FineTuningFormat"/>: the option value and the words used in messages.</summary>
public static class FineTuningFormatNames
{
    /// <summary>The value of <c>prompt_analyzers.finetune_format</c> for a format.</summary>
    public static string ToCode(this FineTuningFormat format) => format switch
    {
        FineTuningFormat.OpenAiChat => "openai-chat",
        FineTuningFormat.OpenAiPreference => "openai-preference",
        FineTuningFormat.PromptCompletion => "prompt-completion",
        FineTuningFormat.Preference => "preference",
        FineTuningFormat.PlainText => "text",
        FineTuningFormat.ShareGpt => "sharegpt",
        FineTuningFormat.Alpaca => "alpaca",
        FineTuningFormat.GeminiContents => "vertex-gemini",
        FineTuningFormat.BedrockConversation => "bedrock-conversation",
        _ => "unknown",
    };

    /// <summary>"ShareGPT", "Vertex AI Gemini"...: the format as a reader knows it.</summary>
    public static string DisplayName(this FineTuningFormat format) => format switch
    {
        FineTuningFormat.OpenAiChat => "chat messages",
        FineTuningFormat.OpenAiPreference => "OpenAI preference",
        FineTuningFormat.PromptCompletion => "prompt-completion",
        FineTuningFormat.Preference => "preference (prompt/chosen/rejected)",
        FineTuningFormat.PlainText => "plain text",
        FineTuningFormat.ShareGpt => "ShareGPT",
        FineTuningFormat.Alpaca => "Alpaca",
        FineTuningFormat.GeminiContents => "Vertex AI Gemini",
        FineTuningFormat.BedrockConversation => "Bedrock conversation",
        _ => "unknown",
    };

    /// <summary>Parses an option value (any casing); null when it names no format.</summary>
    public static FineTuningFormat? Parse(string? code)
    {
        if (code is null)
        {
            return null;
        }

        foreach (FineTuningFormat format in (FineTuningFormat[])Enum.GetValues(typeof(FineTuningFormat)))
        {
            if (string.Equals(format.ToCode(), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }
}
