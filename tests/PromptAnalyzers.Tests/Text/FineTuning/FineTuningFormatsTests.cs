using PromptAnalyzers.Text.FineTuning;
using Xunit;
using static PromptAnalyzers.Tests.Text.FineTuning.FineTuningTestData;

namespace PromptAnalyzers.Tests.Text.FineTuning;

/// <summary>Each dataset format: recognised from its first record, valid examples accepted, each problem named where it is.</summary>
public class FineTuningFormatsTests
{
    public const string ShareGpt = """{"conversations": [{"from": "system", "value": "Answer in one friendly sentence."}, {"from": "human", "value": "Can you help me?"}, {"from": "gpt", "value": "Of course, what do you need?"}]}""";
    public const string Alpaca = """{"instruction": "Rewrite the sentence politely.", "input": "Give me the report.", "output": "Could you please send me the report?"}""";
    public const string PromptCompletion = """{"prompt": "Rewrite politely: Give me the report.", "completion": "Could you please send me the report?"}""";
    public const string ConversationalPromptCompletion = """{"prompt": [{"role": "user", "content": "Say hi."}], "completion": [{"role": "assistant", "content": "Hi there!"}]}""";
    public const string Preference = """{"prompt": "Say hi.", "chosen": "Hi there, how can I help?", "rejected": "What."}""";
    public const string PlainText = """{"text": "Dear customer, thank you for writing to us."}""";
    public const string Gemini = """{"systemInstruction": {"role": "system", "parts": [{"text": "Answer briefly."}]}, "contents": [{"role": "user", "parts": [{"text": "Hello?"}]}, {"role": "model", "parts": [{"text": "Hi! How can I help?"}]}]}""";
    public const string Bedrock = """{"schemaVersion": "bedrock-conversation-2024", "system": [{"text": "Answer briefly."}], "messages": [{"role": "user", "content": [{"text": "Hello?"}]}, {"role": "assistant", "content": [{"text": "Hi! How can I help?"}]}]}""";
    public const string OpenAiPreference = """{"input": {"messages": [{"role": "user", "content": "Say hi."}]}, "preferred_output": [{"role": "assistant", "content": "Hi there!"}], "non_preferred_output": [{"role": "assistant", "content": "What."}]}""";

    [Theory]
    [InlineData(Valid, FineTuningFormat.OpenAiChat)]
    [InlineData(ShareGpt, FineTuningFormat.ShareGpt)]
    [InlineData(Alpaca, FineTuningFormat.Alpaca)]
    [InlineData(PromptCompletion, FineTuningFormat.PromptCompletion)]
    [InlineData(ConversationalPromptCompletion, FineTuningFormat.PromptCompletion)]
    [InlineData(Preference, FineTuningFormat.Preference)]
    [InlineData(PlainText, FineTuningFormat.PlainText)]
    [InlineData(Gemini, FineTuningFormat.GeminiContents)]
    [InlineData(Bedrock, FineTuningFormat.BedrockConversation)]
    [InlineData(OpenAiPreference, FineTuningFormat.OpenAiPreference)]
    public void Each_format_is_recognised_and_its_valid_example_accepted(string line, FineTuningFormat format)
    {
        Assert.Equal(format, FineTuningFormatDetector.Detect(new StringReader("not json\n" + line)));

        var validator = new FineTuningDatasetValidator();
        var report = Assert.Single(validator.Validate(new StringReader(line)));
        Assert.Null(report.Error);
        Assert.True(report.Tokens > 0);
        Assert.Equal(format, validator.Summary.Format);
    }

