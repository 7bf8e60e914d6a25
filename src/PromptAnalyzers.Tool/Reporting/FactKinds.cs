using System.Collections.Immutable;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>
/// The kinds of the facts to move: the package's fact detector run again on the text that each PA1001/PA1002 diagnostic
/// of a C# prompt carries (its <c>Text</c> property, the text the analyzer detected them in). PA1002 of a JSONL dataset
/// carries no text and is not counted.
/// </summary>
internal static class FactKinds
{
    public static ImmutableArray<KindCount> Count(IEnumerable<Finding> factsToMove)
        => factsToMove
            .Select(f => f.Properties.GetValueOrDefault("Text"))
            .Where(text => !string.IsNullOrEmpty(text))
            .SelectMany(text => FactDetector.Detect(text!).Facts)
            .GroupBy(fact => fact.Kind)
            .Select(g => new KindCount(g.Key.ToString(), g.Count()))
            .OrderByDescending(k => k.Count)
            .ThenBy(k => k.Kind, StringComparer.Ordinal)
            .ToImmutableArray();
}
