using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using PromptAnalyzers.Knowledge.Files;

namespace PromptAnalyzers.Knowledge.VectorStore;

/// <summary>Loads knowledge chunks (for instance a knowledge folder's) into a vector-store collection.</summary>
public static class KnowledgeIngestion
{
    /// <summary>
    /// Creates the collection when missing, embeds every chunk of <paramref name="folder"/> (headings and text) and
    /// upserts it with a key derived from its source, headings and text, so re-ingesting an unchanged chunk
    /// replaces it rather than duplicating it. Returns the number of chunks written.
    /// </summary>
    public static Task<int> IngestAsync<TKey>(
        FileKnowledgeSource folder,
        VectorStoreCollection<TKey, KnowledgeRecord<TKey>> collection,
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        Func<KnowledgeChunk, TKey> key,
        CancellationToken cancellationToken = default)
        where TKey : notnull
        => IngestAsync(folder.Chunks, collection, embeddings, key, cancellationToken);

    /// <summary>As <see cref="IngestAsync{TKey}(FileKnowledgeSource, VectorStoreCollection{TKey, KnowledgeRecord{TKey}}, IEmbeddingGenerator{string, Embedding{float}}, Func{KnowledgeChunk, TKey}, CancellationToken)"/>, for any chunks.</summary>
    public static async Task<int> IngestAsync<TKey>(
        IReadOnlyList<KnowledgeChunk> chunks,
        VectorStoreCollection<TKey, KnowledgeRecord<TKey>> collection,
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        Func<KnowledgeChunk, TKey> key,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        if (chunks is null || collection is null || embeddings is null || key is null)
        {
            throw new ArgumentNullException(chunks is null ? nameof(chunks) : collection is null ? nameof(collection) : embeddings is null ? nameof(embeddings) : nameof(key));
        }

        await collection.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        if (chunks.Count == 0)
        {
            return 0;
        }

        var inputs = new List<string>(chunks.Count);
        foreach (var chunk in chunks)
        {
            inputs.Add(chunk.Heading.Length == 0 ? chunk.Text : chunk.Heading + "\n" + chunk.Text);
        }

        var vectors = await embeddings.GenerateAsync(inputs, cancellationToken: cancellationToken).ConfigureAwait(false);
        var records = new List<KnowledgeRecord<TKey>>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            records.Add(new KnowledgeRecord<TKey>
            {
                Key = key(chunks[i]),
                Text = chunks[i].Text,
                Source = chunks[i].Source,
                Heading = chunks[i].Heading,
                Embedding = vectors[i].Vector,
            });
        }

        await collection.UpsertAsync(records, cancellationToken).ConfigureAwait(false);
        return records.Count;
    }

    /// <summary>A stable string key for a chunk (hex SHA-256 of its source, headings and text).</summary>
    public static string StringKey(KnowledgeChunk chunk) => ToHex(Hash(chunk));

    /// <summary>A stable <see cref="Guid"/> key for a chunk (for stores such as Qdrant that take Guid keys).</summary>
    public static Guid GuidKey(KnowledgeChunk chunk)
    {
        var bytes = new byte[16];
        Array.Copy(Hash(chunk), bytes, 16);
        return new Guid(bytes);
    }

    private static byte[] Hash(KnowledgeChunk chunk)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(Encoding.UTF8.GetBytes(chunk.Source + "\u0000" + chunk.Heading + "\u0000" + chunk.Text));
    }

    private static string ToHex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