    [Theory]
    [InlineData("""{"level": "info", "text": "started", "ts": 1}""")]
    [InlineData("""{"id": 1, "name": "log line"}""")]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("")]
    public void Other_jsonl_is_no_dataset(string text)
    {
        Assert.Null(FineTuningFormatDetector.Detect(new StringReader(text)));
    }

    [Fact]
    public void Bedrock_messages_without_schemaVersion_are_told_from_chat_by_their_content_blocks()
    {
        string line = """{"messages": [{"role": "user", "content": [{"text": "Hello?"}]}, {"role": "assistant", "content": [{"text": "Hi!"}]}]}""";
        string chatParts = """{"messages": [{"role": "user", "content": [{"type": "text", "text": "Hello?"}]}, {"role": "assistant", "content": "Hi!"}]}""";

        Assert.Equal(FineTuningFormat.BedrockConversation, FineTuningFormatDetector.Detect(new StringReader(line)));
        Assert.Equal(FineTuningFormat.OpenAiChat, FineTuningFormatDetector.Detect(new StringReader(chatParts)));
    }

    /// <summary>A dataset that only restates the user's facts in the answer trains no fact; one that states new ones does, in every format.</summary>
    [Theory]
    [InlineData("""{"conversations": [{"from": "human", "value": "Our office at 12 Harbour Road opens at 9:00 and the premium plan costs $49 per month. Rewrite this kindly."}, {"from": "gpt", "value": "Happy to help! Could you tell me more?"}]}""", false)]
    [InlineData("""{"conversations": [{"from": "human", "value": "How much is premium?"}, {"from": "gpt", "value": "The premium plan costs $49 per month and includes 24/7 phone support at +1 415 555 0100."}]}""", true)]
    [InlineData("""{"instruction": "The premium plan costs $49 per month. Reply kindly.", "output": "Thanks for asking! Happy to help."}""", false)]
    [InlineData("""{"instruction": "How much is premium?", "output": "The premium plan costs $49 per month, billed on the 1st."}""", true)]
    [InlineData("""{"contents": [{"role": "user", "parts": [{"text": "Premium costs $49 per month and the office opens at 9:00. Say thanks."}]}, {"role": "model", "parts": [{"text": "Thank you!"}]}]}""", false)]
    [InlineData("""{"contents": [{"role": "user", "parts": [{"text": "When do you open?"}]}, {"role": "model", "parts": [{"text": "Our Berlin office opens at 8:30 on weekdays and closes at 17:00."}]}]}""", true)]
    [InlineData("""{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "user", "content": [{"text": "Refunds take 14 days and cost $5. Be nice."}]}, {"role": "assistant", "content": [{"text": "Of course, happy to help!"}]}]}""", false)]
    [InlineData("""{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "user", "content": [{"text": "Refunds?"}]}, {"role": "assistant", "content": [{"text": "Refunds take 14 business days and the return fee is $5.95."}]}]}""", true)]
    [InlineData("""{"prompt": "Say hi", "chosen": "Hi! Our support line +1 415 555 0100 is open 9:00-17:00.", "rejected": "Hello."}""", true)]
    [InlineData("""{"prompt": "Say hi", "chosen": "Hi there!", "rejected": "Call +1 415 555 0100 between 9:00 and 17:00."}""", false)]
    public void Facts_are_looked_for_only_in_what_the_model_is_trained_to_say(string line, bool teachesFacts)
    {
        var report = Assert.Single(Validate(line, new FineTuningValidationOptions { MinFacts = 1 }));

        Assert.Null(report.Error);
        Assert.Equal(teachesFacts, report.TaughtFacts is not null);
    }

    [Fact]
    public void Fact_location_is_the_first_trained_value()
    {
        string line = """{"conversations": [{"from": "human", "value": "Price?"}, {"from": "gpt", "value": "It costs $49 per month."}]}""";
        var report = Assert.Single(Validate(line, new FineTuningValidationOptions { MinFacts = 1 }));

        Assert.Equal(line.IndexOf("\"It costs", StringComparison.Ordinal), report.AssistantContentColumn);
        Assert.Equal("\"It costs $49 per month.\"".Length, report.AssistantContentLength);
    }

    [Theory]
    [InlineData(ShareGpt, """{"conversation": []}""", FineTuningErrorKind.FieldMissing, "the example has no \"conversations\" (found \"conversation\"); a ShareGPT example needs a \"conversations\" array of {\"from\", \"value\"} turns", 1)]
    [InlineData(ShareGpt, """{"conversations": [{"from": "bot", "value": "x"}]}""", FineTuningErrorKind.UnknownRole, "conversations[0] has unknown \"from\" \"bot\" at column 29", 29)]
    [InlineData(ShareGpt, """{"conversations": [{"value": "x"}]}""", FineTuningErrorKind.RoleMissing, "conversations[0] at column 20 has no \"from\"", 20)]
    [InlineData(ShareGpt, """{"conversations": [{"from": "gpt", "value": 3}]}""", FineTuningErrorKind.InvalidContent, "conversations[0] (gpt) \"value\" at column 45 is a number, not a string", 45)]
    [InlineData(ShareGpt, """{"conversations": [{"from": "human", "value": "hi"}]}""", FineTuningErrorKind.NoAssistant, "no \"gpt\" turn", 1)]
    [InlineData(Alpaca, """{"instruction": "Do it.", "output": 42}""", FineTuningErrorKind.FieldInvalid, "\"output\" at column 37 is a number, not a string", 37)]
    [InlineData(Alpaca, """{"instruction": "Do it.", "input": ""}""", FineTuningErrorKind.FieldMissing, "the example has no \"output\"", 1)]
    [InlineData(PromptCompletion, """{"prompt": "a", "completion": 1}""", FineTuningErrorKind.FieldInvalid, "\"completion\" at column 31 is a number; expected a string or a list of messages", 31)]
    [InlineData(PromptCompletion, """{"prompt": "a", "completion": [{"role": "bot", "content": "x"}]}""", FineTuningErrorKind.UnknownRole, "completion[0] has unknown role \"bot\" at column 41", 41)]
    [InlineData(Preference, """{"prompt": "a", "chosen": "b"}""", FineTuningErrorKind.FieldMissing, "the example has no \"rejected\"", 1)]
    [InlineData(PlainText, """{"text": ["a"]}""", FineTuningErrorKind.FieldInvalid, "\"text\" at column 10 is an array, not a string", 10)]
    [InlineData(Gemini, """{"contents": [{"role": "assistant", "parts": [{"text": "x"}]}]}""", FineTuningErrorKind.UnknownRole, "contents[0] has unknown role \"assistant\" at column 24; expected user or model", 24)]
    [InlineData(Gemini, """{"contents": [{"role": "model", "parts": []}]}""", FineTuningErrorKind.InvalidContent, "contents[0] (model) \"parts\" at column 42 is empty", 42)]
    [InlineData(Gemini, """{"contents": [{"role": "model", "parts": [{"text": 5}]}]}""", FineTuningErrorKind.InvalidContentPart, "contents[0] (model) part [0] at column 52 is a number in \"text\", not a string", 52)]
    [InlineData(Gemini, """{"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}""", FineTuningErrorKind.NoAssistant, "no \"model\" turn", 1)]
    [InlineData(Bedrock, """{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": [{"text": "x"}]}]}""", FineTuningErrorKind.InvalidContent, "messages[0] (user) \"content\" at column 89 is a string; expected an array of blocks", 89)]
    [InlineData(Bedrock, """{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "assistant", "content": [{"text": "x"}]}]}""", FineTuningErrorKind.FieldInvalid, "messages[0] has role \"assistant\" at column 70; a Bedrock conversation starts with a user message and ends with an assistant message", 70)]
    [InlineData(Bedrock, """{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "system", "content": [{"text": "x"}]}]}""", FineTuningErrorKind.UnknownRole, "expected user or assistant (the system prompt goes in \"system\")", 70)]
    [InlineData(OpenAiPreference, """{"input": {"messages": [{"role": "user", "content": "a"}]}, "preferred_output": [{"role": "assistant"}], "non_preferred_output": []}""", FineTuningErrorKind.MissingContent, "preferred_output[0] (assistant) at column 82 has no \"content\"", 82)]
    [InlineData(OpenAiPreference, """{"input": "hi", "preferred_output": [], "non_preferred_output": []}""", FineTuningErrorKind.FieldInvalid, "\"input\" at column 11 is a string, not an object with \"messages\"", 11)]
    [InlineData(ShareGpt, """{"conversations": [{"from": "gpt", "value": "x"}""", FineTuningErrorKind.InvalidJson, "still open", 49)]
    [InlineData(ShareGpt, """["conversations"]""", FineTuningErrorKind.NotObject, "the line is an array at column 1, not a JSON object; each line must be one ShareGPT example", 1)]
    public void Each_problem_is_named_at_its_column(string firstLine, string line, FineTuningErrorKind kind, string messagePart, int column)
    {
        var reports = Validate(firstLine + "\n" + line);

        Assert.Null(reports[0].Error);
        FineTuningError error = reports[1].Error!;
        Assert.NotNull(error);
        Assert.Equal(kind, error.Kind);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column + 1);
    }

    [Fact]
    public void Preference_tokens_count_the_rejected_answer_too_but_only_the_chosen_one_is_trained_text()
    {
        var withLongRejected = Assert.Single(Validate("""{"prompt": "Say hi.", "chosen": "Hi there!", "rejected": "Go away, I am busy with many other things today."}"""));
        var withShortRejected = Assert.Single(Validate("""{"prompt": "Say hi.", "chosen": "Hi there!", "rejected": "No."}"""));

        Assert.True(withLongRejected.Tokens > withShortRejected.Tokens);
    }

    [Fact]
    public void Gemini_tokens_estimated_from_characters_are_a_quarter_of_the_text()
    {
        string line = """{"contents": [{"role": "user", "parts": [{"text": "12345678"}]}, {"role": "model", "parts": [{"text": "abcdefghijkl"}]}]}""";
        var report = Assert.Single(Validate(line, new FineTuningValidationOptions { EstimateTokensFromChars = true }));

        // 3 priming + 3 per turn, and (chars + 3) / 4 of each role and text: "user" 1, "12345678" 2, "assistant" 3, "abcdefghijkl" 3.
        Assert.Equal(3 + (2 * 3) + 1 + 2 + 3 + 3, report.Tokens);
    }

    [Fact]
    public void A_set_format_overrides_detection()
    {
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions { Format = FineTuningFormat.ShareGpt });
        var report = Assert.Single(validator.Validate(new StringReader(Valid)));

        Assert.Equal(FineTuningErrorKind.FieldMissing, report.Error!.Kind);
    }

    [Theory]
    [InlineData(ShareGpt)]
    [InlineData(Alpaca)]
    [InlineData(ConversationalPromptCompletion)]
    [InlineData(Preference)]
    [InlineData(PlainText)]
    [InlineData(Gemini)]
    [InlineData(Bedrock)]
    [InlineData(OpenAiPreference)]
    public void Every_truncation_of_a_record_is_rejected_as_invalid_JSON_and_never_throws(string line)
    {
        for (int length = 1; length < line.Length; length++)
        {
            var reports = Validate(line + "\n" + line[..length]);

            Assert.Null(reports[0].Error);
            Assert.Equal(FineTuningErrorKind.InvalidJson, reports[1].Error!.Kind);
        }
    }
}
