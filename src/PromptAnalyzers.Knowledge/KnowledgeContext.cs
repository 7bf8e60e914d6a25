using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PromptAnalyzers.Knowledge.Files;

namespace PromptAnalyzers.Knowledge;

/// <summary>Formats retrieved chunks as context for a model, with the instruction to answer from it.</summary>
public static class KnowledgeContext
{
    /// <summary>The instruction that precedes the retrieved context.</summary>
    public const string Instruction = "Answer from the context below. If the context does not contain the answer, say that you do not know instead of guessing.";

    /// <summary>What the context says when nothing relevant was found.</summary>
    public const string NothingFound = "(no relevant knowledge was found for this question)";

    /// <summary>
    /// The text to append to a system prompt: a blank line, <see cref="Instruction"/>, then each chunk as
    /// "[source > heading]" and its text.
    /// </summary>
    public static string Format(IReadOnlyList<KnowledgeChunk> chunks)
    {
        var builder = new StringBuilder();
        builder.Append("\n\n").Append(Instruction).Append("\n\nContext:\n");
        if (chunks is null || chunks.Count == 0)
        {
            return builder.Append(NothingFound).ToString();
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append('[').Append(chunk.Source);
            if (chunk.Heading.Length > 0)
            {
                builder.Append(" > ").Append(chunk.Heading);
            }

            builder.Append("]\n").Append(chunk.Text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Searches <paramref name="source"/> for <paramref name="question"/> and formats the result with <see cref="Format"/>.</summary>
    public static async Task<string> GetContextAsync(this IKnowledgeSource source, string? question, int top = 3, CancellationToken cancellationToken = default)
    {
        var chunks = string.IsNullOrWhiteSpace(question)
            ? (IReadOnlyList<KnowledgeChunk>)new KnowledgeChunk[0]
            : await source.SearchAsync(question!, top, cancellationToken).ConfigureAwait(false);
        return Format(chunks);
    }

    /// <summary>Synchronous <see cref="GetContextAsync"/> for the file source, for code that cannot await.</summary>
    public static string GetContext(this FileKnowledgeSource source, string? question, int top = 3)
        => Format(string.IsNullOrWhiteSpace(question) ? new KnowledgeChunk[0] : source.Search(question!, top));
}
