using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCostAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2001 counts the function tools sent with the call. The weather tool is the one of OpenAI's cookbook, whose request the
/// cookbook checks against the API (101 prompt tokens on gpt-4o, of which the two messages take 33): 68 tokens. The system
/// prompt is 14 tokens in o200k_base (reference tiktoken); gpt-4o input is $2.50/1M, so 82 tokens cost $0.000205 per call.
/// </summary>
[Trait("Rule", "PA2001")]
public sealed class ToolDefinitionCostTests
{
    private const string WeatherPrompt = "You are a helpful assistant that can answer to questions about the weather.";

    private const string Cost = "gpt-4o (retires 2027-01-14) at $2.50/1M input ≈ $0.00021 per call, $0.21 per 1,000 calls";

    [Fact]
    public async Task AIFunctionFactory_functions_in_ChatOptions_Tools()
    {
        await Verify.VerifyAsync(
            $$"""
            using System.ComponentModel;
            using Microsoft.Extensions.AI;
            static class Bot
            {
                enum Unit { celsius, fahrenheit }

                [Description("Get the current weather in a given location.")]
                static string GetCurrentWeather(
                    [Description("The city and state, e.g. San Francisco, CA")] string location,
                    [Description("The unit of temperature to return")] Unit unit,
                    CancellationToken cancellationToken) => "";

                public static Task<ChatResponse> Ask(IChatClient client, string question)
                    => client.GetResponseAsync(
                        [new ChatMessage(ChatRole.System, {|#0:"{{WeatherPrompt}}"|}), new ChatMessage(ChatRole.User, question)],
                        new ChatOptions { ModelId = "gpt-4o", Tools = [AIFunctionFactory.Create(GetCurrentWeather, "get_current_weather")] });
            }
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "14", "o200k_base", " + 68 tokens of tool definitions", Cost));
    }

    [Fact]
    public async Task OpenAI_ChatTool_with_a_JSON_schema_through_a_local_options_object()
    {
        await Verify.VerifyAsync(
            $$"""
            using OpenAI.Chat;
            static class Bot
            {
                public static ChatCompletion Ask(string question)
                {
                    var chat = new ChatClient("gpt-4o", "key");
                    ChatTool weather = ChatTool.CreateFunctionTool(
                        functionName: "get_current_weather",
                        functionDescription: "Get the current weather in a given location",
                        functionParameters: BinaryData.FromString("{ \"type\": \"object\", \"properties\": { \"location\": { \"type\": \"string\", \"description\": \"The city and state, e.g. San Francisco, CA\" }, \"unit\": { \"type\": \"string\", \"description\": \"The unit of temperature to return\", \"enum\": [\"celsius\", \"fahrenheit\"] } }, \"required\": [\"location\"] }"));
                    var options = new ChatCompletionOptions { Tools = { weather } };
                    return chat.CompleteChat([new SystemChatMessage({|#0:"{{WeatherPrompt}}"|}), new UserChatMessage(question)], options);
                }
            }
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "14", "o200k_base", " + 68 tokens of tool definitions", Cost));
    }

    [Fact]
    public async Task Tools_are_counted_once_per_call_with_its_instructions_not_with_user_turns()
    {
        // The static user turn is 5 tokens ("What is the weather?" in o200k_base): $0.0000125 per call at $2.50/1M.
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            static class Bot
            {
                static string Weather(string location) => "";

                public static Task<ChatResponse> Ask(IChatClient client)
                    => client.GetResponseAsync(
                        [new ChatMessage(ChatRole.User, {|#0:"What is the weather?"|})],
                        new ChatOptions { ModelId = "gpt-4o", Tools = [AIFunctionFactory.Create(Weather)] });
            }
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "User prompt", "5", "o200k_base", string.Empty, "gpt-4o (retires 2027-01-14) at $2.50/1M input ≈ $0.000013 per call, $0.013 per 1,000 calls"));
    }
}
