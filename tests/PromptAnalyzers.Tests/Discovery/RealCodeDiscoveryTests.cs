using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>Sinks and flows found in real LLM code (issue: discovery in real code).</summary>
public sealed class RealCodeDiscoveryTests
{
    private static string Describe(PromptSite s) => s.Role + ":" + s.Text.Render();

    [Fact]
    public void Agent_Framework_instructions_and_run_input()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            static async Task Run(IChatClient chatClient)
            {
                var agent = new ChatClientAgent(chatClient, instructions: "You are a travel planner.", name: "Planner");
                var other = chatClient.AsAIAgent(instructions: "You write haiku.");
                var configured = new ChatClientAgent(chatClient, new ChatClientAgentOptions { ChatOptions = new ChatOptions { Instructions = "You are terse." } });
                await agent.RunAsync("Plan three days in Lisbon.");
                AIAgent asBase = other;
                await asBase.RunAsync("A haiku about rain.");
            }
            """);
        Assert.Equal(
            new[] { "System:You are a travel planner.", "System:You write haiku.", "System:You are terse.", "User:Plan three days in Lisbon.", "User:A haiku about rain." },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Agent_instructions_passed_through_factories_are_followed_to_the_literal()
    {
        // Seen in the Agent Framework's samples: a factory takes the instructions positionally and hands them to the agent.
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            static class AgentFactory
            {
                public static async Task<(AIAgent Agent, string Card)> CreateHostAgentAsync(string agentType, IChatClient chatClient, string name, string instructions, IList<AITool>? tools = null)
                {
                    await Task.Yield();
                    return (chatClient.AsAIAgent(instructions, name, tools: tools), agentType);
                }

                public static AIAgent WithOptions(this IChatClient chatClient, string instructions) =>
                    new ChatClientAgent(chatClient, new ChatClientAgentOptions { ChatOptions = new ChatOptions { Instructions = instructions } });
            }

            sealed class PolicyAgent : DelegatingAIAgent
            {
                public PolicyAgent(IChatClient chatClient, string instructions) : base(new ChatClientAgent(chatClient, instructions)) { }
            }

            sealed class LogisticsAgent(IChatClient chatClient, string instructions) : DelegatingAIAgent(new ChatClientAgent(chatClient, instructions));

            sealed class Concierge(IChatClient chatClient, string instructions)
            {
                public AIAgent Agent => chatClient.AsAIAgent(instructions);
            }
            """,
            """
            using Microsoft.Extensions.AI;
            IChatClient client = null!;
            var (invoices, _) = args[0] switch
            {
                "INVOICE" => await AgentFactory.CreateHostAgentAsync("INVOICE", client, "InvoiceAgent", "You handle invoices."),
                _ => throw new ArgumentException(args[0]),
            };
            var options = client.WithOptions("You are terse.");
            var policy = new PolicyAgent(client, "You handle policies.");
            var logistics = new LogisticsAgent(client, "You handle shipments.");
            var concierge = new Concierge(client, "You greet guests.");
            """,
        });
        Assert.Equal(
            new[] { "System:You handle invoices.", "System:You are terse.", "System:You handle policies.", "System:You handle shipments.", "System:You greet guests." },
            sites.Where(s => s.Node.SyntaxTree.FilePath.EndsWith("File1.cs", StringComparison.Ordinal)).Select(Describe).ToArray());
    }

    [Fact]
    public void Extensions_AI_sinks_still_resolve_when_Agent_Framework_redeclares_ChatClientExtensions()
    {
        // Microsoft.Agents.AI declares its own Microsoft.Extensions.AI.ChatClientExtensions: both types must be searched.
        var site = Assert.Single(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            static Task<ChatResponse> Run(IChatClient client) => client.GetResponseAsync("Summarise this.");
            """));
        Assert.Equal("User:Summarise this.", Describe(site));
    }

    [Fact]
    public void OpenAI_assistant_and_realtime_instructions()
    {
        var sites = DiscoveryHarness.Sites("""
            using OpenAI.Assistants;
            using OpenAI.Realtime;
            var assistant = new AssistantCreationOptions { Instructions = "You are a math tutor." };
            var run = new RunCreationOptions { AdditionalInstructions = "Address the user as Jane." };
            var session = new RealtimeConversationSessionOptions { Instructions = "Speak slowly." };
            """);
        Assert.Equal(new[] { "System:You are a math tutor.", "System:Address the user as Jane.", "System:Speak slowly." }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Fields_and_properties_assigned_once_in_a_constructor_are_followed()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public sealed class Bot
            {
                private readonly IChatClient _client;
                private readonly string _systemPrompt;
                private string Persona { get; }

                public Bot(IChatClient client)
                {
                    _client = client;
                    _systemPrompt = "You are a concierge.";
                    Persona = "Be warm.";
                }

                public Task<ChatResponse> Ask(string question) =>
                    _client.GetResponseAsync([new ChatMessage(ChatRole.System, _systemPrompt + " " + Persona), new ChatMessage(ChatRole.User, question)]);
            }
            """);
        Assert.Equal("System:You are a concierge. Be warm.", Describe(Assert.Single(sites)));
    }

    [Fact]
    public void Fields_written_in_several_places_are_holes()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public sealed class Bot
            {
                private string _systemPrompt = "You are a concierge.";
                public void Switch() => _systemPrompt = "You are a pirate.";
                public ChatMessage Build() => new ChatMessage(ChatRole.System, _systemPrompt);
            }
            """);
        Assert.Empty(sites);
    }

    [Fact]
    public void Helper_methods_that_return_a_prompt_are_followed_with_arguments()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Text;
            using Microsoft.Extensions.AI;
            public static class Prompts
            {
                public static string Persona(string company) => $"You are the assistant of {company}. Be brief.";

                public static string Rules()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine("Never share secrets.");
                    return sb.ToString();
                }

                public static ChatMessage Build(string user) => new ChatMessage(ChatRole.System, Persona("Contoso") + Rules() + Persona(user));
            }
            """);
        Assert.Equal("System:You are the assistant of Contoso. Be brief.Never share secrets.\nYou are the assistant of {…}. Be brief.", Describe(Assert.Single(sites)));
    }

    [Fact]
    public void Mocked_responses_are_not_prompts()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public sealed class FakeClient : IChatClient
            {
                public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                    Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "The Pro plan costs $49/month and refunds take 30 days.")));

                public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                    throw new NotSupportedException();

                public object? GetService(Type serviceType, object? serviceKey = null) => null;

                public void Dispose() { }
            }
            """);
        Assert.Empty(sites);
    }

    [Fact]
    public void A_fake_agents_answer_is_not_a_prompt_even_when_its_text_comes_through_the_constructor()
    {
        // Seen in the Agent Framework's tests: a test agent built with the text it answers.
        var sites = DiscoveryHarness.Sites("""
            using System.Runtime.CompilerServices;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            sealed class CannedAgent(string name, string responseText) : AIAgent
            {
                public override string Name => name;

                protected override ValueTask<AgentSession> CreateSessionCoreAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

                protected override ValueTask<System.Text.Json.JsonElement> SerializeSessionCoreAsync(AgentSession session, System.Text.Json.JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

                protected override ValueTask<AgentSession> DeserializeSessionCoreAsync(System.Text.Json.JsonElement serializedState, System.Text.Json.JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

                protected override Task<AgentResponse> RunCoreAsync(IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default) =>
                    Task.FromResult(new AgentResponse(new ChatMessage(ChatRole.Assistant, responseText)));

                protected override async IAsyncEnumerable<AgentResponseUpdate> RunCoreStreamingAsync(IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
                {
                    await Task.Yield();
                    yield return new AgentResponseUpdate(ChatRole.Assistant, responseText);
                }
            }

            static class Use
            {
                public static AIAgent Create() => new CannedAgent("agent1", "The Pro plan costs $49/month.");
            }
            """);
        Assert.Empty(sites);
    }

    [Fact]
    public void Text_that_never_reaches_a_model_stays_silent()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.ComponentModel;
            using Microsoft.Extensions.AI;
            public static class Tools
            {
                [Description("Gets the price list")]
                public static string GetPrices() => "The Pro plan costs $49/month. Refunds within 30 days.";

                public static AIFunction Function => AIFunctionFactory.Create(GetPrices);

                public static void Ingest(List<string> store) => store.Add("Our office is at 1 Main St, open 9:00-17:00.");

                public static bool Check(string answer) => answer == "The Pro plan costs $49/month.";
            }
            """);
        Assert.Empty(sites);
    }
}
