using System;
using System.Collections.Concurrent;
using System.Threading;

namespace PromptAnalyzers.Rules;

/// <summary>
/// A bounded, thread-safe cache of results computed from prompt text (token counts, fact reports). The IDE re-analyses
/// a document after every keystroke and almost every prompt in it is unchanged; texts over 64K characters are not kept,
/// and the cache empties itself when full.
/// </summary>
internal sealed class TextCache<TKey, TValue>
    where TKey : notnull
{
    private const int MaxCachedLength = 64 * 1024;

    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private readonly int _capacity;
    private int _added;

    public TextCache(int capacity)
    {
        _capacity = capacity;
        TextCaches.Register(() =>
        {
            _entries.Clear();
            Interlocked.Exchange(ref _added, 0);
        });
    }

    /// <summary>The cached value for <paramref name="key"/>, or <paramref name="compute"/>'s (kept unless the text is large).</summary>
    public TValue GetOrCompute(TKey key, int textLength, Func<TKey, TValue> compute)
    {
        if (textLength > MaxCachedLength)
        {
            return compute(key);
        }

        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(key);

        // Perf: counts what it adds rather than asking the dictionary (ConcurrentDictionary.Count takes every one of its
        // locks). Racing threads may add the same key twice; the count then runs ahead and the cache empties a little early.
        if (Interlocked.Increment(ref _added) > _capacity)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _added, 1);
        }

        _entries[key] = value;
        return value;
    }
}

/// <summary>Every <see cref="TextCache{TKey, TValue}"/>, so that benchmarks can measure a build that counts and checks cold.</summary>
internal static class TextCaches
{
    private static readonly ConcurrentBag<Action> Clears = new();

    public static void Register(Action clear) => Clears.Add(clear);

    /// <summary>Empties every text cache (the tokenizer's loaded data stays: that is the first use, measured apart).</summary>
    public static void ClearAll()
    {
        foreach (var clear in Clears)
        {
            clear();
        }
    }
}
