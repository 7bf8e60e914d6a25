using System;
using Microsoft.Extensions.AI;

namespace PromptAnalyzers.Knowledge.ChatClients;

/// <summary>Adds <see cref="KnowledgeChatClient"/> to a chat client pipeline.</summary>
public static class KnowledgeChatClientBuilderExtensions
{
    /// <summary>
    /// Retrieves knowledge for the latest user message of every request. <paramref name="source"/> defaults to the
    /// <see cref="IKnowledgeSource"/> registered in the builder's services, else <see cref="KnowledgeBase.Default"/>.
    /// </summary>
    public static ChatClientBuilder UseKnowledge(this ChatClientBuilder builder, IKnowledgeSource? source = null, Action<KnowledgeChatOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.Use((inner, services) =>
        {
            var options = new KnowledgeChatOptions();
            configure?.Invoke(options);
            var resolved = source ?? services.GetService(typeof(IKnowledgeSource)) as IKnowledgeSource ?? KnowledgeBase.Default;
            return new KnowledgeChatClient(inner, resolved, options);
        });
    }
}
