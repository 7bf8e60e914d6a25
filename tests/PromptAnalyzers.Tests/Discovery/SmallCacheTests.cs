using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The per-tree answer cache of the relevance gate (<see cref="SmallCache{TValue}"/>): answers are found by the identity of
/// the name set asked, the newest first, and a full cache drops its older half.
/// </summary>
public sealed class SmallCacheTests
{
    [Fact]
    public void An_answer_is_found_by_the_name_set_object_it_was_given_for()
    {
        var cache = default(SmallCache<int>);
        var first = NameSet.From(new[] { "Complete" });
        var equal = NameSet.From(new[] { "Complete" });

        Assert.False(cache.TryGet(first, out _));
        cache.Add(first, 1);

        Assert.True(cache.TryGet(first, out var value));
        Assert.Equal(1, value);
        Assert.False(cache.TryGet(equal, out _)); // Equal names, another object: not the same question.
    }

    [Fact]
    public void A_later_answer_for_the_same_set_wins()
    {
        var cache = default(SmallCache<int>);
        var set = NameSet.From(new[] { "Complete" });

        cache.Add(set, 1);
        cache.Add(set, 2);

        Assert.True(cache.TryGet(set, out var value));
        Assert.Equal(2, value);
    }

    [Fact]
    public void A_full_cache_keeps_its_newest_answers_and_drops_the_older_half()
    {
        var cache = default(SmallCache<int>);
        var sets = Enumerable.Range(0, 9).Select(i => NameSet.From(new[] { "Name" + i })).ToArray();

        for (var i = 0; i < 8; i++)
        {
            cache.Add(sets[i], i);
        }

        Assert.All(Enumerable.Range(0, 8), i => Assert.True(cache.TryGet(sets[i], out var v) && v == i));

        cache.Add(sets[8], 8); // The ninth: the four oldest go, the four newest and it stay.

        Assert.All(Enumerable.Range(0, 4), i => Assert.False(cache.TryGet(sets[i], out _)));
        Assert.All(Enumerable.Range(4, 5), i => Assert.True(cache.TryGet(sets[i], out var v) && v == i));
    }
}
