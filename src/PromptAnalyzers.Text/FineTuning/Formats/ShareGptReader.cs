using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// ShareGPT: <c>{"conversations": [{"from": "system"|"human"|"gpt", "value": "..."}]}</c>, with the tool roles that
/// LLaMA-Factory adds (function_call, observation). The gpt turns are what the model learns to say.
/// </summary>
internal sealed class ShareGptReader : IFormatReader
{
    private const string Roles = "system, human, gpt (or user, assistant, function_call, observation, tool)";

    public string NothingTrained => "the conversation has no \"gpt\" turn; an example needs at least one reply to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        if (RecordFields.Required(record, "conversations", example, "a \"conversations\" array of {\"from\", \"value\"} turns") is not JsonLineNode conversations
            || !RecordFields.IsArray(conversations, "\"conversations\"", example, "turns"))
        {
            return;
        }

        if (record.Property("system") is JsonLineNode system && RecordFields.IsString(system, "\"system\"", example) && system.String!.Length > 0)
        {
            example.AddTurn(TurnRoles.System, "system", system, trained: false);
        }

        for (int i = 0; i < conversations.Items.Count && !example.Failed; i++)
        {
            ReadTurn(conversations.Items[i], "conversations[" + i + "]", example);
        }
    }

    private static void ReadTurn(JsonLineNode turn, string label, FormatExampleParser example)
    {
        if (!turn.IsObject)
        {
            example.Fail(FineTuningErrorKind.MessageNotObject, turn, label + " at column {0} is " + Describe(turn.Type) + ", not a turn object");
            return;
        }

        JsonLineNode? from = turn.Property("from");
        if (from is null)
        {
            example.Fail(FineTuningErrorKind.RoleMissing, turn, label + " at column {0} has no \"from\"");
            return;
        }

        string? role = from.IsString ? RoleOf(from.String!) : null;
        if (role is null)
        {
            example.Fail(FineTuningErrorKind.UnknownRole, from,
                label + " has unknown \"from\" " + (from.IsString ? Quote(from.String) : Describe(from.Type)) + " at column {0}; expected " + Roles);
            return;
        }

        string turnLabel = label + " (" + from.String + ")";
        JsonLineNode? value = turn.Property("value");
        if (value is null)
        {
            example.Fail(FineTuningErrorKind.MissingContent, turn, turnLabel + " at column {0} has no \"value\"");
            return;
        }

        if (!value.IsString)
        {
            example.Fail(FineTuningErrorKind.InvalidContent, value, turnLabel + " \"value\" at column {0} is " + Describe(value.Type) + ", not a string");
            return;
        }

        example.AddTurn(role, turnLabel, value, trained: role == TurnRoles.Assistant);
    }

    private static string? RoleOf(string from) => from switch
    {
        "system" => TurnRoles.System,
        "human" or "user" => TurnRoles.User,
        "gpt" or "assistant" or "function_call" => TurnRoles.Assistant,
        "observation" or "tool" or "function" => TurnRoles.Tool,
        _ => null,
    };
}
