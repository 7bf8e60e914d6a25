using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.CodeFixes.Rules.Security;
using PromptAnalyzers.Rules.Security;
using Verify = PromptAnalyzers.Tests.Infrastructure.WebCodeFixVerifier<PromptAnalyzers.Rules.Security.UntrustedInputAnalyzer, PromptAnalyzers.CodeFixes.Rules.Security.UntrustedInputFixer>;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4001's fix: the untrusted hole moves into a user message after the instructions; the result compiles.</summary>
[Trait("Rule", "PA4001")]
public sealed class UntrustedInputFixerTests
{
    private static DiagnosticResult Expected(int location, string input, string sink = "system message")
        => Verify.Diagnostic(UntrustedInputAnalyzer.Rule).WithLocation(location).WithArguments(input, sink, string.Empty).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task RunAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UntrustedInputFixer.EquivalenceKey };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Interpolated_hole_of_a_system_message_in_a_collection_expression_moves_to_a_user_message()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class StyleController(IChatClient client) : ControllerBase
            {
                [HttpGet("answer")]
                public async Task<string> Answer(string style, string question)
                {
                    List<ChatMessage> messages =
                    [
                        new(ChatRole.System, {|#0:$"You are a support agent. Answer in the style of {style}."|}),
                        new(ChatRole.User, question),
                    ];
                    return (await client.GetResponseAsync(messages)).Text;
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class StyleController(IChatClient client) : ControllerBase
            {
                [HttpGet("answer")]
                public async Task<string> Answer(string style, string question)
                {
                    List<ChatMessage> messages =
                    [
                        new(ChatRole.System, $"You are a support agent. Answer in the style of (see the user's preferences in the next message)."),
                        new(ChatRole.User, $"{style}"),
                        new(ChatRole.User, question),
                    ];
                    return (await client.GetResponseAsync(messages)).Text;
                }
            }
            """,
            Expected(0, "action parameter 'style'"));
    }

    [Fact]
    public async Task Concatenated_header_in_an_openai_system_message_becomes_a_user_chat_message()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Http;
            using OpenAI.Chat;

            public sealed class Tones(ChatClient client)
            {
                public async Task<string> AnswerAsync(HttpRequest request, string question)
                {
                    string tone = request.Headers["X-Tone"].ToString();
                    ChatMessage[] messages = [new SystemChatMessage({|#0:"Answer in a " + tone + " tone."|}), new UserChatMessage(question)];
                    return (await client.CompleteChatAsync(messages)).Value.Content[0].Text;
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Http;
            using OpenAI.Chat;

            public sealed class Tones(ChatClient client)
            {
                public async Task<string> AnswerAsync(HttpRequest request, string question)
                {
                    string tone = request.Headers["X-Tone"].ToString();
                    ChatMessage[] messages = [new SystemChatMessage("Answer in a " + "(see the user's preferences in the next message)" + " tone."), new UserChatMessage(tone), new UserChatMessage(question)];
                    return (await client.CompleteChatAsync(messages)).Value.Content[0].Text;
                }
            }
            """,
            Expected(0, "request header 'X-Tone'"));
    }

    [Fact]
    public async Task Collection_initializer_and_add_statement_both_get_the_user_message_and_fix_all_fixes_both()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/a", async (string persona, IChatClient client) =>
                    {
                        var messages = new List<ChatMessage>
                        {
                            new ChatMessage(ChatRole.System, {|#0:$"You are {persona}. Keep it short."|}),
                        };
                        return (await client.GetResponseAsync(messages)).Text;
                    });
                    app.MapGet("/b", async (string topic, IChatClient client) =>
                    {
                        var messages = new List<ChatMessage>();
                        messages.Add(new ChatMessage(ChatRole.System, {|#1:$"Only talk about {topic}."|}));
                        return (await client.GetResponseAsync(messages)).Text;
                    });
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/a", async (string persona, IChatClient client) =>
                    {
                        var messages = new List<ChatMessage>
                        {
                            new ChatMessage(ChatRole.System, $"You are (see the user's preferences in the next message). Keep it short."),
                            new ChatMessage(ChatRole.User, $"{persona}"),
                        };
                        return (await client.GetResponseAsync(messages)).Text;
                    });
                    app.MapGet("/b", async (string topic, IChatClient client) =>
                    {
                        var messages = new List<ChatMessage>();
                        messages.Add(new ChatMessage(ChatRole.System, $"Only talk about (see the user's preferences in the next message)."));
                        messages.Add(new ChatMessage(ChatRole.User, $"{topic}"));
                        return (await client.GetResponseAsync(messages)).Text;
                    });
                }
            }
            """,
            Expected(0, "route handler parameter 'persona'"),
            Expected(1, "route handler parameter 'topic'"));
    }

    [Fact]
    public async Task Not_offered_for_instructions_a_lone_message_or_a_message_that_is_only_input()
    {
        var source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/a", async (string persona, string question, IChatClient client) =>
                        (await client.GetResponseAsync(question, new ChatOptions { Instructions = {|#0:$"You are {persona}."|} })).Text);
                    app.MapGet("/b", async (string persona, IChatClient client) =>
                        (await client.GetResponseAsync(new ChatMessage(ChatRole.System, {|#1:$"You are {persona}."|}))).Text);
                    app.MapGet("/c", async (string rules, IChatClient client) =>
                        (await client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#2:$"{rules}"|})])).Text);
                }
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Expected(0, "route handler parameter 'persona'", "ChatOptions.Instructions"),
            Expected(1, "route handler parameter 'persona'"),
            Expected(2, "route handler parameter 'rules'"),
        });
        await test.RunAsync();
    }
}
