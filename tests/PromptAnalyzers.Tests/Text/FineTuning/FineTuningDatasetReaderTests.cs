using PromptAnalyzers.Text.FineTuning;

namespace PromptAnalyzers.Tests.Text.FineTuning;

/// <summary>
/// The one parse of a dataset that the fine-tuning and security rules share: the validator checks the lines it reads as it
/// checks the text itself, and the lines carry the turns the security scanners read.
/// </summary>
[Trait("Rule", "PA3001")]
[Trait("Rule", "PA4003")]
public sealed class FineTuningDatasetReaderTests
{
    private static readonly string FormatCorpus = Path.Combine(AppContext.BaseDirectory, "Text", "FineTuning", "FormatCorpus");

    public static TheoryData<string> FormatFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(FormatCorpus, "*.jsonl").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatFiles))]
    public void Validating_the_shared_lines_reports_what_validating_the_text_reports(string file)
    {
        string text = File.ReadAllText(Path.Combine(FormatCorpus, file));
        var options = new FineTuningValidationOptions { MinFacts = 1, MaxExampleTokens = 200 };

        var fromText = new FineTuningDatasetValidator(options).Validate(new StringReader(text)).Select(Describe).ToList();
        var lines = new FineTuningDatasetReader(collectMessages: true).Read(new StringReader(text)).ToList();
        var fromLines = new FineTuningDatasetValidator(options).Validate(lines).Select(Describe).ToList();

        Assert.Equal(fromText, fromLines);
        Assert.Contains(fromText, d => d.Contains("error", StringComparison.Ordinal));
        Assert.Contains(fromText, d => d.Contains("facts", StringComparison.Ordinal));
    }

    [Fact]
    public void Chat_lines_carry_each_message_with_its_tool_calls_and_where_its_content_is()
    {
        const string line = """{"messages": [{"role": "user", "content": "Book a table for two."}, {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "book_table", "arguments": "{\"seats\": 2}"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "booked"}, {"role": "assistant", "content": "Your table is booked."}]}""";

        var parsed = Assert.Single(new FineTuningDatasetReader(collectMessages: true).Read(new StringReader(line)));

        Assert.Null(parsed.Error);
        Assert.Equal(FineTuningFormat.OpenAiChat, parsed.Format);
        Assert.Equal(
            new[] { "messages[0] (user)", "messages[1] (assistant)", "messages[2] (tool)", "messages[3] (assistant)" },
            parsed.Messages.Select(m => m.Label));
        Assert.Contains("book_table", parsed.Messages[1].Text, StringComparison.Ordinal);
        ExampleMessage answer = parsed.Messages[3];
        Assert.Equal("\"Your table is booked.\"", line.Substring(answer.Column, answer.Length));
    }

    [Fact]
    public void An_invalid_line_still_carries_the_messages_read_before_its_problem()
    {
        const string line = """{"messages": [{"role": "user", "content": "My e-mail is maria.keller@gmx.de"}, {"role": "customer", "content": "hi"}]}""";

        var parsed = Assert.Single(new FineTuningDatasetReader(collectMessages: true).Read(new StringReader(line)));

        Assert.Equal(FineTuningErrorKind.UnknownRole, parsed.Error!.Kind);
        Assert.Equal("My e-mail is maria.keller@gmx.de", parsed.Messages[0].Text);
    }

    [Fact]
    public void Without_collecting_messages_the_lines_carry_none()
    {
        const string line = """{"conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello!"}]}""";

        var parsed = Assert.Single(new FineTuningDatasetReader().Read(new StringReader(line)));

        Assert.Equal(FineTuningFormat.ShareGpt, parsed.Format);
        Assert.Empty(parsed.Messages);
    }

    private static string Describe(FineTuningLineReport report) =>
        $"{report.LineNumber} {report.Start} {report.Length} {report.Error?.Kind} {(report.Error is null ? string.Empty : "error " + report.Error.Message)} {report.Tokens} {report.ExceedsLimit} {(report.TaughtFacts is null ? string.Empty : "facts")} {report.AssistantContentColumn} {report.AssistantContentLength}";
}
