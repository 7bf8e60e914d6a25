using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>Prompt helpers, declared prompt methods and model resolution.</summary>
public sealed class PromptFlowTests
{
    [Fact]
    public void Helper_method_parameter_reaching_a_sink_is_reported_at_the_call_site()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public sealed class Support(IChatClient client)
            {
                public Task<ChatResponse> Refund(string question) => Ask("You are a refunds assistant.", question);

                private Task<ChatResponse> Ask(string systemPrompt, string question) =>
                    client.GetResponseAsync([new ChatMessage(ChatRole.System, systemPrompt + "\nAnswer briefly."), new ChatMessage(ChatRole.User, question)]);
            }
            """);

        // The helper's own sink has static text too (its suffix); the call site carries the whole prompt.
        var callSite = Assert.Single(sites, s => s.Node.ToString() == "\"You are a refunds assistant.\"");
        Assert.Equal(PromptRole.System, callSite.Role);
        Assert.Equal("You are a refunds assistant.\nAnswer briefly.", callSite.Text.Render());
        Assert.Contains(sites, s => s.Text.Render() == "{…}\nAnswer briefly.");
        Assert.Equal(2, sites.Length);
    }

    [Fact]
    public void Helpers_are_followed_across_classes_and_through_other_helpers()
    {
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using OpenAI.Chat;
            internal static class Llm
            {
                internal static ChatCompletion Ask(ChatClient client, string instructions, string input) => Inner(client, instructions, input);

                private static ChatCompletion Inner(ChatClient client, string system, string user) =>
                    client.CompleteChat(new SystemChatMessage(system), new UserChatMessage(user));
            }
            """,
            """
            using OpenAI.Chat;
            internal static class Caller
            {
                internal static void Run(ChatClient client, string question) => Llm.Ask(client, "You are a chess coach.", question);
            }
            """,
        });
        var site = Assert.Single(sites);
        Assert.Equal(PromptRole.System, site.Role);
        Assert.Equal("You are a chess coach.", site.Text.Render());
    }

    [Fact]
    public void Recursive_helpers_terminate()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            internal static class Loop
            {
                internal static ChatMessage A(string p, int n) => n == 0 ? new ChatMessage(ChatRole.System, p) : B(p + ".", n - 1);
                internal static ChatMessage B(string p, int n) => A(p, n);
                internal static ChatMessage Run() => A("You are recursive", 3);
            }
            """);
        Assert.Contains(sites, s => s.Text.Render().StartsWith("You are recursive", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_prompt_methods_from_editorconfig()
    {
        var sites = DiscoveryHarness.Sites(
            """
            namespace MyApp.Llm
            {
                public static class Gateway
                {
                    public static Task<string> AskAsync(string prompt, int maxTokens) => Task.FromResult(prompt);
                    public static void Log(string message) { }
                }

                public static class Use
                {
                    public static Task<string> Run()
                    {
                        Gateway.Log("Not a prompt.");
                        return Gateway.AskAsync("Summarise the news in three bullets.", 200);
                    }
                }
            }
            """,
            "prompt_analyzers.prompt_methods = MyApp.Llm.Gateway.AskAsync(prompt); Missing.Type.Method(x)");
        var site = Assert.Single(sites);
        Assert.Equal(PromptRole.Unknown, site.Role);
        Assert.Equal("Summarise the news in three bullets.", site.Text.Render());
    }

    [Fact]
    public void Declared_prompt_methods_separated_by_spaces_are_all_read()
    {
        // in .editorconfig a ';' starts a comment: spaces are the separator that reaches the analyzer whole
        var sites = DiscoveryHarness.Sites(
            """
            namespace MyApp.Llm
            {
                public static class Gateway
                {
                    public static Task<string> AskAsync(string prompt) => Task.FromResult(prompt);
                    public static Task<string> Send(string system, string user) => Task.FromResult(system + user);
                }

                public static class Use
                {
                    public static Task<string> Run() => Gateway.AskAsync("Summarise the news in three bullets.");
                    public static Task<string> Other(string q) => Gateway.Send("You translate into French.", q);
                }
            }
            """,
            "prompt_analyzers.prompt_methods = MyApp.Llm.Gateway.AskAsync(prompt) MyApp.Llm.Gateway.Send(system, user)");
        Assert.Equal(
            new[] { "Summarise the news in three bullets.", "You translate into French." },
            sites.Select(s => s.Text.Render()).OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public void A_helper_that_is_also_declared_is_reported_once_with_its_role()
    {
        var sites = DiscoveryHarness.Sites(
            """
            using Microsoft.Extensions.AI;
            namespace App
            {
                public sealed class Desk(IChatClient client)
                {
                    public Task<ChatResponse> Ask(string systemPrompt, string question) =>
                        client.GetResponseAsync([new ChatMessage(ChatRole.System, systemPrompt), new ChatMessage(ChatRole.User, question)]);

                    public Task<ChatResponse> Warranty(string q) => Ask("You answer warranty questions.", q);
                }
            }
            """,
            "prompt_analyzers.prompt_methods = App.Desk.Ask(systemPrompt)");
        var site = Assert.Single(sites);
        Assert.Equal(PromptRole.System, site.Role);
    }

    [Theory]
    [InlineData("new ChatClient(\"gpt-4o-mini\", \"key\")", "gpt-4o-mini")]
    [InlineData("new OpenAI.OpenAIClient(\"key\").GetChatClient(\"gpt-4.1-nano\")", "gpt-4.1-nano")]
    public void Model_from_the_receiver_chain(string clientExpression, string expected)
    {
        var site = Assert.Single(DiscoveryHarness.Sites($$"""
            using OpenAI.Chat;
            var client = {{clientExpression}};
            client.CompleteChat(new SystemChatMessage("You are a haiku writer."));
            """));
        Assert.Equal(expected, site.Model.ModelId);
    }

    [Fact]
    public void Model_from_ChatOptions_and_from_AsIChatClient_chain()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            using OpenAI;
            static async Task Run()
            {
                IChatClient client = new OpenAIClient("key").GetChatClient("gpt-5-mini").AsIChatClient();
                await client.GetResponseAsync("Hi from the chain.");
                await client.GetResponseAsync("Hi with options.", new ChatOptions { ModelId = "o4-mini" });
            }
            """);
        Assert.Equal("gpt-5-mini", Assert.Single(sites, s => s.Text.Render() == "Hi from the chain.").Model.ModelId);
        Assert.Equal("o4-mini", Assert.Single(sites, s => s.Text.Render() == "Hi with options.").Model.ModelId);
    }

    [Fact]
    public void Model_from_the_one_model_the_method_configures_for_semantic_kernel()
    {
        var site = Assert.Single(DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            static async Task Run()
            {
                var builder = Kernel.CreateBuilder();
                builder.AddOpenAIChatCompletion(modelId: "gpt-4.1", apiKey: "key");
                var kernel = builder.Build();
                await kernel.InvokePromptAsync("Write a limerick about {{$topic}}.");
            }
            """));
        Assert.Equal("gpt-4.1", site.Model.ModelId);
    }

    [Fact]
    public void No_model_when_the_code_does_not_tie_one()
    {
        var site = Assert.Single(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            static Task<ChatResponse> Run(IChatClient client) => client.GetResponseAsync("Hello there.");
            """));
        Assert.Null(site.Model.ModelId);
    }
}
