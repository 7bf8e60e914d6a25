using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.CodeFixes.Rules.Cost;
using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.CodeFixVerifier<PromptAnalyzers.Rules.Cost.PromptCachingAnalyzer, PromptAnalyzers.CodeFixes.Rules.Cost.PromptCachingFixer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2003's fix: the sentence or line with the dynamic part moves after the static text that follows it; the result
/// compiles and keeps every piece of the string. The cache minimum is lowered so that a short prompt reaches it.
/// </summary>
[Trait("Rule", "PA2003")]
public sealed class PromptCachingFixerTests
{
    private const string LowMinimum = "prompt_analyzers.cache_min_tokens.gpt-5.6-terra = 10";

    /// <summary>gpt-5.6-terra saves $1.80 per 1M cached tokens: 14 tokens $0.025 per 1,000 calls, 16 tokens $0.029, 18 tokens $0.032.</summary>
    private static DiagnosticResult Expected(int location, string hole, int tokens, string saving)
        => Verify.Diagnostic(PromptCachingAnalyzer.Rule).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("System prompt", hole, tokens.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "10", "gpt-5.6-terra (prompt_analyzers.default_model)", saving, "$0.20");

    private static async Task RunAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = PromptCachingFixer.EquivalenceKey };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + LowMinimum));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + LowMinimum));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_greeting_sentence_moves_after_the_instructions()
    {
        await RunAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, {|#0:$"Hello {userName}. You are a helpful support assistant for Contoso. Answer in two sentences."|});
            }
            """,
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, $"You are a helpful support assistant for Contoso. Answer in two sentences. Hello {userName}.");
            }
            """,
            Expected(0, "userName", 16, "$0.029"));
    }

    [Fact]
    public async Task A_date_line_moves_after_constant_instructions()
    {
        await RunAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                private const string Instructions = "You are a helpful support assistant for Contoso. Answer in two sentences.";

                public static ChatMessage Build(DateOnly today)
                    => new ChatMessage(ChatRole.System, {|#0:$"Today is {today:yyyy-MM-dd}.\n{Instructions}"|});
            }
            """,
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                private const string Instructions = "You are a helpful support assistant for Contoso. Answer in two sentences.";

                public static ChatMessage Build(DateOnly today)
                    => new ChatMessage(ChatRole.System, $"{Instructions}\nToday is {today:yyyy-MM-dd}.");
            }
            """,
            Expected(0, "{today:yyyy-MM-dd}", 16, "$0.029"));
    }

    [Fact]
    public async Task Only_the_first_dynamic_lines_move_and_the_rest_keeps_its_order()
    {
        // The leading static line stays first; the two lines about the user change place with the static rules after
        // them; the retrieved context at the end stays last.
        await RunAsync(
            """
            using OpenAI.Chat;
            static class Bot
            {
                public static SystemChatMessage Build(string userName, string plan, string context)
                    => new SystemChatMessage({|#0:$"You are Contoso's assistant.\nThe user is {userName}.\nTheir plan is {plan}.\nAnswer in two sentences, politely, and never promise refunds or delivery dates.\nContext:\n{context}"|});
            }
            """,
            """
            using OpenAI.Chat;
            static class Bot
            {
                public static SystemChatMessage Build(string userName, string plan, string context)
                    => new SystemChatMessage($"You are Contoso's assistant.\nAnswer in two sentences, politely, and never promise refunds or delivery dates.\nContext:\nThe user is {userName}.\nTheir plan is {plan}.\n{context}");
            }
            """,
            Expected(0, "plan", 18, "$0.032"));
    }

    [Fact]
    public async Task A_verbatim_string_keeps_its_line_breaks()
    {
        await RunAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, {|#0:$@"The user is {userName}.
            You are a helpful support assistant for Contoso. Answer in two sentences."|});
            }
            """,
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, $@"You are a helpful support assistant for Contoso. Answer in two sentences.
            The user is {userName}.");
            }
            """,
            Expected(0, "userName", 16, "$0.029"));
    }

    [Fact]
    public async Task Fix_all_reorders_every_prompt()
    {
        await RunAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Greet(string userName)
                    => new ChatMessage(ChatRole.System, {|#0:$"Hello {userName}. You are a helpful support assistant for Contoso. Answer in two sentences."|});

                public static ChatMessage Dated(DateTime now)
                    => new ChatMessage(ChatRole.System, {|#1:$"It is {now:t}! You are a helpful support assistant for Contoso. Answer in one sentence."|});
            }
            """,
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Greet(string userName)
                    => new ChatMessage(ChatRole.System, $"You are a helpful support assistant for Contoso. Answer in two sentences. Hello {userName}.");

                public static ChatMessage Dated(DateTime now)
                    => new ChatMessage(ChatRole.System, $"You are a helpful support assistant for Contoso. Answer in one sentence. It is {now:t}!");
            }
            """,
            Expected(0, "userName", 16, "$0.029"),
            Expected(1, "{now:t}", 16, "$0.029"));
    }

    [Fact]
    public async Task Not_offered_for_a_raw_string_or_a_hole_inside_a_sentence_with_no_static_sentence_after_it()
    {
        // A raw string's lines carry its indentation rules; in the second prompt the hole sits in the one sentence, so
        // there is no whole sentence to move.
        var source = """"
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Raw(string userName)
                    => new ChatMessage(ChatRole.System, {|#0:$"""
                        Hello {userName}.
                        You are a helpful support assistant for Contoso. Answer in two sentences.
                        """|});

                public static ChatMessage OneSentence(string userName)
                    => new ChatMessage(ChatRole.System, {|#1:$"For {userName}, you are a helpful support assistant for Contoso answering in two sentences"|});
            }
            """";
        await RunAsync(source, source, Expected(0, "userName", 16, "$0.029"), Expected(1, "userName", 14, "$0.025"));
    }
}
