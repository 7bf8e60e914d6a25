using PromptAnalyzers.Knowledge;
using PromptAnalyzers.Knowledge.Files;

namespace PromptAnalyzers.Tests.Knowledge;

public sealed class FileKnowledgeSourceTests
{
    [Fact]
    public async Task Searches_markdown_and_text_files_recursively_with_relative_sources()
    {
        using var folder = new KnowledgeFolder();
        folder.Write("policies/returns.md", "# Returns\n\nItems can be returned within 30 days.\n");
        folder.Write("hours.txt", "We are open Monday to Friday, 9:00-17:00.\n");
        folder.Write("ignored.json", "{\"returned\": \"within 30 days\"}");
        var source = new FileKnowledgeSource(folder.Path);

        var returns = Assert.Single(await source.SearchAsync("Can items be returned?"));
        Assert.Equal("policies/returns.md", returns.Source);
        Assert.Equal("Returns", returns.Heading);
        Assert.True(returns.Score > 0);
        Assert.Equal("hours.txt", Assert.Single(source.Search("When are you open on Monday?")).Source);
    }

    [Fact]
    public void A_missing_folder_is_empty_and_starts_serving_once_created()
    {
        using var folder = new KnowledgeFolder();
        var source = new FileKnowledgeSource(Path.Combine(folder.Path, "knowledge"));
        Assert.Empty(source.Search("refund"));
        folder.Write("knowledge/returns.md", "Refunds take 5 business days.");
        Assert.Single(source.Search("refund"));
    }

    [Fact]
    public void Edits_additions_and_deletions_are_seen_by_the_next_search_without_restarting()
    {
        using var folder = new KnowledgeFolder();
        var path = folder.Write("returns.md", "Items can be returned within 30 days.");
        var source = new FileKnowledgeSource(folder.Path);
        Assert.Contains("30 days", Assert.Single(source.Search("return window")).Text, StringComparison.Ordinal);

        // Same length, same second: only the content changes (the timestamp check must still see it).
        File.WriteAllText(path, "Items can be returned within 60 days.");
        Assert.Contains("60 days", Assert.Single(source.Search("return window")).Text, StringComparison.Ordinal);

        var added = folder.Write("shipping.md", "Standard shipping takes 3-5 days.");
        Assert.Single(source.Search("shipping"));

        File.Delete(added);
        Assert.Empty(source.Search("shipping"));
    }

    [Fact]
    public async Task Stale_timestamps_do_not_hide_an_edit_and_unchanged_folders_are_not_reread()
    {
        using var folder = new KnowledgeFolder();
        var path = folder.Write("returns.md", "Items can be returned within 30 days.");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));
        var source = new FileKnowledgeSource(folder.Path);
        var first = source.Chunks;
        Assert.Same(first, source.Chunks); // nothing changed: the same index is served

        await File.WriteAllTextAsync(path, "Items can be returned within 45 days, or exchanged within 90 days.");
        Assert.Contains("45 days", Assert.Single(source.Search("returned")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_honours_cancellation_and_concurrent_searches_during_edits_never_fail()
    {
        using var folder = new KnowledgeFolder();
        var path = folder.Write("returns.md", "Items can be returned within 30 days.");
        var source = new FileKnowledgeSource(folder.Path);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.SearchAsync("returned", 3, new CancellationToken(canceled: true)));

        var searches = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                source.Search("returned");
            }
        })).ToArray();
        for (var i = 0; i < 20; i++)
        {
            try
            {
                File.WriteAllText(path, $"Items can be returned within {i} days.");
            }
            catch (IOException)
            {
                // Another search is reading the file right now; the next write wins.
            }
        }

        await Task.WhenAll(searches);
        File.WriteAllText(path, "Items can be returned within 99 days.");
        Assert.Contains("99 days", Assert.Single(source.Search("returned")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeBase_opens_one_shared_source_per_folder_and_defaults_to_knowledge_next_to_the_app()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge"), KnowledgeBase.Default.Directory.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Default);
        Assert.Same(KnowledgeBase.Open("a/../knowledge-x"), KnowledgeBase.Open("knowledge-x"));
    }

    [Fact]
    public async Task GetContext_sync_and_async_agree()
    {
        using var folder = new KnowledgeFolder();
        folder.Write("returns.md", "# Returns\n\nItems can be returned within 30 days.");
        var source = new FileKnowledgeSource(folder.Path);
        var sync = source.GetContext("return policy");
        Assert.Equal(sync, await ((IKnowledgeSource)source).GetContextAsync("return policy"));
        Assert.Contains("[returns.md > Returns]\nItems can be returned within 30 days.", sync, StringComparison.Ordinal);
        Assert.EndsWith(KnowledgeContext.NothingFound, source.GetContext(null), StringComparison.Ordinal);
    }
}
