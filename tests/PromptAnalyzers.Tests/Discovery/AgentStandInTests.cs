using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// Agents of packages the NuGet mirror does not serve, bound against the stand-ins of tests/StandIns (the ones the
/// real-world evaluation binds): Semantic Kernel agents (instructions declared on Agent since release 1.45) and Agent
/// Framework's OpenAI extensions, hosting and preview names.
/// </summary>
public sealed class AgentStandInTests
{
    private static string Describe(PromptSite s) => s.Role + ":" + s.Text.Render() + ":" + s.Model.ModelId;

    [Fact]
    public void Semantic_kernel_agent_instructions_are_declared_on_agent()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Agents;
            public sealed class BuildGenie
            {
                private const string AgentInstructions = "You help users prepare for the Build conference.";
                private readonly ChatCompletionAgent _agent;

                public BuildGenie(Kernel kernel)
                {
                    _agent = new() { Instructions = AgentInstructions, Name = "BuildGenie", Kernel = kernel };
                    var reviewer = new ChatCompletionAgent { Instructions = "You review drafts for tone.", Kernel = kernel };
                }
            }
            """);
        Assert.Equal(new[] { "System:You help users prepare for the Build conference.:", "System:You review drafts for tone.:" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void An_agent_of_the_users_own_type_inherits_the_instructions()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Agents;
            using Microsoft.SemanticKernel.ChatCompletion;
            public sealed class TriageAgent : ChatHistoryAgent
            {
                public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

                public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }

            public static class Agents
            {
                public static Agent Triage(Kernel kernel) => new TriageAgent { Instructions = "You route each ticket to billing or support.", Kernel = kernel };
            }
            """);
        Assert.Equal(new[] { "System:You route each ticket to billing or support.:" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Agent_framework_openai_extensions_current_and_preview_names()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            using OpenAI;
            using OpenAI.Chat;
            using OpenAI.Responses;
            static void Run(OpenAIClient client, IChatClient chatClient)
            {
                AIAgent joker = client.GetChatClient("gpt-4o-mini").AsAIAgent(instructions: "You are good at telling jokes.", name: "Joker");
                AIAgent writer = client.GetResponsesClient().AsAIAgent("gpt-4.1", "You write release notes.");
                AIAgent preview = client.GetChatClient("gpt-4o").CreateAIAgent("You summarise meetings.", "Summariser");
                AIAgent discount = chatClient.CreateAIAgent(name: "Discount", instructions: "You compute membership discounts.");
            }
            """);
        Assert.Equal(
            new[] { "System:You are good at telling jokes.:gpt-4o-mini", "System:You write release notes.:gpt-4.1", "System:You summarise meetings.:gpt-4o", "System:You compute membership discounts.:" },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Agent_registered_in_dependency_injection_with_a_factory()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Agents.AI;
            using Microsoft.Agents.AI.Hosting;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            static void Register(IHostApplicationBuilder builder)
            {
                builder.AddAIAgent("Stock", "You report stock levels.");
                builder.AddAIAgent("Discount", (sp, key) => sp.GetRequiredService<IChatClient>().CreateAIAgent(name: key, instructions: "You apply discounts."));
            }
            """);
        Assert.Equal(new[] { "System:You report stock levels.:", "System:You apply discounts.:" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Instructions_passed_positionally_to_a_factory_that_calls_as_ai_agent()
    {
        // The Agent Framework's A2A sample: the host factory takes the instructions positionally.
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using Microsoft.Agents.AI;
            using OpenAI;
            using OpenAI.Chat;
            static class HostAgentFactory
            {
                internal static async Task<AIAgent> CreateChatCompletionHostAgentAsync(string agentType, string model, string apiKey, string name, string instructions)
                {
                    await Task.Yield();
                    return new OpenAIClient(apiKey).GetChatClient(model).AsAIAgent(instructions, name);
                }
            }
            """,
            """
            var policy = await HostAgentFactory.CreateChatCompletionHostAgentAsync("POLICY", "gpt-4o", "key", "PolicyAgent", "You handle policy questions.");
            """,
        });
        Assert.Equal(new[] { "System:You handle policy questions.:" }, sites.Select(Describe).ToArray());
    }
}
