using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.CodeFixes.Rules.Cost;
using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.CodeFixVerifier<PromptAnalyzers.Rules.Cost.PromptCachingAnalyzer, PromptAnalyzers.CodeFixes.Rules.Cost.PromptCachingFixer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2003's fix across messages: a system message with the dynamic part moves after the static system messages and sample
/// turns that follow it; the result compiles, keeps every message and no longer gets PA2003. Not offered where moving
/// would change what a role says (a user message). Token counts as in <see cref="PromptCachingMessageListTests"/>.
/// </summary>
[Trait("Rule", "PA2003")]
public sealed class PromptCachingMessageFixerTests
{
    private static DiagnosticResult Expected(string role, string hole, string tokens, string where, string saving, int location = 0)
        => Verify.Diagnostic(PromptCachingAnalyzer.Rule).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(role, hole, tokens, where, "60", "gpt-5.6-terra (prompt_analyzers.default_model)", saving, "$0.20");

    private static async Task RunAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var config = "root = true\n\n[*]\n" + PromptCachingMessageListTests.MinimumOf60;
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = PromptCachingFixer.EquivalenceKey };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        test.ExpectedDiagnostics.AddRange(expected);

        await test.RunAsync();
    }

    [Fact]
    public async Task An_AddSystemMessage_statement_moves_after_the_static_ones()
    {
        await RunAsync(
            $$"""
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatHistory Build(string customerName, string question)
                {
                    var history = new ChatHistory();
                    // Who is asking.
                    history.AddSystemMessage({|#0:$"The customer is {customerName}."|});
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    history.AddUserMessage(question);
                    return history;
                }
            }
            """,
            $$"""
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatHistory Build(string customerName, string question)
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    // Who is asking.
                    history.AddSystemMessage($"The customer is {customerName}.");
                    history.AddUserMessage(question);
                    return history;
                }
            }
            """,
            Expected("System prompt", "customerName", "93", " in the rest of this message and the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task A_retrieved_context_system_message_moves_to_the_end_of_a_collection_expression()
    {
        await RunAsync(
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static List<ChatMessage> Build(string context) =>
                [
                    new(ChatRole.System, {|#0:context|}),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels)
                ];
            }
            """,
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static List<ChatMessage> Build(string context) =>
                [
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                    new(ChatRole.System, context)
                ];
            }
            """,
            Expected("System prompt", "context", "92", " in the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task A_dated_system_message_moves_after_the_sample_turns_of_an_array()
    {
        await RunAsync(
            $$"""
            using System;
            using OpenAI.Chat;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatCompletion Ask(ChatClient chat, DateOnly today, string question)
                {
                    ChatMessage[] messages =
                    {
                        new SystemChatMessage({|#0:$"Today is {today:yyyy-MM-dd}"|}),
                        new SystemChatMessage(Writer),
                        new UserChatMessage("Rewrite this menu description so it sounds appetising but stays under 25 words. Keep all ingredients as listed."),
                        new AssistantChatMessage("Sure! The Team plan is $12 per user per month, and you can add up to 50 seats. If you pay annually you save 20%."),
                        new UserChatMessage(question),
                    };
                    return chat.CompleteChat(messages);
                }
            }
            """,
            $$"""
            using System;
            using OpenAI.Chat;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatCompletion Ask(ChatClient chat, DateOnly today, string question)
                {
                    ChatMessage[] messages =
                    {
                        new SystemChatMessage(Writer),
                        new UserChatMessage("Rewrite this menu description so it sounds appetising but stays under 25 words. Keep all ingredients as listed."),
                        new AssistantChatMessage("Sure! The Team plan is $12 per user per month, and you can add up to 50 seats. If you pay annually you save 20%."),
                        new SystemChatMessage($"Today is {today:yyyy-MM-dd}"),
                        new UserChatMessage(question),
                    };
                    return chat.CompleteChat(messages);
                }
            }
            """,
            Expected("System prompt", "{today:yyyy-MM-dd}", "105", " in the next 3 messages", "$0.19"));
    }

    [Fact]
    public async Task No_fix_for_a_user_message_or_across_a_statement_that_is_not_a_message()
    {
        // The user's context stays where the conversation puts it; the statement between the system messages is not part
        // of the list, so moving past it is not mechanical.
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static List<ChatMessage> UserContext(string context) =>
                [
                    new(ChatRole.User, {|#0:context|}),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                ];

                // Reordering the lines of this message would not cache Labels: the fix for one text is not offered either.
                public static ChatMessage[] Greeting(string userName) =>
                [
                    new(ChatRole.User, {|#2:$"The user is {userName}.\n{Writer}"|}),
                    new(ChatRole.System, Labels),
                ];

                public static ChatHistory Logged(string customerName)
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage({|#1:$"The customer is {customerName}."|});
                    Console.WriteLine(history.Count);
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    return history;
                }
            }
            """;
        var config = "root = true\n\n[*]\n" + PromptCachingMessageListTests.MinimumOf60;
        var test = new Verify.Test { TestCode = source, FixedCode = source, CodeActionEquivalenceKey = PromptCachingFixer.EquivalenceKey };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        test.ExpectedDiagnostics.Add(Expected("User prompt", "context", "92", " in the next 2 messages", "$0.17"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(PromptCachingAnalyzer.Rule).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("System prompt", "customerName", "93", " in the rest of this message and the next 2 messages", "60", "gpt-5.6-terra (prompt_analyzers.default_model)", "$0.17", "$0.20"));
        // ".\n" is one token in o200k_base (punctuation and the line break after it are one pre-token): 1 + 51 + 41 = 93.
        test.ExpectedDiagnostics.Add(Expected("User prompt", "userName", "93", " in the rest of this message and the next message", "$0.17", location: 2));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_moves_every_dynamic_message()
    {
        await RunAsync(
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatHistory History(string customerName)
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage({|#0:$"The customer is {customerName}."|});
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    return history;
                }

                public static List<ChatMessage> Messages(string context) => new List<ChatMessage>
                {
                    new(ChatRole.System, {|#1:context|}),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                };
            }
            """,
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{PromptCachingMessageListTests.Instructions}}

                public static ChatHistory History(string customerName)
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    history.AddSystemMessage($"The customer is {customerName}.");
                    return history;
                }

                public static List<ChatMessage> Messages(string context) => new List<ChatMessage>
                {
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                    new(ChatRole.System, context),
                };
            }
            """,
            Expected("System prompt", "customerName", "93", " in the rest of this message and the next 2 messages", "$0.17", location: 0),
            Expected("System prompt", "context", "92", " in the next 2 messages", "$0.17", location: 1));
    }
}
