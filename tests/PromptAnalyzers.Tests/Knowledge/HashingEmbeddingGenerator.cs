using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using PromptAnalyzers.Knowledge.Text;
using PromptAnalyzers.Knowledge.VectorStore;

namespace PromptAnalyzers.Tests.Knowledge;

/// <summary>A deterministic embedding: the text's search terms hashed into a fixed number of buckets.</summary>
public sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 256;

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            var vector = new float[Dimensions];
            foreach (var term in KnowledgeTokenizer.Tokenize(value))
            {
                var hash = 0u;
                foreach (var ch in term)
                {
                    hash = (hash * 31) + ch;
                }

                vector[hash % Dimensions] += 1;
            }

            result.Add(new Embedding<float>(vector));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
