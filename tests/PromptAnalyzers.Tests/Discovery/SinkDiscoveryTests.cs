using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>Every sink family is recognised by symbol, with its role.</summary>
public sealed class SinkDiscoveryTests
{
    private static PromptSite Single(string source)
    {
        var sites = DiscoveryHarness.Sites(source);
        Assert.True(sites.Length == 1, $"Expected one site, found {sites.Length}: " + string.Join(" | ", sites.Select(s => s.Role + ":" + s.Text.Render())));
        return sites[0];
    }

    [Theory]
    [InlineData("ChatRole.System", PromptRole.System)]
    [InlineData("ChatRole.User", PromptRole.User)]
    [InlineData("ChatRole.Assistant", PromptRole.Assistant)]
    [InlineData("new ChatRole(\"system\")", PromptRole.System)]
    public void ExtensionsAI_ChatMessage_takes_role_from_ChatRole(string role, PromptRole expected)
    {
        var site = Single($$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage({{role}}, "You are a helpful assistant.");
            """);
        Assert.Equal(expected, site.Role);
        Assert.Equal("You are a helpful assistant.", site.Text.Render());
        Assert.Equal("Microsoft.Extensions.AI.ChatMessage", site.Sink);
    }

    [Fact]
    public void ExtensionsAI_tool_messages_are_not_prompts()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.Tool, "42 degrees");
            """));
    }

    [Fact]
    public void ExtensionsAI_TextContent_inside_a_message_takes_the_message_role()
    {
        var site = Single("""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, [new TextContent("Answer in French.")]);
            """);
        Assert.Equal(PromptRole.System, site.Role);
        Assert.Equal("Answer in French.", site.Text.Render());
    }

    [Fact]
    public void ExtensionsAI_TextContent_outside_a_message_is_not_a_prompt()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            var content = new TextContent("not sent anywhere");
            """));
    }

    [Fact]
    public void ExtensionsAI_GetResponseAsync_string_and_ChatOptions_Instructions()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            static async Task Run(IChatClient client)
            {
                var options = new ChatOptions { Instructions = "Reply in one sentence." };
                await client.GetResponseAsync("Summarise the plot of Hamlet.", options);
                await foreach (var update in client.GetStreamingResponseAsync("Tell me a joke.")) { }
            }
            """);
        Assert.Equal(3, sites.Length);
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "Reply in one sentence.");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "Summarise the plot of Hamlet.");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "Tell me a joke.");
    }

    [Fact]
    public void OpenAI_message_types_factories_and_implicit_string()
    {
        var sites = DiscoveryHarness.Sites("""
            using OpenAI.Chat;
            static void Run(ChatClient client)
            {
                client.CompleteChat(
                    new SystemChatMessage("You are a poet."),
                    new DeveloperChatMessage("Use rhymes."),
                    new UserChatMessage("Write about rain."),
                    new AssistantChatMessage("Rain falls softly."),
                    ChatMessage.CreateSystemMessage("Be short."),
                    ChatMessage.CreateUserMessage("Now about snow."),
                    "And about wind.");
            }
            """);
        Assert.Equal(
            new[] { "System:You are a poet.", "Developer:Use rhymes.", "User:Write about rain.", "Assistant:Rain falls softly.", "System:Be short.", "User:Now about snow.", "User:And about wind." },
            sites.Select(s => s.Role + ":" + s.Text.Render()).ToArray());
    }

    [Fact]
    public void OpenAI_content_parts_take_the_message_role()
    {
        var site = Single("""
            using OpenAI.Chat;
            var message = new SystemChatMessage(ChatMessageContentPart.CreateTextPart("Only answer about cooking."));
            """);
        Assert.Equal(PromptRole.System, site.Role);
    }

    [Fact]
    public void OpenAI_responses_input_and_instructions()
    {
        var sites = DiscoveryHarness.Sites("""
            using OpenAI.Responses;
            #pragma warning disable OPENAI001
            static async Task Run(ResponsesClient client)
            {
                var options = new CreateResponseOptions { Instructions = "You are terse." };
                await client.CreateResponseAsync("gpt-4.1", "What is 2+2?");
                var item = ResponseItem.CreateDeveloperMessageItem("Format as JSON.");
            }
            """);
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "You are terse.");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "What is 2+2?" && s.Model.ModelId == "gpt-4.1");
        Assert.Contains(sites, s => s.Role == PromptRole.Developer && s.Text.Render() == "Format as JSON.");
    }

    [Fact]
    public void SemanticKernel_chat_history_prompts_and_templates()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            static async Task Run(Kernel kernel)
            {
                var history = new ChatHistory("You are a librarian.");
                history.AddSystemMessage("Recommend two books at most.");
                history.AddUserMessage("I like space operas.");
                history.AddAssistantMessage("Try Hyperion.");
                history.AddMessage(AuthorRole.Developer, "No spoilers.");
                await kernel.InvokePromptAsync("Summarise {{$input}} in one line.");
                var function = kernel.CreateFunctionFromPrompt("Translate {{$text}} to German.");
                var fromFactory = KernelFunctionFactory.CreateFromPrompt("Classify {{$ticket}}.");
                var config = new PromptTemplateConfig { Template = "Write a haiku about {{$topic}}." };
            }
            """);
        Assert.Equal(
            new[]
            {
                "System:You are a librarian.", "System:Recommend two books at most.", "User:I like space operas.", "Assistant:Try Hyperion.",
                "Developer:No spoilers.", "Template:Summarise {{$input}} in one line.", "Template:Translate {{$text}} to German.",
                "Template:Classify {{$ticket}}.", "Template:Write a haiku about {{$topic}}.",
            },
            sites.Select(s => s.Role + ":" + s.Text.Render()).ToArray());
    }

    [Fact]
    public void Anthropic_system_and_message_content()
    {
        var sites = DiscoveryHarness.Sites("""
            using Anthropic.Models.Messages;
            var parameters = new MessageCreateParams
            {
                Model = "claude-sonnet-4-5",
                MaxTokens = 512,
                System = "You are a travel agent.",
                Messages = [new UserMessageParam { Content = "Plan a weekend in Rome." }, new AssistantMessageParam { Content = "Day one: the Forum." }],
            };
            """);
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "You are a travel agent.");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "Plan a weekend in Rome.");
        Assert.Contains(sites, s => s.Role == PromptRole.Assistant && s.Text.Render() == "Day one: the Forum.");
        Assert.Equal(3, sites.Length);
    }

    [Fact]
    public void OllamaSharp_chat_generate_and_model_requests()
    {
        var sites = DiscoveryHarness.Sites("""
            using OllamaSharp;
            using OllamaSharp.Models;
            static async Task Run()
            {
                var client = new OllamaApiClient("http://localhost:11434", "llama3.1");
                var chat = new Chat(client, "You are a pirate.");
                await foreach (var token in chat.SendAsync("Say hello.")) { }
                var request = new GenerateRequest { Prompt = "Why is the sky blue?", System = "Answer like a physicist." };
                var create = new CreateModelRequest { Model = "pirate", System = "Always say arr." };
            }
            """);
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "You are a pirate." && s.Model.ModelId == "llama3.1");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "Say hello.");
        Assert.Contains(sites, s => s.Role == PromptRole.User && s.Text.Render() == "Why is the sky blue?");
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "Answer like a physicist.");
        Assert.Contains(sites, s => s.Role == PromptRole.System && s.Text.Render() == "Always say arr.");
        Assert.Equal(5, sites.Length);
    }

    [Fact]
    public void Decoys_stay_silent()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using System;
            using System.Net.Http;
            namespace MyApp.Chat
            {
                public sealed class ChatMessage
                {
                    public ChatMessage(string role, string content) { }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var lookAlike = new ChatMessage("system", "You are a helpful assistant. The Pro plan costs $49/month.");
                        Console.WriteLine("You are a helpful assistant.");
                        var sql = "SELECT * FROM Plans WHERE Price = 49";
                        var body = new StringContent("{\"prompt\":\"You are a helpful assistant\"}");
                        throw new InvalidOperationException("You are not allowed to do this.");
                    }
                }
            }
            """));
    }
}
