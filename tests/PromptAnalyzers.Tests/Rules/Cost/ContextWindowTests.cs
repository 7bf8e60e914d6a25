using Microsoft.CodeAnalysis;
using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCostAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2004. The windows here are set in .editorconfig so that a 15-token prompt (count from OpenAI's reference tiktoken)
/// can overflow them; the catalogue's own windows are checked against the vendors' figures at the end.
/// </summary>
[Trait("Rule", "PA2004")]
public sealed class ContextWindowTests
{
    private const string SupportPrompt = "You are a helpful support assistant for Contoso. Answer in two sentences."; // 15 tokens in o200k_base

    private const string SmallWindow = "prompt_analyzers.context_window.gpt-4o = 100\nprompt_analyzers.max_output.gpt-4o = 90";

    private const string Gpt4oCost = "gpt-4o (retires 2027-01-14) at $2.50/1M input ≈ $0.000038 per call, $0.038 per 1,000 calls";

    [Fact]
    public async Task Static_tokens_plus_the_models_maximum_output_over_the_window()
    {
        await Verify.VerifyAsync(
            $$"""
            using OpenAI.Chat;
            var chat = new ChatClient("gpt-4o", "key");
            chat.CompleteChat(new SystemChatMessage({|#0:"{{SupportPrompt}}"|}));
            """,
            SmallWindow,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments("System prompt", "15", "o200k_base", string.Empty, Gpt4oCost),
            Verify.Diagnostic(ContextWindowRule.Rule).WithLocation(0).WithArguments(
                "System prompt", "15", "o200k_base", "90", "the model's maximum output", "105", "100", "gpt-4o (retires 2027-01-14)"));
    }

    [Fact]
    public async Task An_output_limit_the_call_sets_replaces_the_models_maximum()
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static Task<ChatResponse> Short(IChatClient client)
                    => client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:"{{SupportPrompt}}"|})], new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 50 });

                public static Task<ChatResponse> Long(IChatClient client)
                {
                    var options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 95 };
                    return client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#1:"{{SupportPrompt}}"|})], options);
                }
            }
            """,
            SmallWindow,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments("System prompt", "15", "o200k_base", string.Empty, Gpt4oCost),
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(1).WithArguments("System prompt", "15", "o200k_base", string.Empty, Gpt4oCost),
            Verify.Diagnostic(ContextWindowRule.Rule).WithLocation(1).WithArguments(
                "System prompt", "15", "o200k_base", "95", "the output limit the call sets", "110", "100", "gpt-4o (retires 2027-01-14)"));
    }

    [Fact]
    public async Task OpenAI_completion_options_and_a_model_with_no_known_window()
    {
        await Verify.VerifyAsync(
            $$"""
            using OpenAI.Chat;
            var chat = new ChatClient("gpt-4o", "key");
            chat.CompleteChat([new SystemChatMessage({|#0:"{{SupportPrompt}}"|})], new ChatCompletionOptions { MaxOutputTokenCount = 80 });
            var local = new ChatClient("my-local-model", "key");
            local.CompleteChat(new SystemChatMessage({|#1:"You are a poet."|}));
            """,
            SmallWindow,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments("System prompt", "15", "o200k_base", string.Empty, Gpt4oCost),
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(1).WithArguments(
                "System prompt", "≈ 5", "estimate: o200k_base count for my-local-model", string.Empty,
                "my-local-model: no known price; set prompt_analyzers.price.my-local-model = <USD per 1M input tokens> to estimate the cost"));
    }

    [Theory]
    [InlineData("gpt-4o", 111_616, false)] // 128,000 window - 16,384 max output (OpenAI)
    [InlineData("gpt-4o", 111_617, true)]
    [InlineData("gpt-3.5-turbo", 12_289, false)] // 16,385 - 4,096
    [InlineData("gpt-3.5-turbo", 12_290, true)]
    [InlineData("gpt-4", 8_192, false)] // max output = the whole 8,192 window: one shared budget, nothing reserved up front
    [InlineData("gpt-4", 8_193, true)]
    [InlineData("gemini-4-carbon", 983_040, false)] // 1,048,576 - 65,536 (Google)
    [InlineData("gemini-4-carbon", 983_041, true)]
    [InlineData("my-local-model", 5_000_000, false)] // no known window
    public void Catalogue_windows(string model, int tokens, bool over)
    {
        var assumption = ModelAssumption.For(model, PromptFiles.PromptAnalyzersOptionsForTests.Default);
        var diagnostic = ContextWindowRule.Check(Location.None, [], "System prompt", tokens.ToString(), "o200k_base", tokens, assumption, codeOutputLimit: null);
        Assert.Equal(over, diagnostic is not null);
    }

    [Fact]
    public async Task Prompt_files_report_it_too()
    {
        const string path = "/0/support.prompty";
        const string content = "---\nmodel:\n  id: gpt-4o\n---\nsystem:\n" + SupportPrompt + "\n";
        var test = PromptFiles.PromptFileAnalyzerTest.Create(SmallWindow + "\n", editorConfig: null, (path, content));
        var estimate = PromptFiles.PromptFileAnalyzerTest.Estimate(path, content, "You are", "sentences.", PromptAnalyzers.Discovery.PromptRole.System, SupportPrompt, holes: 0, modelId: "gpt-4o");
        test.ExpectedDiagnostics.Add(estimate);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(ContextWindowRule.Rule).WithSpan(estimate.Spans[0].Span).WithArguments(
            "System prompt", "15", "o200k_base", "90", "the model's maximum output", "105", "100", "gpt-4o (retires 2027-01-14)"));
        await test.RunAsync();
    }
}
