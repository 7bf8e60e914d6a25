using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;
using Xunit;
using static PromptAnalyzers.Tests.Text.FineTuning.FineTuningTestData;

namespace PromptAnalyzers.Tests.Text.FineTuning;

public class FineTuningDatasetValidatorTests
{
    [Fact]
    public void Valid_example_has_no_error_and_counts_tokens_with_the_cookbook_overheads()
    {
        var reports = Validate(Valid, new FineTuningValidationOptions { Encoding = TokenEncoding.O200kBase }, out var summary);

        var report = Assert.Single(reports);
        Assert.Null(report.Error);
        int expected = 3 + (3 * 3)
            + TokenCounter.Count("system", TokenEncoding.O200kBase) + TokenCounter.Count("Be brief.", TokenEncoding.O200kBase)
            + TokenCounter.Count("user", TokenEncoding.O200kBase) + TokenCounter.Count("Hello?", TokenEncoding.O200kBase)
            + TokenCounter.Count("assistant", TokenEncoding.O200kBase) + TokenCounter.Count("Hi! How can I help?", TokenEncoding.O200kBase);
        Assert.Equal(expected, report.Tokens);
        Assert.Equal(1, summary.Examples);
        Assert.Equal(expected, summary.TrainingTokens);
    }

    [Fact]
    public void Name_adds_one_token_plus_its_own()
    {
        string line = """{"messages": [{"role": "user", "name": "alice", "content": "hi"}, {"role": "assistant", "content": "hello"}]}""";
        string without = """{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}""";
        int with = Validate(line)[0].Tokens;
        int plain = Validate(without)[0].Tokens;
        Assert.Equal(plain + 1 + TokenCounter.Count("alice", TokenEncoding.O200kBase), with);
    }

