using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Rules.Knowledge;
using CostVerify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCostAnalyzer>;
using FactsVerify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer>;

namespace PromptAnalyzers.Tests.Rules;

/// <summary>
/// Each rule reports a location at most once, where several prompt sites share one expression: the messages of one template
/// or request body, and an argument that reaches two sinks of a helper.
/// </summary>
[Trait("Rule", "PA1001")]
[Trait("Rule", "PA2001")]
public sealed class DiagnosticOnceTests
{
    private static DiagnosticResult Estimate(int location, string role, int tokens, string dynamicParts, string cost) =>
        CostVerify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(role, tokens.ToString(System.Globalization.CultureInfo.InvariantCulture), "o200k_base", dynamicParts, cost);

    // Token counts from OpenAI's reference tiktoken (o200k_base): "You are a sommelier." 7, "Which wine goes with fish?" 6,
    // "A dry white, such as a Sancerre." 11, the support prompt below 25.

    [Fact]
    public async Task A_template_of_four_messages_gets_one_estimate_of_all_of_them()
    {
        await CostVerify.VerifyAsync(
            """"
            using Microsoft.SemanticKernel;
            static Task Run(Kernel kernel) => kernel.InvokePromptAsync({|#0:"""
                <message role="system">You are a sommelier.</message>
                <message role="user">Which wine goes with fish?</message>
                <message role="assistant">A dry white, such as a Sancerre.</message>
                <message role="user">{{$question}}</message>
                """|});
            """",
            Estimate(0, "Prompt", 7 + 6 + 11, " + 1 dynamic part", "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000048 per call, $0.048 per 1,000 calls"));
    }

    [Fact]
    public async Task A_request_body_of_two_messages_gets_one_estimate()
    {
        await CostVerify.VerifyAsync(
            """"
            using System.ClientModel;
            using OpenAI.Chat;
            static ClientResult Run(ChatClient client) => client.CompleteChat(BinaryContent.Create(BinaryData.FromString({|#0:"""
                { "model": "gpt-4o", "messages": [
                    { "role": "system", "content": "You are a sommelier." },
                    { "role": "user", "content": "Which wine goes with fish?" } ] }
                """|})));
            """",
            Estimate(0, "Prompt", 7 + 6, string.Empty, "gpt-4o (retires 2027-01-14) at $2.50/1M input ≈ $0.000033 per call, $0.033 per 1,000 calls"));
    }

    [Fact]
    public async Task An_argument_that_reaches_two_sinks_of_a_helper_is_reported_once_per_rule()
    {
        const string Source = """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static async Task<string> Ask(IChatClient client, string instructions, string question, bool stream)
                {
                    if (stream)
                    {
                        var text = "";
                        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.System, instructions), new ChatMessage(ChatRole.User, question)]))
                        {
                            text += update.Text;
                        }

                        return text;
                    }

                    return (await client.GetResponseAsync([new ChatMessage(ChatRole.System, instructions), new ChatMessage(ChatRole.User, question)])).Text;
                }

                public static Task<string> Run(IChatClient client, string question) =>
                    Ask(client, {|#0:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}, question, stream: false);
            }
            """;
        await FactsVerify.VerifyAsync(
            Source,
            FactsVerify.Diagnostic(HardcodedFactsAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", "2 facts ('$49/month', 'within 30 days')").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await CostVerify.VerifyAsync(Source, Estimate(0, "System prompt", 25, string.Empty, "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000050 per call, $0.050 per 1,000 calls"));
    }

    [Fact]
    public async Task A_partial_type_declared_in_two_parts_reports_each_prompt_once()
    {
        var test = new CostVerify.Test();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        test.TestState.Sources.Add(("/0/Bot.Prompts.cs", """
            public partial class Bot
            {
                private const string SystemPrompt = "You are a sommelier.";
            }
            """));
        test.TestState.Sources.Add(("/0/Bot.cs", """
            using Microsoft.Extensions.AI;
            public partial class Bot
            {
                public Task<ChatResponse> Ask(IChatClient client, string question) =>
                    client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:SystemPrompt|}), new ChatMessage(ChatRole.User, question)]);
            }
            """));
        test.ExpectedDiagnostics.Add(Estimate(0, "System prompt", 7, string.Empty, "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000014 per call, $0.014 per 1,000 calls"));
        await test.RunAsync();
    }
}
