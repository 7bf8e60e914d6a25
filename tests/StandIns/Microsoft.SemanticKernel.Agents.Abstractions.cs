// Stand-in for the Microsoft.SemanticKernel.Agents.Abstractions package, which the NuGet mirror of this workplace does
// not serve. It declares, with the real metadata names and signatures (microsoft/semantic-kernel, dotnet/src/Agents/
// Abstractions, release 1.80), only the public members that the labelled repositories use. Compiled in memory into a
// reference assembly by StandInAssemblies.cs next to it (for the RealWorld tool and the tests): the bodies never run.
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Microsoft.SemanticKernel.Agents
{
    /// <summary>Base of every Semantic Kernel agent. Since release 1.45 (#11244) it also holds what KernelAgent held.</summary>
    public abstract class Agent
    {
        public string? Description { get; init; }

        public string Id { get; init; } = string.Empty;

        public string? Name { get; init; }

        public ILoggerFactory? LoggerFactory { get; init; }

        public KernelArguments? Arguments { get; init; }

        public string? Instructions { get; init; }

        public Kernel Kernel { get; init; } = null!;

        [Experimental("SKEXP0130")]
        public bool UseImmutableKernel { get; set; }

        public IPromptTemplate? Template { get; set; }

        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ChatMessageContent message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public abstract IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default);

        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(ChatMessageContent message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public abstract IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default);
    }

    public abstract class AgentThread
    {
        public virtual string? Id { get; protected set; }

        public virtual bool IsDeleted { get; protected set; }

        public virtual Task DeleteAsync(CancellationToken cancellationToken = default) => throw null!;

        protected abstract Task<string?> CreateInternalAsync(CancellationToken cancellationToken);

        protected abstract Task DeleteInternalAsync(CancellationToken cancellationToken);

        protected abstract Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default);
    }

    public class AgentResponseItem<TMessage>
    {
        public AgentResponseItem(TMessage message, AgentThread thread) => throw null!;

        public TMessage Message => throw null!;

        public AgentThread Thread => throw null!;

        public static implicit operator TMessage(AgentResponseItem<TMessage> responseItem) => throw null!;
    }

    public class AgentInvokeOptions
    {
        public AgentInvokeOptions() { }

        public AgentInvokeOptions(AgentInvokeOptions options) => throw null!;

        public KernelArguments? KernelArguments { get; init; }

        public Kernel? Kernel { get; init; }

        public string AdditionalInstructions { get; init; } = string.Empty;

        public Func<ChatMessageContent, Task>? OnIntermediateMessage { get; init; }
    }

    [Experimental("SKEXP0110")]
    public abstract class AgentChat
    {
        public abstract IReadOnlyList<Agent> Agents { get; }

        public bool IsActive => throw null!;

        public ILoggerFactory LoggerFactory { get; init; } = null!;

        public abstract IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default);

        public abstract IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default);

        public IAsyncEnumerable<ChatMessageContent> GetChatMessagesAsync(CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<ChatMessageContent> GetChatMessagesAsync(Agent? agent, CancellationToken cancellationToken = default) => throw null!;

        public void AddChatMessage(ChatMessageContent message) => throw null!;

        public void AddChatMessages(IReadOnlyList<ChatMessageContent> messages) => throw null!;

        public Task ResetAsync(CancellationToken cancellationToken = default) => throw null!;
    }

    [Experimental("SKEXP0110")]
    public enum AggregatorMode
    {
        Flat,
        Nested,
    }

    [Experimental("SKEXP0110")]
    public sealed class AggregatorAgent(Func<AgentChat> chatProvider) : Agent
    {
        public AggregatorMode Mode { get; init; } = AggregatorMode.Flat;

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;

        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