    [Theory]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}""", FineTuningErrorKind.InvalidJson, "still open")]
    [InlineData("""{"messages": [{"role": "user" "content": "hi"}]}""", FineTuningErrorKind.InvalidJson, "invalid JSON at column 31")]
    [InlineData("""{"messages": []} trailing""", FineTuningErrorKind.InvalidJson, "invalid JSON at column 18")]
    [InlineData("""[{"role": "user", "content": "hi"}]""", FineTuningErrorKind.NotObject, "the line is an array at column 1, not a JSON object")]
    [InlineData("\"just a string\"", FineTuningErrorKind.NotObject, "the line is a string")]
    [InlineData("""{"conversation": [{"role": "user", "content": "hi"}]}""", FineTuningErrorKind.MessagesMissing, "no \"messages\" array (found \"conversation\")")]
    [InlineData("""{"messages": "hi"}""", FineTuningErrorKind.MessagesNotArray, "\"messages\" at column 14 is a string, not an array of messages")]
    [InlineData("""{"messages": ["hi", {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.MessageNotObject, "messages[0] at column 15 is a string, not a message object")]
    [InlineData("""{"messages": [{"content": "hi"}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.RoleMissing, "messages[0] at column 15 has no \"role\"")]
    [InlineData("""{"messages": [{"role": "customer", "content": "hi"}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.UnknownRole, "messages[0] has unknown role \"customer\" at column 24; expected system, developer, user, assistant or tool")]
    [InlineData("""{"messages": [{"role": 1, "content": "hi"}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.UnknownRole, "is a number, not a string")]
    [InlineData("""{"messages": [{"role": "user"}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.MissingContent, "messages[0] (user) at column 15 has no \"content\"")]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant"}]}""", FineTuningErrorKind.MissingContent, "messages[1] (assistant) at column 50 has no \"content\" (and no \"tool_calls\")")]
    [InlineData("""{"messages": [{"role": "user", "content": 42}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContent, "messages[0] (user) \"content\" at column 43 is a number; expected a string or an array of content parts")]
    [InlineData("""{"messages": [{"role": "user", "content": null}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContent, "null content is only valid on an assistant message with \"tool_calls\"")]
    [InlineData("""{"messages": [{"role": "user", "content": [{"type": "text"}]}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContentPart, "part [0] of type \"text\" has no string \"text\"")]
    [InlineData("""{"messages": [{"role": "user", "content": []}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContentPart, "the array of content parts is empty")]
    [InlineData("""{"messages": [{"role": "user", "content": [{"type": "video", "url": "x"}]}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContentPart, "unknown type \"video\"")]
    [InlineData("""{"messages": [{"role": "user", "content": [{"type": "{video}"}]}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.InvalidContentPart, "unknown type \"{video}\"; expected")]
    [InlineData("""{"messages": [{"role": "{user}", "content": "hi"}, {"role": "assistant", "content": "x"}]}""", FineTuningErrorKind.UnknownRole, "unknown role \"{user}\" at column 24")]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}""", FineTuningErrorKind.InvalidContentPart, "images are only allowed in user messages")]
    [InlineData("""{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]}""", FineTuningErrorKind.NoAssistant, "the example has no assistant message")]
    [InlineData("""{"messages": []}""", FineTuningErrorKind.NoAssistant, "\"messages\" at column 14 is empty")]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "x", "weight": 3}]}""", FineTuningErrorKind.BadWeight, "messages[1] (assistant) has \"weight\": 3 at column 98; weight must be 0 or 1")]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "x", "weight": "1"}]}""", FineTuningErrorKind.BadWeight, "\"weight\": \"1\"")]
    [InlineData("""{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "x", "weight": 0.5}]}""", FineTuningErrorKind.BadWeight, "weight must be 0 or 1")]
    public void Each_kind_of_malformed_line_is_named_precisely(string line, FineTuningErrorKind kind, string messagePart)
    {
        var error = SingleError(line);
        Assert.Equal(kind, error.Kind);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_points_at_the_offending_value_in_utf16_chars()
    {
        // "é" and "€" are 1 char but 2 and 3 UTF-8 bytes: columns must count chars.
        string line = """{"messages": [{"role": "user", "content": "é€"}, {"role": "bot", "content": "x"}]}""";
        var error = SingleError(line);
        Assert.Equal(FineTuningErrorKind.UnknownRole, error.Kind);
        Assert.Equal(line.IndexOf("\"bot\"", StringComparison.Ordinal), error.Column);
        Assert.Equal(5, error.Length);
    }

    [Fact]
    public void Syntax_error_wins_over_an_earlier_structural_problem()
    {
        var error = SingleError("""{"messages": [{"role": "bot", "content": "x"}, {"role": "assistant", "content": "x"}""");
        Assert.Equal(FineTuningErrorKind.InvalidJson, error.Kind);
    }

    [Fact]
    public void Null_content_is_valid_on_an_assistant_message_with_tool_calls()
    {
        string line = """{"messages": [{"role": "user", "content": "Weather in Paris?"}, {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "18C"}, {"role": "assistant", "content": "It is 18C."}], "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]}""";
        var report = Assert.Single(Validate(line));
        Assert.Null(report.Error);
        Assert.True(report.Tokens > 0);
    }

    [Fact]
    public void Assistant_with_tool_calls_may_omit_content()
    {
        string line = """{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}]}""";
        Assert.Null(Assert.Single(Validate(line)).Error);
    }

    [Fact]
    public void Content_parts_are_valid_content()
    {
        string line = """{"messages": [{"role": "user", "content": [{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}, {"role": "assistant", "content": [{"type": "text", "text": "A cat."}]}]}""";
        Assert.Null(Assert.Single(Validate(line)).Error);
    }

    [Fact]
    public void Weights_0_and_1_and_all_five_roles_are_valid()
    {
        string line = """{"messages": [{"role": "system", "content": "s"}, {"role": "developer", "content": "d"}, {"role": "user", "content": "u"}, {"role": "assistant", "content": "a", "weight": 0}, {"role": "tool", "tool_call_id": "x", "content": "t"}, {"role": "assistant", "content": "b", "weight": 1}]}""";
        Assert.Null(Assert.Single(Validate(line)).Error);
    }

    [Fact]
    public void Blank_line_between_records_is_an_error_but_trailing_blank_lines_are_fine()
    {
        string text = Valid + "\n\n" + Valid + "\n\n\n";
        var reports = Validate(text, null, out var summary);

        Assert.Equal(3, reports.Count);
        Assert.Equal(2, reports[1].LineNumber);
        Assert.Equal(FineTuningErrorKind.BlankLine, reports[1].Error!.Kind);
        Assert.Null(reports[2].Error);
        Assert.Equal(3, reports[2].LineNumber);
        Assert.Equal(2, summary.Examples);
        Assert.Equal(1, summary.MalformedLines);
    }

    [Fact]
    public void Whitespace_only_line_between_records_is_a_blank_line()
    {
        var reports = Validate(Valid + "\n  \t\n" + Valid);
        Assert.Equal(FineTuningErrorKind.BlankLine, reports[1].Error!.Kind);
    }

    [Fact]
    public void Crlf_line_ends_and_a_bom_are_accepted_and_offsets_stay_exact()
    {
        string text = "\uFEFF" + Valid + "\r\n" + Valid + "\r\n";
        var reports = Validate(text, null, out var summary);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.Equal(2, summary.Examples);
        Assert.Equal(1, reports[0].Start);
        Assert.Equal(Valid.Length, reports[0].Length);
        Assert.Equal(1 + Valid.Length + 2, reports[1].Start);
    }

    [Fact]
    public void Unicode_line_separators_inside_strings_do_not_split_a_record()
    {
        string line = "{\"messages\": [{\"role\": \"user\", \"content\": \"a\u2028b\u0085c\"}, {\"role\": \"assistant\", \"content\": \"ok\"}]}";
        Assert.Null(Assert.Single(Validate(line)).Error);
    }

    [Fact]
    public void Example_over_the_limit_is_flagged_and_billed_at_the_limit()
    {
        var reports = Validate(Valid, new FineTuningValidationOptions { MaxExampleTokens = 5 }, out var summary);
        Assert.True(reports[0].ExceedsLimit);
        Assert.Equal(1, summary.ExamplesOverLimit);
        Assert.Equal(5, summary.TrainingTokens);
        Assert.Equal(reports[0].Tokens, summary.LongestExampleTokens);
    }

    [Fact]
    public void Cost_is_tokens_times_epochs_times_price()
    {
        Validate(Valid, null, out var summary);
        Assert.Equal(summary.TrainingTokens * 3 * 3.00m / 1_000_000m, summary.EstimatedCost(3, 3.00m));
    }

    [Fact]
    public void Weight_zero_assistant_answers_are_not_checked_for_facts_and_the_location_is_the_trained_answer()
    {
        string line = """{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "skip", "weight": 0}, {"role": "user", "content": "again"}, {"role": "assistant", "content": "trained"}]}""";
        var report = Assert.Single(Validate(line, new FineTuningValidationOptions { MinFacts = 2 }));
        Assert.Equal(line.IndexOf("\"trained\"", StringComparison.Ordinal), report.AssistantContentColumn);
        Assert.Equal("\"trained\"".Length, report.AssistantContentLength);
    }

    [Fact]
    public void In_a_chat_dataset_a_prompt_completion_line_is_rejected_as_the_legacy_format()
    {
        var reports = Validate(Valid + "\n" + """{"prompt": "hi", "completion": "hello"}""");

        Assert.Null(reports[0].Error);
        Assert.Equal(FineTuningErrorKind.MessagesMissing, reports[1].Error!.Kind);
        Assert.Contains("legacy completions format", reports[1].Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Valid, FineTuningFormat.OpenAiChat)]
    [InlineData("not json\n" + Valid, FineTuningFormat.OpenAiChat)]
    [InlineData("""{"prompt": "a", "completion": "b"}""", FineTuningFormat.PromptCompletion)]
    [InlineData("""{"id": 1, "name": "log line"}""", null)]
    [InlineData("""[1, 2, 3]""", null)]
    [InlineData("\0\u0001garbage\n\u00ff\u00fe", null)]
    [InlineData("", null)]
    public void A_jsonl_file_is_a_dataset_in_the_format_its_first_parsable_record_names(string text, FineTuningFormat? expected)
    {
        Assert.Equal(expected, FineTuningFormatDetector.Detect(new StringReader(text)));
    }

    [Fact]
    public void Validation_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var validator = new FineTuningDatasetValidator();
        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(new StringReader(Valid), cts.Token).ToList());
    }
}
