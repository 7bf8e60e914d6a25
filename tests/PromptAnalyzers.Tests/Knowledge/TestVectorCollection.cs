using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using PromptAnalyzers.Knowledge.Text;
using PromptAnalyzers.Knowledge.VectorStore;

namespace PromptAnalyzers.Tests.Knowledge;

/// <summary>An in-memory vector-store collection (cosine similarity), standing in for any connector.</summary>
public sealed class TestVectorCollection : VectorStoreCollection<string, KnowledgeRecord<string>>
{
    private readonly Dictionary<string, KnowledgeRecord<string>> _records = new(StringComparer.Ordinal);
    private bool _exists;

    public TestVectorCollection(string name) => Name = name;

    public override string Name { get; }

    public int Count => _records.Count;

    public int UpsertCalls { get; private set; }

    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_exists);

    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        _exists = true;
        return Task.CompletedTask;
    }

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        _exists = false;
        _records.Clear();
        return Task.CompletedTask;
    }

    public override Task<KnowledgeRecord<string>?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
        => Task.FromResult(_records.TryGetValue(key, out var record) ? record : null);

    public override async IAsyncEnumerable<KnowledgeRecord<string>> GetAsync(Expression<Func<KnowledgeRecord<string>, bool>> filter, int top, FilteredRecordRetrievalOptions<KnowledgeRecord<string>>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var record in _records.Values.Where(filter.Compile()).Take(top))
        {
            yield return record;
        }
    }

    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _records.Remove(key);
        return Task.CompletedTask;
    }

    public override Task UpsertAsync(KnowledgeRecord<string> record, CancellationToken cancellationToken = default)
    {
        Assert.True(_exists, "upsert into a collection that does not exist");
        UpsertCalls++;
        _records[record.Key] = record;
        return Task.CompletedTask;
    }

    public override async Task UpsertAsync(IEnumerable<KnowledgeRecord<string>> records, CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
        {
            await UpsertAsync(record, cancellationToken);
        }
    }

    public override async IAsyncEnumerable<VectorSearchResult<KnowledgeRecord<string>>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<KnowledgeRecord<string>>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var query = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            Embedding<float> embedding => embedding.Vector,
            _ => throw new NotSupportedException("search value of type " + typeof(TInput)),
        };
        foreach (var (record, score) in _records.Values.Select(r => (r, Cosine(query.Span, r.Embedding.Span))).OrderByDescending(x => x.Item2).ThenBy(x => x.r.Key, StringComparer.Ordinal).Take(top))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new VectorSearchResult<KnowledgeRecord<string>>(record, score);
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) => null;

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
