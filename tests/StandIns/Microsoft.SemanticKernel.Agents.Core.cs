// Stand-in for the Microsoft.SemanticKernel.Agents.Core package, which the NuGet mirror of this workplace does not
// serve. It declares, with the real metadata names and signatures (microsoft/semantic-kernel, dotnet/src/Agents/Core,
// release 1.80), only the public members that the labelled repositories use. Compiled in memory into a reference
// assembly, against the Abstractions stand-in, by StandInAssemblies.cs next to it: the bodies never run.
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.SemanticKernel.Agents.Chat;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Microsoft.SemanticKernel.Agents
{
    [Experimental("SKEXP0110")]
    public abstract class ChatHistoryAgent : Agent
    {
        [Experimental("SKEXP0110")]
        public IChatHistoryReducer? HistoryReducer { get; init; }

        [Experimental("SKEXP0110")]
        public Task<bool> ReduceAsync(ChatHistory history, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class ChatCompletionAgent : ChatHistoryAgent
    {
        public ChatCompletionAgent() { }

        public ChatCompletionAgent(PromptTemplateConfig templateConfig, IPromptTemplateFactory templateFactory) => throw null!;

        public AuthorRole InstructionsRole { get; init; } = AuthorRole.System;

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class ChatHistoryAgentThread : AgentThread
    {
        public ChatHistoryAgentThread() { }

        public ChatHistoryAgentThread(ChatHistory chatHistory, string? id = null) => throw null!;

        [Experimental("SKEXP0110")]
        public IAsyncEnumerable<ChatMessageContent> GetMessagesAsync(CancellationToken cancellationToken = default) => throw null!;

        protected override Task<string?> CreateInternalAsync(CancellationToken cancellationToken) => throw null!;

        protected override Task DeleteInternalAsync(CancellationToken cancellationToken) => throw null!;

        protected override Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default) => throw null!;
    }

    [Experimental("SKEXP0110")]
    public sealed class AgentGroupChat : AgentChat
    {
        public AgentGroupChat(params Agent[] agents) => throw null!;

        public bool IsComplete { get; set; }

        public AgentGroupChatSettings ExecutionSettings { get; set; } = null!;

        public override IReadOnlyList<Agent> Agents => throw null!;

        public void AddAgent(Agent agent) => throw null!;

        public override IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default) => throw null!;

        public override IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<ChatMessageContent> InvokeAsync(Agent agent, CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(Agent agent, CancellationToken cancellationToken = default) => throw null!;

        public static KernelFunction CreatePromptFunctionForStrategy(string template, IPromptTemplateFactory? templateFactory = null, params string[] safeParameterNames) => throw null!;
    }
}

namespace Microsoft.SemanticKernel.Agents.Chat
{
    [Experimental("SKEXP0110")]
    public class AgentGroupChatSettings
    {
        public TerminationStrategy TerminationStrategy { get; init; } = null!;

        public SelectionStrategy SelectionStrategy { get; init; } = null!;
    }

    [Experimental("SKEXP0110")]
    public abstract class TerminationStrategy
    {
        public const int DefaultMaximumIterations = 99;

        public int MaximumIterations { get; set; } = DefaultMaximumIterations;

        public bool AutomaticReset { get; set; }

        public IReadOnlyList<Agent>? Agents { get; set; }

        protected abstract Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken);

        public Task<bool> ShouldTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default) => throw null!;
    }

    [Experimental("SKEXP0110")]
    public abstract class SelectionStrategy
    {
        protected bool HasSelected { get; }

        public Agent? InitialAgent { get; set; }

        public Task<Agent> NextAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default) => throw null!;

        protected abstract Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default);
    }

    [Experimental("SKEXP0110")]
    public sealed class SequentialSelectionStrategy : SelectionStrategy
    {
        public void Reset() => throw null!;

        protected override Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default) => throw null!;
    }

    [Experimental("SKEXP0110")]
    public class KernelFunctionSelectionStrategy(KernelFunction function, Kernel kernel) : SelectionStrategy
    {
        public const string DefaultAgentsVariableName = "_agents_";

        public const string DefaultHistoryVariableName = "_history_";

        public string AgentsVariableName { get; init; } = DefaultAgentsVariableName;

        public string HistoryVariableName { get; init; } = DefaultHistoryVariableName;

        public KernelArguments? Arguments { get; init; }

        public Kernel Kernel => kernel;

        public KernelFunction Function { get; } = function;

        public bool EvaluateNameOnly { get; init; }

        public IChatHistoryReducer? HistoryReducer { get; init; }

        public bool UseInitialAgentAsFallback { get; init; }

        public Func<FunctionResult, string> ResultParser { get; init; } = null!;

        protected sealed override Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default) => throw null!;
    }

    [Experimental("SKEXP0110")]
    public class KernelFunctionTerminationStrategy(KernelFunction function, Kernel kernel) : TerminationStrategy
    {
        public const string DefaultAgentVariableName = "_agent_";

        public const string DefaultHistoryVariableName = "_history_";

        public string AgentVariableName { get; init; } = DefaultAgentVariableName;

        public string HistoryVariableName { get; init; } = DefaultHistoryVariableName;

        public KernelArguments? Arguments { get; init; }

        public Kernel Kernel => kernel;

        public KernelFunction Function { get; } = function;

        public bool EvaluateNameOnly { get; init; }

        public Func<FunctionResult, bool> ResultParser { get; init; } = null!;

        public IChatHistoryReducer? HistoryReducer { get; init; }

        protected sealed override Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default) => throw null!;
    }
}
