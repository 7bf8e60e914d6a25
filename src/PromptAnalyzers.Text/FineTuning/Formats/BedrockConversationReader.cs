using System.Text;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// Amazon Bedrock conversation (Converse) format: <c>{"schemaVersion", "system": [{"text"}], "messages": [{"role": "user"|"assistant", "content": [{"text"}]}]}</c>.
/// The assistant messages are what the model learns to say. As the Nova data-preparation guide requires, the first
/// message is the user's and the last the assistant's.
/// </summary>
internal sealed class BedrockConversationReader : IFormatReader
{
    public string NothingTrained => "the example has no assistant message; a Bedrock conversation needs at least one assistant reply to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        if (record.Property("schemaVersion") is JsonLineNode version && !RecordFields.IsString(version, "\"schemaVersion\"", example))
        {
            return;
        }

        if (record.Property("system") is JsonLineNode system)
        {
            if (!RecordFields.IsArray(system, "\"system\"", example, "{\"text\"} blocks"))
            {
                return;
            }

            ReadBlocks(system, "system", TurnRoles.System, example);
        }

        if (RecordFields.Required(record, "messages", example, "a \"messages\" array of {\"role\", \"content\": [{\"text\"}]} messages") is not JsonLineNode messages
            || !RecordFields.IsArray(messages, "\"messages\"", example, "messages"))
        {
            return;
        }

        for (int i = 0; i < messages.Items.Count && !example.Failed; i++)
        {
            ReadMessage(messages.Items[i], i, messages.Items.Count, example);
        }
    }

    private static void ReadMessage(JsonLineNode message, int index, int count, FormatExampleParser example)
    {
        string label = "messages[" + index + "]";
        if (!message.IsObject)
        {
            example.Fail(FineTuningErrorKind.MessageNotObject, message, label + " at column {0} is " + Describe(message.Type) + ", not a message object");
            return;
        }

        JsonLineNode? role = message.Property("role");
        if (role is null)
        {
            example.Fail(FineTuningErrorKind.RoleMissing, message, label + " at column {0} has no \"role\"");
            return;
        }

        if (!role.IsString || (role.String != "user" && role.String != "assistant"))
        {
            example.Fail(FineTuningErrorKind.UnknownRole, role,
                label + " has unknown role " + (role.IsString ? Quote(role.String) : Describe(role.Type)) + " at column {0}; expected user or assistant (the system prompt goes in \"system\")");
            return;
        }

        string expected = index == 0 ? "user" : index == count - 1 ? "assistant" : role.String!;
        if (role.String != expected)
        {
            example.Fail(FineTuningErrorKind.FieldInvalid, role,
                label + " has role \"" + role.String + "\" at column {0}; a Bedrock conversation starts with a user message and ends with an assistant message");
            return;
        }

        string turnLabel = label + " (" + role.String + ")";
        JsonLineNode? content = message.Property("content");
        if (content is null)
        {
            example.Fail(FineTuningErrorKind.MissingContent, message, turnLabel + " at column {0} has no \"content\"");
            return;
        }

        if (!content.IsArray || content.Items.Count == 0)
        {
            example.Fail(FineTuningErrorKind.InvalidContent, content,
                turnLabel + " \"content\" at column {0} is " + (content.IsArray ? "empty" : Describe(content.Type)) + "; expected an array of blocks such as {{\"text\": \"...\"}}");
            return;
        }

        ReadBlocks(content, turnLabel, role.String == "assistant" ? TurnRoles.Assistant : TurnRoles.User, example);
    }

    /// <summary>Reads an array of content blocks; text blocks are joined, other blocks (image, video, toolUse) are allowed and not read.</summary>
    private static void ReadBlocks(JsonLineNode blocks, string label, string role, FormatExampleParser example)
    {
        var text = new StringBuilder();
        for (int i = 0; i < blocks.Items.Count; i++)
        {
            JsonLineNode block = blocks.Items[i];
            JsonLineNode? value = block.IsObject ? block.Property("text") : null;
            if (!block.IsObject || (value is not null && !value.IsString))
            {
                example.Fail(FineTuningErrorKind.InvalidContentPart, block.IsObject ? value! : block,
                    label + " block [" + i + "] at column {0} is " + Describe((value ?? block).Type) + (block.IsObject ? " in \"text\", not a string" : ", not a content block"));
                return;
            }

            if (value is not null)
            {
                (text.Length > 0 ? text.Append('\n') : text).Append(value.String);
            }
        }

        example.AddTurn(role, label, text.ToString(), blocks, trained: role == TurnRoles.Assistant);
    }
}
