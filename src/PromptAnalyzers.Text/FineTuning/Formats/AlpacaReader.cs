namespace PromptAnalyzers.Text.FineTuning.Formats;

/// <summary>
/// Alpaca: <c>{"instruction", "input", "output"}</c> (input optional, <c>system</c> as LLaMA-Factory allows). The output is
/// what the model learns to say.
/// </summary>
internal sealed class AlpacaReader : IFormatReader
{
    private const string Needs = "\"instruction\" and \"output\" strings (and an optional \"input\")";

    public string NothingTrained => "\"output\" is empty; an Alpaca example needs an output to learn from";

    public void Read(JsonLineNode record, FormatExampleParser example)
    {
        JsonLineNode? instruction = RecordFields.Required(record, "instruction", example, Needs);
        JsonLineNode? output = RecordFields.Required(record, "output", example, Needs);
        if (instruction is null || output is null)
        {
            return;
        }

        ReadString(record.Property("system"), "system", TurnRoles.System, example, trained: false);
        ReadString(instruction, "instruction", TurnRoles.User, example, trained: false);
        ReadString(record.Property("input"), "input", TurnRoles.User, example, trained: false);
        ReadString(output, "output", TurnRoles.Assistant, example, trained: true);
    }

    private static void ReadString(JsonLineNode? value, string field, string role, FormatExampleParser example, bool trained)
    {
        if (value is null || example.Failed || !RecordFields.IsString(value, "\"" + field + "\"", example))
        {
            return;
        }

        if (value.String!.Length > 0)
        {
            example.AddTurn(role, field, value, trained);
        }
    }
}
