using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.CodeFixVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer, PromptAnalyzers.CodeFixes.Rules.Knowledge.HardcodedFactsCodeFixProvider>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

public sealed class HardcodedFactsCodeFixTests
{
    private static async Task VerifyAsync(string source, string fixedSource, params (string Name, string Content)[] knowledge)
    {
        var test = new Verify.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = HardcodedFactsCodeFixProvider.EquivalenceKey,
        };
        test.TestState.OutputKind = OutputKindOf(source);
        test.FixedState.OutputKind = OutputKindOf(source);
        test.TestState.MarkupHandling = MarkupMode.Allow;
        test.TestState.ExpectedDiagnostics.Clear();
        foreach (var (name, content) in knowledge)
        {
            test.FixedState.AdditionalFiles.Add((name, Microsoft.CodeAnalysis.Text.SourceText.From(content, System.Text.Encoding.UTF8)));
        }

        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
        try { await test.RunAsync(); } finally { foreach (var l in PlanTrace.Lines) Console.Error.WriteLine(l); }
    }

    private static OutputKind OutputKindOf(string source) => PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HardcodedFactsAnalyzer>.HasTopLevelStatements(source) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

    [Fact]
    public async Task MEAI_literal_system_prompt_with_user_message_in_the_same_call_async()
    {
        await VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            public static class Bot
            {
                public static async Task<string> AskAsync(IChatClient client, string question)
                {
                    var response = await client.GetResponseAsync(
                    [
                        new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. Be brief. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                        new ChatMessage(ChatRole.User, question),
                    ]);
                    return response.Text;
                }
            }
            """,
            """
            using Microsoft.Extensions.AI;
            using PromptAnalyzers.Knowledge;

            public static class Bot
            {
                public static async Task<string> AskAsync(IChatClient client, string question)
                {
                    var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(question);
                    var response = await client.GetResponseAsync(
                    [
                        new ChatMessage(ChatRole.System, "You are Contoso's support bot. Be brief." + knowledgeContext),
                        new ChatMessage(ChatRole.User, question),
                    ]);
                    return response.Text;
                }
            }
            """,
            ("knowledge/Bot.AskAsync.md", "# Bot.AskAsync\n\nThe Pro plan costs $49/month.\n\nRefunds are accepted within 30 days.\n"));
    }
}
