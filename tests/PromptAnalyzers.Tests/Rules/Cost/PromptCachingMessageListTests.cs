using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCachingAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2003 across the messages of one request: the cached prefix is the whole request in order, so a dynamic part in an
/// earlier message defeats caching of the static messages after it. Token counts are OpenAI's reference tiktoken
/// (o200k_base) for the corpus texts used as instructions (../shared/corpus/tokens.jsonl): Writer (t1-prompt-1) 51,
/// Labels (t1-prompt-4) 41, Rewrite (t1-prompt-16) 22, TeamPlan (t1-prompt-5) 32; "." is one token. The minimum is
/// lowered to 60 tokens; gpt-5.6-terra saves $1.80 per 1M cached tokens ($2.00 input, $0.20 cached).
/// </summary>
[Trait("Rule", "PA2003")]
public sealed class PromptCachingMessageListTests
{
    internal const string MinimumOf60 = "prompt_analyzers.cache_min_tokens.gpt-5.6-terra = 60";

    internal const string Instructions = """
            private const string Writer = "You are a product-description writer for an online store.\nWrite one paragraph of at most 80 words for the product the user describes.\nUse a warm, confident tone. Do not invent specifications that were not given.\nEnd with a single call to action.";
            private const string Labels = "You classify inbound sales emails for a SaaS company.\nReturn exactly one label: \"lead\", \"customer_support\", \"partnership\", \"spam\".\nReturn the label only, lowercase, with no punctuation.";
        """;

    private const string Model = "gpt-5.6-terra (prompt_analyzers.default_model)";

    private static DiagnosticResult Expected(int location, string role, string hole, string tokens, string where, string saving)
        => Verify.Diagnostic(PromptCachingAnalyzer.Rule).WithLocation(location).WithArguments(role, hole, tokens, where, "60", Model, saving, "$0.20");

    [Fact]
    public async Task A_user_name_in_the_first_system_message_of_a_list_literal()
    {
        // "." + Writer + Labels = 1 + 51 + 41 = 93 tokens: 93 × $1.80 / 1M × 1,000 = $0.167.
        await Verify.VerifyAsync(
            $$"""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{Instructions}}

                public static List<ChatMessage> Build(string userName) => new List<ChatMessage>
                {
                    new(ChatRole.System, {|#0:$"Today is {DateTime.Now:d}. The user is {userName}."|}),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                };
            }
            """,
            MinimumOf60,
            Expected(0, "System prompt", "userName", "93", " in the rest of this message and the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task Retrieved_context_in_a_message_of_its_own_before_the_instructions()
    {
        // The context message has no static text of its own: the diagnostic goes on its value. 51 + 41 = 92 tokens.
        await Verify.VerifyAsync(
            $$"""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{Instructions}}

                public static async Task<ChatResponse> Ask(IChatClient client, string question, string context)
                {
                    List<ChatMessage> messages =
                    [
                        new(ChatRole.User, {|#0:context|}),
                        new(ChatRole.System, Writer),
                        new(ChatRole.System, Labels),
                        new(ChatRole.User, question),
                    ];
                    return await client.GetResponseAsync(messages);
                }
            }
            """,
            MinimumOf60,
            Expected(0, "User prompt", "context", "92", " in the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task A_ChatHistory_built_with_AddSystemMessage()
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{Instructions}}

                public static ChatHistory Build(string customerName, string question)
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage({|#0:$"The customer is {customerName}."|});
                    history.AddSystemMessage(Writer);
                    history.AddSystemMessage(Labels);
                    history.AddUserMessage(question);
                    return history;
                }
            }
            """,
            MinimumOf60,
            Expected(0, "System prompt", "customerName", "93", " in the rest of this message and the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task An_OpenAI_message_array_with_sample_turns_after_the_dated_system_message()
    {
        // Writer + the sample user turn + the sample answer = 51 + 22 + 32 = 105 tokens: $0.189 per 1,000 calls.
        await Verify.VerifyAsync(
            $$"""
            using System;
            using OpenAI.Chat;
            static class Bot
            {
            {{Instructions}}

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
            MinimumOf60,
            Expected(0, "System prompt", "{today:yyyy-MM-dd}", "105", " in the next 3 messages", "$0.19"));
    }

    [Fact]
    public async Task Once_per_request_at_its_first_dynamic_part()
    {
        // The retrieved context later in the list is also followed by 92 static tokens; the first dynamic part is reported.
        await Verify.VerifyAsync(
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{Instructions}}

                public static List<ChatMessage> Build(string userName, string context) =>
                [
                    new(ChatRole.System, {|#0:$"The user is {userName}."|}),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                    new(ChatRole.User, context),
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                ];
            }
            """,
            MinimumOf60,
            Expected(0, "System prompt", "userName", "93", " in the rest of this message and the next 2 messages", "$0.17"));
    }

    [Fact]
    public async Task No_diagnostic_when_the_dynamic_message_is_last_the_static_messages_are_below_the_minimum_or_all_is_static()
    {
        await Verify.VerifyAsync(
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
            {{Instructions}}

                public static List<ChatMessage> DynamicLast(string userName, string question) => new List<ChatMessage>
                {
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                    new(ChatRole.System, $"The user is {userName}."),
                    new(ChatRole.User, question),
                };

                public static ChatHistory BelowTheMinimum(string userName, string question)
                {
                    // "." + Writer = 52 tokens, under 60: then the question, which is dynamic.
                    var history = new ChatHistory();
                    history.AddSystemMessage($"The user is {userName}.");
                    history.AddSystemMessage(Writer);
                    history.AddUserMessage(question);
                    history.AddSystemMessage(Labels);
                    return history;
                }

                public static ChatMessage[] AllStatic() =>
                [
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                ];
            }
            """,
            MinimumOf60);
    }

    [Fact]
    public async Task No_diagnostic_after_history_the_code_does_not_show()
    {
        // A spread of the conversation so far ends the static run: what comes after it is not a prefix the code fixes.
        await Verify.VerifyAsync(
            $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            static class Bot
            {
            {{Instructions}}

                public static List<ChatMessage> Build(string userName, List<ChatMessage> history) =>
                [
                    new(ChatRole.System, $"The user is {userName}"),
                    .. history,
                    new(ChatRole.System, Writer),
                    new(ChatRole.System, Labels),
                ];
            }
            """,
            MinimumOf60);
    }
}
