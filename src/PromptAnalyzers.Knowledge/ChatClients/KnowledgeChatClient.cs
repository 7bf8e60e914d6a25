using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace PromptAnalyzers.Knowledge.ChatClients;

/// <summary>Options of <see cref="KnowledgeChatClient"/>.</summary>
public sealed class KnowledgeChatOptions
{
    /// <summary>How many chunks to retrieve per request (default 3).</summary>
    public int Top { get; set; } = 3;
}

/// <summary>
/// Microsoft.Extensions.AI middleware: before each request, searches the knowledge source with the latest user
/// message and inserts the retrieved context (with the instruction to answer from it, see <see cref="KnowledgeContext"/>)
/// as a system message just before that user message. The caller's message list is never modified.
/// </summary>
public sealed class KnowledgeChatClient : DelegatingChatClient
{
    private readonly IKnowledgeSource _source;
    private readonly KnowledgeChatOptions _options;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    public KnowledgeChatClient(IChatClient innerClient, IKnowledgeSource source, KnowledgeChatOptions? options = null)
        : base(innerClient)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _options = options ?? new KnowledgeChatOptions();
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var augmented = await AugmentAsync(messages, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(augmented, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var augmented = await AugmentAsync(messages, cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(augmented, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    private async Task<IEnumerable<ChatMessage>> AugmentAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var list = new List<ChatMessage>(messages ?? throw new ArgumentNullException(nameof(messages)));
        var last = list.FindLastIndex(m => m.Role == ChatRole.User);
        if (last < 0 || string.IsNullOrWhiteSpace(list[last].Text))
        {
            return list;
        }

        var chunks = await _source.SearchAsync(list[last].Text, _options.Top, cancellationToken).ConfigureAwait(false);
        list.Insert(last, new ChatMessage(ChatRole.System, KnowledgeContext.Format(chunks).TrimStart('\n')));
        return list;
    }
}
