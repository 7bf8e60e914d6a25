using System;
using System.IO;
using System.Threading;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Recognises a dataset's format from the field names of a record. Only names that fine-tuning formats use make a
/// file a dataset, so other JSONL (logs, exports) is left alone: a lone <c>text</c> field counts only when it is the
/// record's only field.
/// </summary>
public static class FineTuningFormatDetector
{
    /// <summary>
    /// The format of the first parsable record within the first <see cref="FineTuningDatasetValidator.DetectionLineLimit"/>
    /// non-blank lines, or null when the file is no fine-tuning dataset.
    /// </summary>
    public static FineTuningFormat? Detect(TextReader text, CancellationToken cancellationToken = default)
    {
        var parser = new FormatExampleParser(FineTuningFormat.PlainText);
        return FirstRecord.Parse(text, parser, cancellationToken) && parser.Root is JsonLineNode root ? Of(root) : null;
    }

    /// <summary>The format a record's fields say it is in, or null when they name none.</summary>
    internal static FineTuningFormat? Of(JsonLineNode record)
    {
        if (record.Has("messages"))
        {
            return IsBedrock(record) ? FineTuningFormat.BedrockConversation : FineTuningFormat.OpenAiChat;
        }

        if (record.Has("contents"))
        {
            return FineTuningFormat.GeminiContents;
        }

        if (record.Has("preferred_output") || record.Has("non_preferred_output"))
        {
            return FineTuningFormat.OpenAiPreference;
        }

        if (record.Has("conversations"))
        {
            return FineTuningFormat.ShareGpt;
        }

        if (record.Has("instruction") && record.Has("output"))
        {
            return FineTuningFormat.Alpaca;
        }

        if (record.Has("chosen") && record.Has("rejected"))
        {
            return FineTuningFormat.Preference;
        }

        if (record.Has("prompt") && record.Has("completion"))
        {
            return FineTuningFormat.PromptCompletion;
        }

        if (record.Properties.Count == 1 && record.Property("text") is { IsString: true })
        {
            return FineTuningFormat.PlainText;
        }

        return null;
    }

    /// <summary>Bedrock's messages come with a <c>schemaVersion</c>, a <c>system</c> array, or content given as blocks without a "type".</summary>
    private static bool IsBedrock(JsonLineNode record)
    {
        if (record.Has("schemaVersion") || record.Property("system") is { IsArray: true })
        {
            return true;
        }

        if (record.Property("messages") is { IsArray: true } messages && messages.Items.Count > 0
            && messages.Items[0].Property("content") is { IsArray: true } content && content.Items.Count > 0)
        {
            JsonLineNode block = content.Items[0];
            return block.IsObject && !block.Has("type");
        }

        return false;
    }
}
