using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// Calls through the user's own interfaces and abstract or virtual methods: followed into every implementation of the
/// compilation that is a prompt helper, like a call to the helper itself.
/// </summary>
public sealed class InterfaceDispatchTests
{
    private static string Describe(PromptSite s) => s.Role + ":" + s.Text.Render();

    [Fact]
    public void A_call_through_an_interface_reaches_the_implementations_prompt()
    {
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using Microsoft.SemanticKernel;
            public interface ISemanticKernelService
            {
                Task<string> GenerateResponseAsync(string prompt, KernelArguments? arguments = null);
            }

            public sealed class SemanticKernelService(Kernel kernel) : ISemanticKernelService
            {
                public async Task<string> GenerateResponseAsync(string prompt, KernelArguments? arguments = null)
                    => (await kernel.InvokePromptAsync(prompt, arguments)).ToString();
            }
            """,
            """
            public sealed class RagChatService(ISemanticKernelService kernel)
            {
                public Task<string> AnswerAsync(string question)
                    => kernel.GenerateResponseAsync($"You are the laptop store's assistant. Warranty desk: 12 Tran Phu, open 8:00-17:00.\n\n{question}");
            }
            """,
        });
        Assert.Equal(new[] { "Template:You are the laptop store's assistant. Warranty desk: 12 Tran Phu, open 8:00-17:00.\n\n{…}" }, sites.Select(Describe).ToArray());
        Assert.Contains("RagChatService", sites[0].Node.SyntaxTree.GetRoot().ToString());
    }

    [Fact]
    public void Abstract_and_virtual_methods_reach_their_overrides_and_explicit_implementations_count()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public abstract class Assistant(IChatClient client)
            {
                protected IChatClient Client { get; } = client;

                public abstract Task<ChatResponse> AskAsync(string system, string question);

                public virtual Task<ChatResponse> SummariseAsync(string text) => Client.GetResponseAsync(text);
            }

            public sealed class ShopAssistant(IChatClient client) : Assistant(client)
            {
                public override Task<ChatResponse> AskAsync(string system, string question)
                    => Client.GetResponseAsync([new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, question)]);

                public override Task<ChatResponse> SummariseAsync(string text) => Client.GetResponseAsync("Summarise for a customer: " + text);
            }

            public interface IGreeter { Task<ChatResponse> GreetAsync(string instructions); }

            public sealed class Greeter(IChatClient client) : IGreeter
            {
                Task<ChatResponse> IGreeter.GreetAsync(string instructions) => client.GetResponseAsync([new ChatMessage(ChatRole.System, instructions)]);
            }

            public static class Use
            {
                public static async Task Run(Assistant assistant, IGreeter greeter)
                {
                    await assistant.AskAsync("You answer questions about orders.", "Where is my parcel?");
                    await assistant.SummariseAsync("The parcel left the depot.");
                    await greeter.GreetAsync("You greet visitors warmly.");
                }
            }
            """);
        // One prompt per argument and role: only one implementation runs per call (the virtual method's own body first).
        Assert.Equal(
            new[] { "User:Summarise for a customer: {…}", "System:You answer questions about orders.", "User:Where is my parcel?", "User:The parcel left the depot.", "System:You greet visitors warmly." },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void An_interface_without_a_helper_implementation_says_nothing()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public interface INotifier { Task NotifyAsync(string message); }

            public sealed class EmailNotifier : INotifier
            {
                public Task NotifyAsync(string message) { Console.WriteLine(message); return Task.CompletedTask; }
            }

            public static class Use
            {
                public static Task Run(INotifier notifier, IChatClient unused) => notifier.NotifyAsync("Your order ships tomorrow from our Hanoi warehouse.");
            }
            """));
    }
}
