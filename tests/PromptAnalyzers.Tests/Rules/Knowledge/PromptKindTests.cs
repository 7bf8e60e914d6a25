using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Tests.Infrastructure;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>
/// What PA1001 does in each kind of prompt (docs/rules/PA1001.md, "Where it looks"): test code, evaluation prompts, sample
/// turns and task input are skipped by default, and each kind comes back with its option.
/// </summary>
[Trait("Rule", "PA1001")]
[Trait("Rule", "PA2001")]
public sealed class PromptKindTests
{
    private const string Facts = "The Pro plan costs $49/month. Refunds are accepted within 30 days.";
    private const string FactsMessage = "2 facts ('$49/month', 'within 30 days')";

    private static DiagnosticResult Pa1001(int location, string role = "System prompt") =>
        Verify.Diagnostic(HardcodedFactsAnalyzer.Rule).WithLocation(location).WithArguments(role, FactsMessage).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>Runs PA1001 on <paramref name="source"/> with extra references and an optional .globalconfig and .editorconfig.</summary>
    private static async Task VerifyAsync(string source, IEnumerable<MetadataReference>? references = null, string? globalConfig = null, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.OutputKind = Verify.HasTopLevelStatements(source) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalReferences.AddRange(references ?? []);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>The source without its diagnostic markup, for the runs that expect nothing.</summary>
    private static string Unmarked(string source) => source.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);

    // ---- Test code -------------------------------------------------------------------------------

    public static TheoryData<string, string> TestAttributes => new()
    {
        { "using Xunit;", "[Fact]" },
        { "using Xunit;", "[Theory, InlineData(1)]" },
        { "using NUnit.Framework;", "[Test]" },
        { "using NUnit.Framework;", "[TestCase(1)]" },
        { "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]" },
        { "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[DataTestMethod, DataRow(1)]" },
    };

    [Theory]
    [MemberData(nameof(TestAttributes))]
    public async Task Facts_in_a_test_method_are_skipped_unless_analyze_tests(string usingDirective, string attribute)
    {
        var parameter = attribute.Contains('(', StringComparison.Ordinal) ? "int n" : string.Empty;
        var source = $$"""
            {{usingDirective}}
            using Microsoft.Extensions.AI;
            public class SupportBotTests
            {
                {{attribute}}
                public void Answers_about_plans({{parameter}})
                {
                    var message = new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. {{Facts}}"|});
                }
            }
            """;

        // The project says it is not a test project: only the attribute makes this test code.
        const string NotATestProject = "build_property.IsTestProject = false";
        await VerifyAsync(Unmarked(source), TestReferences.TestFrameworks, NotATestProject);
        await VerifyAsync(source, TestReferences.TestFrameworks, NotATestProject, "prompt_analyzers.analyze_tests = true", Pa1001(0));
    }

