using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace PromptAnalyzers.Knowledge.VectorStore;

/// <summary>
/// Scale-out knowledge source: any Microsoft.Extensions.VectorData collection (Qdrant, Azure AI Search, PostgreSQL
/// pgvector, Redis, SQL Server, in-memory...) searched with the query's embedding from any
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. Existing connectors serve unchanged.
/// </summary>
/// <typeparam name="TKey">The collection's key type.</typeparam>
/// <typeparam name="TRecord">The collection's record type; <see cref="KnowledgeRecord{TKey}"/> unless you map your own.</typeparam>
public sealed class VectorStoreKnowledgeSource<TKey, TRecord> : IKnowledgeSource
    where TKey : notnull
    where TRecord : class
{
    private readonly VectorStoreCollection<TKey, TRecord> _collection;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly Func<TRecord, double, KnowledgeChunk> _toChunk;

    /// <summary>A source over <paramref name="collection"/>.</summary>
    /// <param name="collection">The collection, from a connector's <c>VectorStore.GetCollection</c>.</param>
    /// <param name="embeddings">The generator that embedded the records (the same model must embed the queries).</param>
    /// <param name="toChunk">Maps a found record and its score to a chunk.</param>
    public VectorStoreKnowledgeSource(VectorStoreCollection<TKey, TRecord> collection, IEmbeddingGenerator<string, Embedding<float>> embeddings, Func<TRecord, double, KnowledgeChunk> toChunk)
    {
        _collection = collection ?? throw new ArgumentNullException(nameof(collection));
        _embeddings = embeddings ?? throw new ArgumentNullException(nameof(embeddings));
        _toChunk = toChunk ?? throw new ArgumentNullException(nameof(toChunk));
    }

    /// <summary>Options of every vector search (filters, the vector property to search...).</summary>
    public VectorSearchOptions<TRecord>? SearchOptions { get; set; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeChunk>> SearchAsync(string query, int top = 3, CancellationToken cancellationToken = default)
    {
        var results = new List<KnowledgeChunk>();
        if (string.IsNullOrWhiteSpace(query) || top <= 0)
        {
            return results;
        }

        var embedding = await _embeddings.GenerateAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false);
        await foreach (var result in _collection.SearchAsync(embedding.Vector, top, SearchOptions, cancellationToken).ConfigureAwait(false))
        {
            results.Add(_toChunk(result.Record, result.Score ?? 0));
        }

        return results;
    }
}

/// <summary>Creates vector-store knowledge sources over <see cref="KnowledgeRecord{TKey}"/> collections.</summary>
public static class VectorStoreKnowledgeSource
{
    /// <summary>A source over a collection of <see cref="KnowledgeRecord{TKey}"/> (as filled by <see cref="KnowledgeIngestion"/>).</summary>
    public static VectorStoreKnowledgeSource<TKey, KnowledgeRecord<TKey>> Create<TKey>(VectorStoreCollection<TKey, KnowledgeRecord<TKey>> collection, IEmbeddingGenerator<string, Embedding<float>> embeddings)
        where TKey : notnull
        => new(collection, embeddings, static (record, score) => record.ToChunk(score));
}
