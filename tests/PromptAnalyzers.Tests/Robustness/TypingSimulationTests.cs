using System.Diagnostics;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Half-typed code: every source of the analyzer tests and the sample, cut at statement ends, every 7th character,
/// inside string literals, interpolations and raw-string delimiters, analysed by every analyzer.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class TypingSimulationTests(ITestOutputHelper output)
{
    /// <summary>Cuts per source in the default run (drawn with the fixed seed); the large run takes every cut.</summary>
    private const int CutsPerSourceByDefault = 12;

    [Fact]
    public void Corpus_has_the_test_sources_and_the_sample()
    {
        var inputs = SourceCorpus.All().ToList();
        output.WriteLine($"{SourceCorpus.TestSources.Length} test sources, {inputs.Count - SourceCorpus.TestSources.Length} sample files");
        Assert.True(SourceCorpus.TestSources.Length >= 40, "expected the raw-string sources of the analyzer tests, found " + SourceCorpus.TestSources.Length);
        Assert.Contains(inputs, i => i.Name.EndsWith("StoreHandbook.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(SourceCorpus.TestSources, s => s.Text.Contains("{|#", StringComparison.Ordinal) || s.Text.Contains("|}", StringComparison.Ordinal));
    }

    [Fact]
    public void Cut_points_cover_every_kind()
    {
        const string source = "using Microsoft.Extensions.AI;\nvar x = 1;\nvar m = new ChatMessage(ChatRole.System, $\"\"\"\n  You are {x} bot.\n  \"\"\");\nvar s = \"plain\";\n";
        var kinds = CutPoints.Of(source).Select(c => c.Kind).Distinct().ToHashSet();
        Assert.Equal(Enum.GetValues<CutPoints.Kind>().ToHashSet(), kinds);
    }

    [Fact]
    public async Task Half_typed_sources_never_crash_or_hang_any_analyzer()
    {
        var random = new Random(RobustnessHarness.Seed);
        var inputs = new List<FuzzInput>();
        foreach (var source in SourceCorpus.All())
        {
            var cuts = CutPoints.Of(source.Text);
            var chosen = RobustnessHarness.IsLargeRun ? cuts : Sample(cuts, random);
            foreach (var (position, kind) in chosen)
            {
                // Typing at the end of the file, and typing in the middle of a line with the rest of the file after it.
                inputs.Add(source with { Name = $"{source.Name} cut at {position} ({kind}), prefix", Text = source.Text.Substring(0, position) });
                var lineEnd = source.Text.IndexOf('\n', position);
                if (lineEnd > 0)
                {
                    inputs.Add(source with { Name = $"{source.Name} cut at {position} ({kind}), rest of line deleted", Text = source.Text.Substring(0, position) + source.Text.Substring(lineEnd) });
                }
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var count = await RobustnessHarness.RunAllAsync(inputs, i => RobustnessHarness.Compile(i.Files()));
        output.WriteLine($"{count:N0} half-typed inputs, all analyzers, {stopwatch.Elapsed.TotalSeconds:N1} s (seed {RobustnessHarness.Seed}, large run: {RobustnessHarness.IsLargeRun})");
    }

    /// <summary>A bounded sample that keeps every kind of cut: the sampled cuts are drawn from each kind in turn.</summary>
    private static IEnumerable<(int Position, CutPoints.Kind Kind)> Sample(IReadOnlyList<(int Position, CutPoints.Kind Kind)> cuts, Random random)
    {
        var byKind = cuts.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => g.OrderBy(_ => random.Next()).ToList()).ToList();
        var taken = new List<(int, CutPoints.Kind)>();
        for (var round = 0; taken.Count < CutsPerSourceByDefault && byKind.Any(k => k.Count > round); round++)
        {
            foreach (var kind in byKind.Where(k => k.Count > round))
            {
                if (taken.Count < CutsPerSourceByDefault)
                {
                    taken.Add(kind[round]);
                }
            }
        }

        return taken;
    }
}
