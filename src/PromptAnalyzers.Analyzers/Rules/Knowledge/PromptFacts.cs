using System.Collections.Concurrent;
using System.Threading;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>
/// Fact reports of prompt texts, cached across keystrokes: the IDE re-analyses a document after every edit, and almost
/// every prompt in it is unchanged. Bounded like the token cache; large texts are not kept.
/// </summary>
internal static class PromptFacts
{
    private const int MaxCachedLength = 64 * 1024;
    private const int MaxCacheEntries = 2048;

    private static readonly ConcurrentDictionary<string, FactReport> Cache = new();

    public static FactReport Detect(string text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxCachedLength)
        {
            return FactDetector.Detect(text, cancellationToken);
        }

        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var report = FactDetector.Detect(text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested(); // A cancelled detection may be partial: never cache it.
        if (Cache.Count >= MaxCacheEntries)
        {
            Cache.Clear();
        }

        Cache[text] = report;
        return report;
    }
}
