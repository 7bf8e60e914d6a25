using System.Collections.Generic;
using System.Text;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>Checks shared by the format readers: a required field, a string value, a list of role/content messages.</summary>
internal static class RecordFields
{
    private const string MessageRoles = "system, developer, user, assistant or tool";

    /// <summary>The field, or null after reporting that the record lacks it (naming the fields it has).</summary>
    public static JsonLineNode? Required(JsonLineNode record, string name, FormatExampleParser example, string what)
    {
        JsonLineNode? value = record.Property(name);
        if (value is null)
        {
            example.Fail(FineTuningErrorKind.FieldMissing, record,
                "the example has no " + Quote(name) + " (" + Found(record) + "); a " + example.Format.DisplayName() + " example needs " + EscapeBraces(what));
        }

        return value;
    }

    /// <summary>True for a string; otherwise reports what <paramref name="label"/> is instead.</summary>
    public static bool IsString(JsonLineNode value, string label, FormatExampleParser example)
    {
        if (value.IsString)
        {
            return true;
        }

        example.Fail(FineTuningErrorKind.FieldInvalid, value, EscapeBraces(label) + " at column {0} is " + Describe(value.Type) + ", not a string");
        return false;
    }

    /// <summary>True for an array; otherwise reports what <paramref name="label"/> is instead.</summary>
    public static bool IsArray(JsonLineNode value, string label, FormatExampleParser example, string ofWhat)
    {
        if (value.IsArray)
        {
            return true;
        }

        example.Fail(FineTuningErrorKind.MessagesNotArray, value, EscapeBraces(label) + " at column {0} is " + Describe(value.Type) + ", not an array of " + EscapeBraces(ofWhat));
        return false;
    }

    /// <summary>
    /// A TRL or OpenAI list of <c>{"role", "content"}</c> messages; assistant messages are trained when
    /// <paramref name="trainAssistant"/> is true (a chosen answer or a completion, not a prompt or a rejected answer).
    /// </summary>
    public static void ReadMessages(JsonLineNode list, string field, FormatExampleParser example, bool trainAssistant)
    {
        if (!IsArray(list, Quote(field), example, "messages"))
        {
            return;
        }

        for (int i = 0; i < list.Items.Count && !example.Failed; i++)
        {
            ReadMessage(list.Items[i], field + "[" + i + "]", example, trainAssistant);
        }
    }

    /// <summary>The text of a content given as a string or as an array of parts with <c>text</c>; null when it is neither.</summary>
    public static string? TextOf(JsonLineNode content)
    {
        if (content.IsString)
        {
            return content.String;
        }

        if (!content.IsArray)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (JsonLineNode part in content.Items)
        {
            if (part.Property("text") is { IsString: true } value)
            {
                (text.Length > 0 ? text.Append('\n') : text).Append(value.String);
            }
        }

        return text.ToString();
    }

    /// <summary>"found \"a\", \"b\"" or "the object is empty".</summary>
    public static string Found(JsonLineNode record)
    {
        if (record.Properties.Count == 0)
        {
            return "the object is empty";
        }

        var names = new List<string>(3);
        for (int i = 0; i < record.Properties.Count && i < 3; i++)
        {
            names.Add(Quote(record.Properties[i].Key));
        }

        return "found " + string.Join(", ", names);
    }

    private static void ReadMessage(JsonLineNode message, string label, FormatExampleParser example, bool trainAssistant)
    {
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

        if (!role.IsString || !IsMessageRole(role.String!))
        {
            example.Fail(FineTuningErrorKind.UnknownRole, role,
                label + " has unknown role " + (role.IsString ? Quote(role.String) : Describe(role.Type)) + " at column {0}; expected " + MessageRoles);
            return;
        }

        string name = role.String == "developer" ? TurnRoles.System : role.String!;
        string turnLabel = label + " (" + role.String + ")";
        JsonLineNode? content = message.Property("content");
        if (content is null)
        {
            example.Fail(FineTuningErrorKind.MissingContent, message, turnLabel + " at column {0} has no \"content\"");
            return;
        }

        string? text = TextOf(content);
        if (text is null)
        {
            example.Fail(FineTuningErrorKind.InvalidContent, content,
                turnLabel + " \"content\" at column {0} is " + Describe(content.Type) + "; expected a string or an array of content parts");
            return;
        }

        example.AddTurn(name, turnLabel, text, content, trainAssistant && name == TurnRoles.Assistant);
    }

    private static bool IsMessageRole(string role) =>
        role == "system" || role == "developer" || role == "user" || role == "assistant" || role == "tool";
}
