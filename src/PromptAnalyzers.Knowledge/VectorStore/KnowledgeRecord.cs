using System;
using System.Collections.Generic;
using Microsoft.Extensions.VectorData;

namespace PromptAnalyzers.Knowledge.VectorStore;

/// <summary>
/// A knowledge chunk as a vector-store record. <typeparamref name="TKey"/> is what the store accepts as a key
/// (<see cref="string"/> for Azure AI Search, Redis, SQL Server, pgvector; <see cref="Guid"/> for Qdrant).
/// The vector's dimension depends on the embedding model, so the collection is described by
/// <see cref="KnowledgeRecord.Definition"/> rather than by attributes.
/// </summary>
public sealed class KnowledgeRecord<TKey>
    where TKey : notnull
{
    /// <summary>The record's key (stable for a chunk: re-ingesting replaces it).</summary>
    public TKey Key { get; set; } = default!;

    /// <summary>The chunk's text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The file the chunk comes from.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The chunk's headings.</summary>
    public string Heading { get; set; } = string.Empty;

    /// <summary>The embedding of <see cref="Heading"/> and <see cref="Text"/>.</summary>
    public ReadOnlyMemory<float> Embedding { get; set; }

    /// <summary>The record as a chunk.</summary>
    public KnowledgeChunk ToChunk(double score = 0) => new(Text, Source, Heading, score);
}

/// <summary>Describes <see cref="KnowledgeRecord{TKey}"/> collections to a vector store.</summary>
public static class KnowledgeRecord
{
    /// <summary>
    /// The collection definition to pass to <c>VectorStore.GetCollection&lt;TKey, KnowledgeRecord&lt;TKey&gt;&gt;(name, definition)</c>.
    /// </summary>
    /// <param name="dimensions">The embedding model's vector length (1536 for text-embedding-3-small).</param>
    /// <param name="distanceFunction">A <see cref="DistanceFunction"/> name; cosine similarity by default.</param>
    public static VectorStoreCollectionDefinition Definition<TKey>(int dimensions, string? distanceFunction = null)
        where TKey : notnull
        => new()
        {
            Properties = new List<VectorStoreProperty>
            {
                new VectorStoreKeyProperty(nameof(KnowledgeRecord<TKey>.Key), typeof(TKey)),
                new VectorStoreDataProperty(nameof(KnowledgeRecord<TKey>.Text), typeof(string)) { IsFullTextIndexed = true },
                new VectorStoreDataProperty(nameof(KnowledgeRecord<TKey>.Source), typeof(string)) { IsIndexed = true },
                new VectorStoreDataProperty(nameof(KnowledgeRecord<TKey>.Heading), typeof(string)),
                new VectorStoreVectorProperty(nameof(KnowledgeRecord<TKey>.Embedding), typeof(ReadOnlyMemory<float>), dimensions)
                {
                    DistanceFunction = distanceFunction ?? DistanceFunction.CosineSimilarity,
                },
            },
        };
}
