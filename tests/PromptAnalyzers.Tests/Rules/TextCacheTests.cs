using PromptAnalyzers.Rules;

namespace PromptAnalyzers.Tests.Rules;

/// <summary>
/// The bounded cache of results computed from prompt text: a hit does not compute again, a full cache empties itself
/// before it takes one more entry, and large texts are never kept.
/// </summary>
public sealed class TextCacheTests
{
    [Fact]
    public void A_cached_text_is_not_computed_again()
    {
        var cache = new TextCache<string, int>(capacity: 4);
        var computed = 0;
        int Length(string text)
        {
            computed++;
            return text.Length;
        }

        Assert.Equal(5, cache.GetOrCompute("hello", 5, Length));
        Assert.Equal(5, cache.GetOrCompute("hello", 5, Length));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_full_cache_empties_itself_before_it_takes_one_more_text()
    {
        var cache = new TextCache<string, int>(capacity: 3);
        var computed = new List<string>();
        int Record(string text)
        {
            computed.Add(text);
            return text.Length;
        }

        foreach (var text in new[] { "a", "b", "c", "a", "b", "c" })
        {
            cache.GetOrCompute(text, text.Length, Record);
        }

        // The first three fill the cache and the next three are hits.
        Assert.Equal(new[] { "a", "b", "c" }, computed);

        // A fourth text empties the cache and is kept alone: the first three are computed again, and after the second of
        // them the cache holds three texts ("d", "a", "b"), so "d" is still a hit.
        foreach (var text in new[] { "d", "a", "b", "d" })
        {
            cache.GetOrCompute(text, text.Length, Record);
        }

        Assert.Equal(new[] { "a", "b", "c", "d", "a", "b" }, computed);

        // One more text ("c") empties it again: "d" is computed again.
        cache.GetOrCompute("c", 1, Record);
        cache.GetOrCompute("d", 1, Record);
        Assert.Equal(new[] { "a", "b", "c", "d", "a", "b", "c", "d" }, computed);
    }

    [Fact]
    public void A_text_over_64K_characters_is_never_kept()
    {
        var cache = new TextCache<string, int>(capacity: 4);
        var large = new string('x', 64 * 1024 + 1);
        var computed = 0;
        int Length(string text)
        {
            computed++;
            return text.Length;
        }

        cache.GetOrCompute(large, large.Length, Length);
        cache.GetOrCompute(large, large.Length, Length);
        Assert.Equal(2, computed);
    }
}
