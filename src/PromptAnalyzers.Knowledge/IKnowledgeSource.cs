using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PromptAnalyzers.Knowledge;

/// <summary>Where an application retrieves knowledge from: a folder of files, a vector store, or your own implementation.</summary>
public interface IKnowledgeSource
{
    /// <summary>The chunks most relevant to <paramref name="query"/>, best first; empty when nothing matches.</summary>
    /// <param name="query">The question or text to search for (usually the user's latest message).</param>
    /// <param name="top">The maximum number of chunks to return.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    Task<IReadOnlyList<KnowledgeChunk>> SearchAsync(string query, int top = 3, CancellationToken cancellationToken = default);
}
