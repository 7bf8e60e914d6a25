using PromptAnalyzers.Knowledge;
using PromptAnalyzers.Knowledge.Files;
using PromptAnalyzers.Knowledge.Text;
using PromptAnalyzers.Knowledge.VectorStore;

namespace PromptAnalyzers.Tests.Knowledge;

public sealed class VectorStoreKnowledgeSourceTests
{
    [Fact]
    public async Task Ingesting_the_knowledge_folder_then_searching_the_collection_finds_the_answering_chunk()
    {
        using var folder = new KnowledgeFolder();
        foreach (var (file, content) in KnowledgeTestData.Files)
        {
            folder.Write(file, content);
        }

        var files = new FileKnowledgeSource(folder.Path);
        var collection = new TestVectorCollection("knowledge");
        var embeddings = new HashingEmbeddingGenerator();
        var written = await KnowledgeIngestion.IngestAsync(files, collection, embeddings, KnowledgeIngestion.StringKey);
        Assert.Equal(files.Chunks.Count, written);
        Assert.Equal(written, collection.Count);
        Assert.True(await collection.CollectionExistsAsync());

        // Re-ingesting the same chunks replaces them (stable keys), never duplicates.
        await KnowledgeIngestion.IngestAsync(files, collection, embeddings, KnowledgeIngestion.StringKey);
        Assert.Equal(written, collection.Count);

        IKnowledgeSource source = VectorStoreKnowledgeSource.Create(collection, embeddings);
        var hits = 0;
        foreach (var (question, answer) in KnowledgeTestData.Questions)
        {
            var results = await source.SearchAsync(question, 3);
            Assert.True(results.Count <= 3);
            hits += results.Any(c => c.Text.Contains(answer, StringComparison.Ordinal)) ? 1 : 0;
        }

        // A hashed bag of words is a crude embedding; a real model does better. The adapter is what is under test.
        Assert.True(hits >= KnowledgeTestData.Questions.Length * 0.75, $"{hits}/{KnowledgeTestData.Questions.Length} answers in the top 3");

        var top = (await source.SearchAsync("What does the Pro plan cost?", 1)).Single();
        Assert.Equal("store/plans.md", top.Source);
        Assert.Equal("Membership plans", top.Heading);
        Assert.True(top.Score > 0);
    }

    [Fact]
    public async Task Custom_record_mapping_and_empty_query()
    {
        var collection = new TestVectorCollection("kb");
        var embeddings = new HashingEmbeddingGenerator();
        var chunks = KnowledgeChunker.Split("Refunds take 5 business days.", "r.md");
        await KnowledgeIngestion.IngestAsync(chunks, collection, embeddings, c => "fixed-key");
        var source = new VectorStoreKnowledgeSource<string, KnowledgeRecord<string>>(collection, embeddings, (r, s) => new KnowledgeChunk(r.Text.ToUpperInvariant(), r.Key, r.Heading, s));
        Assert.Equal("fixed-key", (await source.SearchAsync("refunds")).Single().Source);
        var calls = embeddings.Calls;
        Assert.Empty(await source.SearchAsync("  "));
        Assert.Equal(calls, embeddings.Calls);
    }

    [Fact]
    public void Definition_describes_key_text_and_vector_for_any_connector()
    {
        var definition = KnowledgeRecord.Definition<Guid>(1536);
        var vector = definition.Properties.OfType<Microsoft.Extensions.VectorData.VectorStoreVectorProperty>().Single();
        Assert.Equal(1536, vector.Dimensions);
        Assert.Equal(Microsoft.Extensions.VectorData.DistanceFunction.CosineSimilarity, vector.DistanceFunction);
        Assert.Equal(typeof(Guid), definition.Properties.OfType<Microsoft.Extensions.VectorData.VectorStoreKeyProperty>().Single().Type);
        var chunk = new KnowledgeChunk("a", "b", "c");
        Assert.Equal(KnowledgeIngestion.GuidKey(chunk), KnowledgeIngestion.GuidKey(new KnowledgeChunk("a", "b", "c")));
        Assert.NotEqual(KnowledgeIngestion.StringKey(chunk), KnowledgeIngestion.StringKey(new KnowledgeChunk("a", "b", "d")));
    }
}
