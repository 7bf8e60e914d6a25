using System.Threading;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>Fact reports of prompt texts, cached across keystrokes like token counts.</summary>
internal static class PromptFacts
{
    private static readonly TextCache<string, FactReport> Cache = new(2048);

    public static FactReport Detect(string text, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(text, text.Length, t =>
        {
            var report = FactDetector.Detect(t, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested(); // A cancelled detection may be partial: never cache it.
            return report;
        });
}
