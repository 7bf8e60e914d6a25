using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Tests.Infrastructure;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCostAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2001 and PA2002 messages. Token counts in these tests come from OpenAI's reference tiktoken (npm package tiktoken,
/// encode with no special tokens allowed), not from the code under test.
/// </summary>
[Trait("Rule", "PA2001")]
[Trait("Rule", "PA2002")]
public sealed class PromptCostAnalyzerTests
{
    private const string SupportPrompt = "You are a helpful support assistant for Contoso. Answer in two sentences."; // 15 tokens in o200k_base and cl100k_base

    [Fact]
    public async Task System_prompt_with_default_model()
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"{{SupportPrompt}}"|});
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "15", "o200k_base", string.Empty,
                "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000030 per call, $0.030 per 1,000 calls"));
    }

    [Fact]
    public async Task Model_from_code_and_cl100k_base_for_gpt_4()
    {
        await Verify.VerifyAsync(
            """
            using OpenAI.Chat;
            var mini = new ChatClient("gpt-4o-mini", "key");
            mini.CompleteChat(new SystemChatMessage({|#0:"You are a poet."|}));
            var old = new ChatClient("gpt-4", "key");
            old.CompleteChat(new SystemChatMessage({|#1:"You are a poet."|}));
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "5", "o200k_base", string.Empty, "gpt-4o-mini (retires 2027-01-14) at $0.15/1M input ≈ $0.00000075 per call, $0.00075 per 1,000 calls"),
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(1).WithArguments(
                "System prompt", "5", "cl100k_base", string.Empty, "gpt-4 (retired 2026-10-23) at $30.00/1M input ≈ $0.00015 per call, $0.15 per 1,000 calls"));
    }

    [Fact]
    public async Task Template_variables_are_dynamic_parts_and_not_counted()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static Task Run(Kernel kernel) => kernel.InvokePromptAsync({|#0:"Summarise {{$input}} in one line."|});
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "Prompt template", "8", "o200k_base", " + 1 dynamic part",
                "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000016 per call, $0.016 per 1,000 calls"));
    }

    [Fact]
    public async Task Field_prompt_reports_at_the_sink_with_the_literal_as_additional_location()
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            static class Bot
            {
                private const string Persona = {|#1:"{{SupportPrompt}}"|};
                public static ChatMessage Build() => new ChatMessage(ChatRole.System, {|#0:Persona|});
            }
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithLocation(1).WithArguments(
                "System prompt", "15", "o200k_base", string.Empty,
                "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000030 per call, $0.030 per 1,000 calls"));
    }

    [Fact]
    public async Task Budget_price_and_default_model_options()
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"{{SupportPrompt}}"|});
            """,
            "prompt_analyzers.token_budget = 10\nprompt_analyzers.default_model = gpt-4.1\nprompt_analyzers.price.gpt-4.1 = 5",
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "15", "o200k_base", string.Empty,
                "gpt-4.1 (prompt_analyzers.default_model, retires 2027-01-14) at $5.00/1M input (prompt_analyzers.price.gpt-4.1) ≈ $0.000075 per call, $0.075 per 1,000 calls"),
            Verify.Diagnostic(PromptCostAnalyzer.TokenBudgetRule).WithLocation(0).WithArguments("System prompt", "15", "o200k_base", "10"));
    }

    [Fact]
    public async Task Other_vendors_are_labelled_estimates_and_retired_models_say_so()
    {
        // claude-sonnet-4-5: $3.00/1M input, shut down 2026-11-30 (Anthropic). 5 o200k_base tokens taken as the estimate.
        await Verify.VerifyAsync(
            """
            using Anthropic.Models.Messages;
            var parameters = new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 100, System = {|#0:"You are a poet."|}, Messages = [] };
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "≈ 5", "estimate: o200k_base count for claude-sonnet-4-5", string.Empty,
                "claude-sonnet-4-5 (retired 2026-11-30) at $3.00/1M input ≈ $0.000015 per call, $0.015 per 1,000 calls"));
    }

    [Fact]
    public async Task Newer_Claude_models_scale_the_o200k_count()
    {
        // claude-opus-5-5: $4.00/1M input (Anthropic, 2026-12-01); newer Claude tokenizer ≈ 30% more tokens: 5 × 1.30 = 6.5 -> 7.
        await Verify.VerifyAsync(
            """
            using Anthropic.Models.Messages;
            var parameters = new MessageCreateParams { Model = "claude-opus-5-5", MaxTokens = 100, System = {|#0:"You are a poet."|}, Messages = [] };
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "≈ 7", "estimate: o200k_base count × 1.30 for claude-opus-5-5", string.Empty,
                "claude-opus-5-5 at $4.00/1M input ≈ $0.000028 per call, $0.028 per 1,000 calls"));
    }

    [Fact]
    public async Task Gemini_counts_four_characters_a_token()
    {
        // "You are a poet." is 15 characters: 15 / 4 rounded up = 4 tokens; gemini-4-carbon $4.00/1M input (Google, from 2026-12-01).
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static Task<ChatResponse> Ask(IChatClient client)
                    => client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:"You are a poet."|})], new ChatOptions { ModelId = "gemini-4-carbon" });
            }
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "≈ 4", "estimate: 4 characters a token for gemini-4-carbon", string.Empty,
                "gemini-4-carbon at $4.00/1M input ≈ $0.000016 per call, $0.016 per 1,000 calls"));
    }

    [Fact]
    public async Task Deployment_alias_maps_to_the_catalogue_model()
    {
        // gpt-4.1-mini: $0.40/1M input, shuts down 2027-01-14 (OpenAI). 5 tokens: $0.000002 per call.
        await Verify.VerifyAsync(
            """
            using OpenAI.Chat;
            var chat = new ChatClient("contoso-chat", "key");
            chat.CompleteChat(new SystemChatMessage({|#0:"You are a poet."|}));
            """,
            "prompt_analyzers.model_alias.contoso-chat = gpt-4.1-mini",
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "5", "o200k_base", string.Empty,
                "contoso-chat (gpt-4.1-mini, retires 2027-01-14) at $0.40/1M input ≈ $0.0000020 per call, $0.0020 per 1,000 calls"));
    }

    [Fact]
    public async Task Unknown_OpenAI_style_ids_fall_back_to_an_o200k_estimate()
    {
        await Verify.VerifyAsync(
            """
            using OpenAI.Chat;
            var chat = new ChatClient("gpt-7-preview", "key");
            chat.CompleteChat(new SystemChatMessage({|#0:"You are a poet."|}));
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "≈ 5", "estimate: o200k_base count for gpt-7-preview", string.Empty,
                "gpt-7-preview: no known price; set prompt_analyzers.price.gpt-7-preview = <USD per 1M input tokens> to estimate the cost"));
    }

    [Fact]
    public async Task Unknown_price_says_how_to_set_it()
    {
        await Verify.VerifyAsync(
            """
            using OllamaSharp;
            var chat = new Chat(new OllamaApiClient("http://localhost:11434", "my-local-model"), {|#0:"You are a poet."|});
            """,
            Verify.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
                "System prompt", "≈ 5", "estimate: o200k_base count for my-local-model", string.Empty,
                "my-local-model: no known price; set prompt_analyzers.price.my-local-model = <USD per 1M input tokens> to estimate the cost"));
    }

    [Fact]
    public async Task Nothing_without_static_text_or_outside_sinks()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string input) => new ChatMessage(ChatRole.User, input);
                public static void Log() => System.Console.WriteLine("You are a helpful assistant.");
            }
            """);
    }

    [Fact]
    public async Task Projects_without_an_llm_sdk_get_nothing_and_bind_nothing()
    {
        const string source = """
            namespace MyCompany.AI { public sealed class ChatMessage { public ChatMessage(string role, string content) { } } }
            static class P { static object M() => new MyCompany.AI.ChatMessage("system", "You are a helpful assistant."); }
            """;
        var test = new AnalyzerVerifier<PromptCostAnalyzer>.Test { TestCode = source };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        await test.RunAsync();

        // Without System.Net.Http (through which code can post to an LLM API by hand) nothing is registered at all; with it,
        // the documents are scanned for posting calls next to request-schema names, and none of these qualifies.
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty);
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source);
        var bare = PromptAnalyzers.Discovery.PromptDiscovery.For(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoSdk", new[] { tree }, TestReferences.Framework.Where(r => !System.IO.Path.GetFileName(r.Display ?? string.Empty).StartsWith("System.Net.", StringComparison.Ordinal))));
        Assert.True(bare.Catalog.IsEmpty);
        Assert.False(bare.IsRelevant(options));

        var withHttp = PromptAnalyzers.Discovery.PromptDiscovery.For(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("NoSdkHttp", new[] { tree }, TestReferences.Framework));
        Assert.True(withHttp.IsRelevant(options));
        Assert.False(withHttp.IsRelevantTree(tree, PromptAnalyzers.Options.PromptAnalyzersOptions.For(options, tree), CancellationToken.None));
    }

    [Fact]
    public async Task Estimate_names_its_sink_and_where_the_model_came_from_in_its_properties()
    {
        var fromCode = await EstimateAsync("""
            using OpenAI.Chat;
            var client = new ChatClient("gpt-4o-mini", "key");
            client.CompleteChat(new SystemChatMessage("You are a poet."));
            """);
        Assert.Equal("OpenAI.Chat.SystemChatMessage", fromCode.Properties["Sink"]);
        Assert.Equal("code", fromCode.Properties["ModelSource"]);
        Assert.Equal("gpt-4o-mini", fromCode.Properties["Model"]);

        var fromDefault = await EstimateAsync("""
            using OpenAI.Chat;
            public static class Poet
            {
                public static void Send(ChatClient client) => client.CompleteChat(new SystemChatMessage("You are a poet."));
            }
            """);
        Assert.Equal("OpenAI.Chat.SystemChatMessage", fromDefault.Properties["Sink"]);
        Assert.Equal("default_model", fromDefault.Properties["ModelSource"]);
    }

    private static async Task<Microsoft.CodeAnalysis.Diagnostic> EstimateAsync(string source)
    {
        var kind = source.Contains("public static class", StringComparison.Ordinal) ? Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary : Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        var compilation = PromptAnalyzers.Tests.Robustness.RobustnessHarness.Compile(new[] { ("/src/Input.cs", source) }, kind);
        var run = await PromptAnalyzers.Tests.Robustness.RobustnessHarness.RunAsync(compilation, analyzers: [new PromptCostAnalyzer()]);
        return Assert.Single(run.Diagnostics, d => d.Id == "PA2001");
    }
}
