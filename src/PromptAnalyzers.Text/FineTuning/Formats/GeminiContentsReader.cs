using System.Text;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// Vertex AI Gemini supervised tuning: <c>{"systemInstruction": {"parts"}, "contents": [{"role": "user"|"model", "parts": [{"text"}]}]}</c>.
/// The model turns are what the model learns to say; parts other than text (function calls, files) are allowed and not read.
/// </summary>
internal sealed class GeminiContentsReader : IFormatReader
{
    public string NothingTrained => "\"contents\" has no \"model\" turn; a Gemini tuning example needs at least one model reply to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        if (RecordFields.Required(record, "contents", example, "a \"contents\" array of {\"role\", \"parts\"} turns") is not JsonLineNode contents
            || !RecordFields.IsArray(contents, "\"contents\"", example, "turns"))
        {
            return;
        }

        JsonLineNode? system = record.Property("systemInstruction") ?? record.Property("system_instruction");
        if (system is not null)
        {
            ReadParts(system, "systemInstruction", TurnRoles.System, example);
        }

        for (int i = 0; i < contents.Items.Count && !example.Failed; i++)
        {
            ReadTurn(contents.Items[i], "contents[" + i + "]", example);
        }
    }

    private static void ReadTurn(JsonLineNode turn, string label, FormatExampleParser example)
    {
        if (!turn.IsObject)
        {
            example.Fail(FineTuningErrorKind.MessageNotObject, turn, label + " at column {0} is " + Describe(turn.Type) + ", not a content object");
            return;
        }

        JsonLineNode? role = turn.Property("role");
        if (role is null)
        {
            example.Fail(FineTuningErrorKind.RoleMissing, turn, label + " at column {0} has no \"role\"");
            return;
        }

        if (!role.IsString || (role.String != "user" && role.String != "model"))
        {
            example.Fail(FineTuningErrorKind.UnknownRole, role,
                label + " has unknown role " + (role.IsString ? Quote(role.String) : Describe(role.Type)) + " at column {0}; expected user or model");
            return;
        }

        ReadParts(turn, label + " (" + role.String + ")", role.String == "model" ? TurnRoles.Assistant : TurnRoles.User, example);
    }

    /// <summary>Reads the <c>parts</c> of a content object: a non-empty array of objects, whose text parts are joined.</summary>
    private static void ReadParts(JsonLineNode content, string label, string role, FormatExampleParser example)
    {
        if (!content.IsObject)
        {
            example.Fail(FineTuningErrorKind.MessageNotObject, content, label + " at column {0} is " + Describe(content.Type) + ", not a content object");
            return;
        }

        JsonLineNode? parts = content.Property("parts");
        if (parts is null)
        {
            example.Fail(FineTuningErrorKind.MissingContent, content, label + " at column {0} has no \"parts\"");
            return;
        }

        if (!parts.IsArray || parts.Items.Count == 0)
        {
            example.Fail(FineTuningErrorKind.InvalidContent, parts,
                label + " \"parts\" at column {0} is " + (parts.IsArray ? "empty" : Describe(parts.Type)) + "; expected an array of parts such as {{\"text\": \"...\"}}");
            return;
        }

        var text = new StringBuilder();
        for (int i = 0; i < parts.Items.Count; i++)
        {
            JsonLineNode part = parts.Items[i];
            JsonLineNode? value = part.IsObject ? part.Property("text") : null;
            if (!part.IsObject || (value is not null && !value.IsString))
            {
                example.Fail(FineTuningErrorKind.InvalidContentPart, part.IsObject ? value! : part,
                    label + " part [" + i + "] at column {0} is " + Describe((value ?? part).Type) + (part.IsObject ? " in \"text\", not a string" : ", not a part object"));
                return;
            }

            if (value is not null)
            {
                (text.Length > 0 ? text.Append('\n') : text).Append(value.String);
            }
        }

        example.AddTurn(role, label, text.ToString(), parts, trained: role == TurnRoles.Assistant);
    }
}
