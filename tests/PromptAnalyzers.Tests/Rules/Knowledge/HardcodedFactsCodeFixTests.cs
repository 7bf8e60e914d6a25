using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.CodeFixVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer, PromptAnalyzers.CodeFixes.Rules.Knowledge.HardcodedFactsCodeFixProvider>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

[Trait("Rule", "PA1001")]
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
        test.TestState.ExpectedDiagnostics.Clear();
        foreach (var (name, content) in knowledge)
        {
            test.FixedState.AdditionalFiles.Add((name, Microsoft.CodeAnalysis.Text.SourceText.From(content, System.Text.Encoding.UTF8)));
        }

        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
        await test.RunAsync();
    }

    private static OutputKind OutputKindOf(string source) => PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HardcodedFactsAnalyzer>.HasTopLevelStatements(WithoutMarkup(source)) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

    private static string WithoutMarkup(string source) => System.Text.RegularExpressions.Regex.Replace(source, @"\{\|[A-Z0-9]+:|\|\}", string.Empty);

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

    [Fact]
    public async Task OpenAI_const_field_prompt_in_a_synchronous_method_uses_the_synchronous_retrieval()
    {
        await VerifyAsync(
            """
            using OpenAI.Chat;

            public sealed class SupportBot
            {
                private const string SystemPrompt = "You answer questions about Contoso. Standard shipping costs $4.99. Call +1 800 555 0199 for help. Keep answers short.";

                public string Ask(ChatClient client, string question)
                {
                    ChatCompletion completion = client.CompleteChat(new SystemChatMessage({|PA1001:SystemPrompt|}), new UserChatMessage(question));
                    return completion.Content[0].Text;
                }
            }
            """,
            """
            using OpenAI.Chat;
            using PromptAnalyzers.Knowledge;

            public sealed class SupportBot
            {
                private const string SystemPrompt = "You answer questions about Contoso. Keep answers short.";

                public string Ask(ChatClient client, string question)
                {
                    var knowledgeContext = KnowledgeBase.Default.GetContext(question);
                    ChatCompletion completion = client.CompleteChat(new SystemChatMessage(SystemPrompt + knowledgeContext), new UserChatMessage(question));
                    return completion.Content[0].Text;
                }
            }
            """,
            ("knowledge/SupportBot.SystemPrompt.md", "# SupportBot.SystemPrompt\n\nStandard shipping costs $4.99.\n\nCall +1 800 555 0199 for help.\n"));
    }

    [Fact]
    public async Task Semantic_Kernel_local_raw_string_prompt_in_an_async_method()
    {
        await VerifyAsync(
            """"
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public static class Store
            {
                public static async Task<string?> AnswerAsync(IChatCompletionService chat, string customerQuestion)
                {
                    var prompt = """
                        You are the assistant of an outdoor store.
                        - Tents can be returned within 30 days.
                        - The store is open Monday to Friday 9:00-18:00.
                        Answer politely.
                        """;
                    var history = new ChatHistory();
                    history.AddSystemMessage({|PA1001:prompt|});
                    history.AddUserMessage(customerQuestion);
                    var reply = await chat.GetChatMessageContentAsync(history);
                    return reply.Content;
                }
            }
            """",
            """"
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using PromptAnalyzers.Knowledge;

            public static class Store
            {
                public static async Task<string?> AnswerAsync(IChatCompletionService chat, string customerQuestion)
                {
                    var prompt = """
                        You are the assistant of an outdoor store.
                        Answer politely.
                        """;
                    var history = new ChatHistory();
                    var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(customerQuestion);
                    history.AddSystemMessage(prompt + knowledgeContext);
                    history.AddUserMessage(customerQuestion);
                    var reply = await chat.GetChatMessageContentAsync(history);
                    return reply.Content;
                }
            }
            """",
            ("knowledge/Store.AnswerAsync.md", "# Store.AnswerAsync\n\n- Tents can be returned within 30 days.\n\n- The store is open Monday to Friday 9:00-18:00.\n"));
    }

    [Fact]
    public async Task Top_level_program_with_a_verbatim_literal_and_ChatOptions_instructions()
    {
        await VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            IChatClient client = null!;
            var question = args[0];
            var options = new ChatOptions { Instructions = {|PA1001:@"You are Contoso's bot. Say ""hi"" first. Support is reachable at support@contoso.com. The Pro plan costs $49/month."|} };
            var answer = await client.GetResponseAsync(question, options);
            Console.WriteLine(answer.Text);
            """,
            """
            using Microsoft.Extensions.AI;
            using PromptAnalyzers.Knowledge;

            IChatClient client = null!;
            var question = args[0];
            var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(question);
            var options = new ChatOptions { Instructions = @"You are Contoso's bot. Say ""hi"" first." + knowledgeContext };
            var answer = await client.GetResponseAsync(question, options);
            Console.WriteLine(answer.Text);
            """,
            ("knowledge/Program.md", "# Program\n\nSupport is reachable at support@contoso.com.\n\nThe Pro plan costs $49/month.\n"));
    }

    /// <summary>
    /// One case per reason the fix planner (<c>KnowledgeFixPlanner</c>) declines: PA1001 is reported, no fix is offered.
    /// Its other bail-outs (diagnostic properties missing, a sink that is not a string expression, fact units outside the
    /// text) cannot be reached from a diagnostic the analyzer reports.
    /// </summary>
    public static TheoryData<string, string> FixNotOffered { get; } = new()
    {
        {
            "the prompt is built by concatenation, not one literal",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days. " + tone|}),
                new ChatMessage(ChatRole.User, question),
            ]);
            return response.Text;
            """
        },
        {
            "the prompt is an interpolated string",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:$"You are a {tone} support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, question),
            ]);
            return response.Text;
            """
        },
        {
            "the prompt is a field that can be reassigned",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:MutablePrompt|}),
                new ChatMessage(ChatRole.User, question),
            ]);
            return response.Text;
            """
        },
        {
            "the prompt is a local written again after its declaration",
            """
            var prompt = "You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days.";
            prompt += " Answer in English.";
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:prompt|}),
                new ChatMessage(ChatRole.User, question),
            ]);
            return response.Text;
            """
        },
        {
            "the call is in a statement that is not in a block",
            """
            if (question.Length > 0)
                return (await client.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                    new ChatMessage(ChatRole.User, question),
                ])).Text;
            return string.Empty;
            """
        },
        {
            "the call is inside a lambda",
            """
            return await Task.Run(async () => (await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, question),
            ])).Text);
            """
        },
        {
            "there is no user input to search with",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, "Say hello."),
            ]);
            return response.Text;
            """
        },
        {
            "two different user inputs go with the prompt",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, question),
                new ChatMessage(ChatRole.User, tone),
            ]);
            return response.Text;
            """
        },
        {
            "reading the user input again would call a method",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, Console.ReadLine()!),
            ]);
            return response.Text;
            """
        },
        {
            "the user input reads a variable declared inside the call",
            """
            var response = await client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, {|PA1001:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days."|}),
                new ChatMessage(ChatRole.User, input is string text ? text : question),
            ]);
            return response.Text;
            """
        },
    };

    [Theory]
    [MemberData(nameof(FixNotOffered))]
    public async Task Fix_not_offered_when(string reason, string body)
    {
        _ = reason; // names the case in the test explorer
        var source = $$"""
            using System;
            using Microsoft.Extensions.AI;

            public static class Bot
            {
                private static string MutablePrompt = "You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days.";

                public static async Task<string> AskAsync(IChatClient client, string question, string tone, object input)
                {
            {{string.Join("\n", body.Split('\n').Select(line => line.Length == 0 ? line : "        " + line))}}
                }
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_a_document_fixes_every_prompt_with_unique_files_and_names()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using OpenAI.Chat;

                public sealed class Bots
                {
                    public string Shipping(ChatClient client, string question)
                        => Send(client, question);

                    private static string Send(ChatClient client, string question)
                    {
                        var first = client.CompleteChat(new SystemChatMessage({|PA1001:"Shipping takes 3-5 business days. Express costs $14.99. Be brief."|}), new UserChatMessage(question));
                        return first.Value.Content[0].Text;
                    }

                    public async Task<string> ReturnsAsync(ChatClient client, string question)
                    {
                        var result = await client.CompleteChatAsync(new SystemChatMessage({|PA1001:"Returns are accepted within 30 days. Refunds take 5 business days. Be kind."|}), new UserChatMessage(question));
                        return result.Value.Content[0].Text;
                    }
                }
                """,
            FixedCode = """
                using OpenAI.Chat;
                using PromptAnalyzers.Knowledge;

                public sealed class Bots
                {
                    public string Shipping(ChatClient client, string question)
                        => Send(client, question);

                    private static string Send(ChatClient client, string question)
                    {
                        var knowledgeContext = KnowledgeBase.Default.GetContext(question);
                        var first = client.CompleteChat(new SystemChatMessage("Be brief." + knowledgeContext), new UserChatMessage(question));
                        return first.Value.Content[0].Text;
                    }

                    public async Task<string> ReturnsAsync(ChatClient client, string question)
                    {
                        var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(question);
                        var result = await client.CompleteChatAsync(new SystemChatMessage("Be kind." + knowledgeContext), new UserChatMessage(question));
                        return result.Value.Content[0].Text;
                    }
                }
                """,
            CodeActionEquivalenceKey = HardcodedFactsCodeFixProvider.EquivalenceKey,
            NumberOfFixAllIterations = 1,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.AdditionalFiles.Add(("knowledge/Bots.Send.md", Utf8("# Bots.Send\n\nShipping takes 3-5 business days.\n\nExpress costs $14.99.\n")));
        test.FixedState.AdditionalFiles.Add(("knowledge/Bots.ReturnsAsync.md", Utf8("# Bots.ReturnsAsync\n\nReturns are accepted within 30 days.\n\nRefunds take 5 business days.\n")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Arrow_bodied_method_calling_a_declared_prompt_method_becomes_a_block_that_retrieves_first()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.Extensions.AI;

                public sealed class SupportDesk(IChatClient client)
                {
                    public Task<string> WarrantyAsync(string question) =>
                        Ask({|PA1001:"Every Northwind tent has a 5-year warranty; sleeping bags have 2 years. Claims go to warranty@northwind.example with a photo."|}, question);

                    public async Task<string> Ask(string systemPrompt, string question)
                    {
                        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, systemPrompt), new ChatMessage(ChatRole.User, question)]);
                        return response.Text;
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.AI;
                using PromptAnalyzers.Knowledge;

                public sealed class SupportDesk(IChatClient client)
                {
                    public Task<string> WarrantyAsync(string question)
                    {
                        var knowledgeContext = KnowledgeBase.Default.GetContext(question);
                        return Ask("" + knowledgeContext, question);
                    }

                    public async Task<string> Ask(string systemPrompt, string question)
                    {
                        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, systemPrompt), new ChatMessage(ChatRole.User, question)]);
                        return response.Text;
                    }
                }
                """,
            CodeActionEquivalenceKey = HardcodedFactsCodeFixProvider.EquivalenceKey,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nprompt_analyzers.prompt_methods = SupportDesk.Ask(systemPrompt)\n"));
        test.FixedState.AdditionalFiles.Add(("knowledge/SupportDesk.WarrantyAsync.md", Utf8("# SupportDesk.WarrantyAsync\n\nEvery Northwind tent has a 5-year warranty; sleeping bags have 2 years.\n\nClaims go to warranty@northwind.example with a photo.\n")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Arrow_bodied_async_and_void_functions_await_and_keep_their_result_shape()
    {
        await VerifyAsync(
            """
            using OpenAI.Chat;
            using System;

            public sealed class Bots
            {
                public async Task<string> ShippingAsync(ChatClient client, string question) => (await client.CompleteChatAsync(new SystemChatMessage({|PA1001:"Shipping takes 3-5 business days. Express costs $14.99. Be brief."|}), new UserChatMessage(question))).Value.Content[0].Text;

                public void Log(ChatClient client, string question)
                {
                    Print(question);

                    void Print(string q) => Console.WriteLine(client.CompleteChat(new SystemChatMessage({|PA1001:"Returns are accepted within 30 days. Refunds take 5 business days. Be kind."|}), new UserChatMessage(q)).Value.Content[0].Text);
                }
            }
            """,
            """
            using OpenAI.Chat;
            using PromptAnalyzers.Knowledge;
            using System;

            public sealed class Bots
            {
                public async Task<string> ShippingAsync(ChatClient client, string question)
                {
                    var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(question);
                    return (await client.CompleteChatAsync(new SystemChatMessage("Be brief." + knowledgeContext), new UserChatMessage(question))).Value.Content[0].Text;
                }

                public void Log(ChatClient client, string question)
                {
                    Print(question);

                    void Print(string q)
                    {
                        var knowledgeContext = KnowledgeBase.Default.GetContext(q);
                        Console.WriteLine(client.CompleteChat(new SystemChatMessage("Be kind." + knowledgeContext), new UserChatMessage(q)).Value.Content[0].Text);
                    }
                }
            }
            """,
            ("knowledge/Bots.ShippingAsync.md", "# Bots.ShippingAsync\n\nShipping takes 3-5 business days.\n\nExpress costs $14.99.\n"),
            ("knowledge/Bots.Log.md", "# Bots.Log\n\nReturns are accepted within 30 days.\n\nRefunds take 5 business days.\n"));
    }

    [Fact]
    public async Task Arrow_body_with_a_comment_around_the_arrow_is_left_as_it_is()
    {
        var source = """
            using OpenAI.Chat;

            public sealed class Bots
            {
                public async Task SendAsync(ChatClient client, string question) => // the comment would have no place in a block
                    await client.CompleteChatAsync(new SystemChatMessage({|PA1001:"Shipping takes 3-5 business days. Express costs $14.99. Be brief."|}), new UserChatMessage(question));
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        await test.RunAsync();
    }

    [Fact]
    public async Task Arrow_bodied_async_Task_method_runs_its_expression_as_a_statement()
    {
        await VerifyAsync(
            """
            using OpenAI.Chat;

            public sealed class Bots
            {
                public async Task SendAsync(ChatClient client, string question) =>
                    await client.CompleteChatAsync(new SystemChatMessage({|PA1001:"Shipping takes 3-5 business days. Express costs $14.99. Be brief."|}), new UserChatMessage(question));
            }
            """,
            """
            using OpenAI.Chat;
            using PromptAnalyzers.Knowledge;

            public sealed class Bots
            {
                public async Task SendAsync(ChatClient client, string question)
                {
                    var knowledgeContext = await KnowledgeBase.Default.GetContextAsync(question);
                    await client.CompleteChatAsync(new SystemChatMessage("Be brief." + knowledgeContext), new UserChatMessage(question));
                }
            }
            """,
            ("knowledge/Bots.SendAsync.md", "# Bots.SendAsync\n\nShipping takes 3-5 business days.\n\nExpress costs $14.99.\n"));
    }

    private static Microsoft.CodeAnalysis.Text.SourceText Utf8(string text) => Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8);
}