    [Fact]
    public async Task A_helper_of_a_test_class_is_test_code_and_the_application_class_beside_it_is_not()
    {
        await VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            using Xunit;
            public class SupportBotTests
            {
                [Fact]
                public void Answers_about_plans() => Ask();

                private static ChatMessage Ask() => new ChatMessage(ChatRole.System, "You are Contoso's support bot. {{Facts}}");
            }

            public class SupportBot
            {
                public static ChatMessage Prompt() => new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. {{Facts}}"|});
            }
            """,
            TestReferences.TestFrameworks,
            "build_property.IsTestProject = false",
            null,
            Pa1001(0));
    }

    [Fact]
    public async Task A_test_project_is_test_code_by_its_IsTestProject_property()
    {
        var source = $$"""
            using Microsoft.Extensions.AI;
            public static class Fixtures
            {
                public static ChatMessage Prompt() => new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. {{Facts}}"|});
            }
            """;
        await VerifyAsync(Unmarked(source), globalConfig: "build_property.IsTestProject = true");
        await VerifyAsync(source, globalConfig: "build_property.IsTestProject = true", editorConfig: "prompt_analyzers.analyze_tests = true", expected: Pa1001(0));
        await VerifyAsync(source, globalConfig: "build_property.IsTestProject = ", expected: Pa1001(0));
    }

    [Fact]
    public async Task Without_IsTestProject_a_referenced_test_framework_makes_the_project_test_code()
    {
        var source = $$"""
            using Microsoft.Extensions.AI;
            public static class Fixtures
            {
                public static ChatMessage Prompt() => new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. {{Facts}}"|});
            }
            """;
        await VerifyAsync(Unmarked(source), TestReferences.TestFrameworks);
        await VerifyAsync(source, TestReferences.TestFrameworks, "build_property.IsTestProject = false", expected: Pa1001(0));
    }

    [Fact]
    public async Task Cost_is_still_estimated_in_test_code()
    {
        var test = new AnalyzerVerifier<PromptCostAnalyzer>.Test
        {
            TestCode = """
                using Microsoft.Extensions.AI;
                public static class Fixtures
                {
                    public static ChatMessage Prompt() => new ChatMessage(ChatRole.System, {|#0:"You are a poet."|});
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PromptCostAnalyzer>.Diagnostic(PromptCostAnalyzer.TokenEstimateRule).WithLocation(0).WithArguments(
            "System prompt", "5", "o200k_base", string.Empty, "gpt-5.6-terra (prompt_analyzers.default_model) at $2.00/1M input ≈ $0.000010 per call, $0.010 per 1,000 calls"));
        await test.RunAsync();
    }

    // ---- Evaluation prompts ----------------------------------------------------------------------

    private const string Evaluator = $$"""
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.AI.Evaluation;
        public sealed class PlanAccuracyEvaluator : IEvaluator
        {
            public IReadOnlyCollection<string> EvaluationMetricNames => ["Plan accuracy"];

            public async ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
            {
                var judge = await chatConfiguration!.ChatClient.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, {|#0:"Grade the answer from 1 to 5 against these reference facts: {{Facts}}"|}), new ChatMessage(ChatRole.User, modelResponse.Text)],
                    cancellationToken: cancellationToken);
                return new EvaluationResult(new NumericMetric("Plan accuracy", double.Parse(judge.Text)));
            }
        }
        """;

    [Fact]
    public async Task Facts_in_an_evaluator_are_skipped_unless_analyze_evaluators()
    {
        await VerifyAsync(Unmarked(Evaluator));
        await VerifyAsync(Evaluator, editorConfig: "prompt_analyzers.analyze_evaluators = true", expected: Pa1001(0));
    }

    [Fact]
    public async Task The_same_prompt_outside_an_evaluator_is_reported()
    {
        await VerifyAsync(
            Evaluator.Replace(" : IEvaluator", string.Empty, StringComparison.Ordinal).Replace("[\"Plan accuracy\"]", "[]", StringComparison.Ordinal),
            expected: Pa1001(0));
    }

    // ---- Sample (few-shot) turns -----------------------------------------------------------------

    [Fact]
    public async Task Sample_turns_before_the_live_question_in_a_ChatHistory_are_skipped_unless_analyze_examples()
    {
        var source = $$"""
            using Microsoft.SemanticKernel.ChatCompletion;
            public static class Concierge
            {
                public static ChatHistory Build(string question)
                {
                    var history = new ChatHistory("You answer in the house style: one friendly sentence.");
                    history.AddUserMessage("How much is the Pro plan and can I get my money back?");
                    history.AddAssistantMessage({|#0:"{{Facts}}"|});
                    history.AddUserMessage(question);
                    return history;
                }
            }
            """;
        await VerifyAsync(Unmarked(source));
        await VerifyAsync(source, editorConfig: "prompt_analyzers.analyze_examples = true", expected: Pa1001(0, "Assistant message"));
    }

    [Fact]
    public async Task Sample_turns_in_a_message_list_before_the_user_input_are_skipped()
    {
        await VerifyAsync($$"""
            using Microsoft.Extensions.AI;
            public static class Concierge
            {
                public static Task<ChatResponse> Ask(IChatClient client, string question) => client.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.System, "You answer in the house style: one friendly sentence."),
                    new ChatMessage(ChatRole.User, "How much is the Pro plan?"),
                    new ChatMessage(ChatRole.Assistant, "{{Facts}}"),
                    new ChatMessage(ChatRole.User, question),
                ]);
            }
            """);
    }

    [Fact]
    public async Task An_assistant_turn_after_the_last_user_turn_is_not_a_sample_and_is_reported()
    {
        await VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            public static class Concierge
            {
                public static Task<ChatResponse> Ask(IChatClient client, string question) => client.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.User, question),
                    new ChatMessage(ChatRole.Assistant, {|#0:"{{Facts}}"|}),
                ]);
            }
            """,
            expected: Pa1001(0, "Assistant message"));
    }

    // ---- Task input ------------------------------------------------------------------------------

    [Fact]
    public async Task A_static_user_prompt_is_task_input_and_skipped_unless_analyze_task_input()
    {
        var source = $$"""
            using Microsoft.Extensions.AI;
            public static class Demo
            {
                public static Task<ChatResponse> Run(IChatClient client) => client.GetResponseAsync({|#0:"Summarise this for a customer: {{Facts}}"|});
            }
            """;
        await VerifyAsync(Unmarked(source));
        await VerifyAsync(source, editorConfig: "prompt_analyzers.analyze_task_input = true", expected: Pa1001(0, "User prompt"));
    }

    [Fact]
    public async Task A_user_template_that_wraps_the_live_question_carries_knowledge_and_is_reported()
    {
        await VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            public static class Support
            {
                public static Task<ChatResponse> Run(IChatClient client, string question) =>
                    client.GetResponseAsync({|#0:$"Answer from these facts: {{Facts}}\nQuestion: {question}"|});
            }
            """,
            expected: Pa1001(0, "User prompt"));
    }
}
