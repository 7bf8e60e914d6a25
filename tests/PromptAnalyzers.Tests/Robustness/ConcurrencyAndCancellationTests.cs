using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// The IDE cancels analyses all the time and runs them concurrently: cancellation only ever surfaces as
/// OperationCanceledException, and the same compilation gives the same diagnostics from any thread, every time.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class ConcurrencyAndCancellationTests(ITestOutputHelper output)
{
    private static int CancellationRuns => RobustnessHarness.IsLargeRun ? 400 : 40;

    /// <summary>The sample plus every test source that compiles without errors, each as its own file.</summary>
    private static Compilation BusyCompilation()
    {
        var sample = RobustnessHarness.SampleSources();
        var tests = SourceCorpus.TestSources
            .Where(s => !s.Text.Contains("namespace SupportBot", StringComparison.Ordinal))
            .Select((s, i) => (Path: $"/tests/Source{i}.cs", s.Text))
            .Where(s => !RobustnessHarness.Compile(new[] { s }, OutputKind.DynamicallyLinkedLibrary).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            .ToList();
        return RobustnessHarness.Compile(sample.Concat(tests));
    }

    [Fact]
    public async Task Cancellation_at_random_points_only_ever_throws_OperationCanceledException()
    {
        var compilation = RobustnessHarness.Compile(RobustnessHarness.SampleSources());
        await RobustnessHarness.RunAsync(compilation); // warm up: the delays are drawn around a warm run's duration
        var baseline = await RobustnessHarness.RunAsync(compilation);
        baseline.AssertHealthy("baseline");
        var random = new Random(RobustnessHarness.Seed);
        var maxDelay = Math.Max(2, (int)baseline.Elapsed.TotalMilliseconds * 2);
        int canceled = 0, completed = 0;
        for (var i = 0; i < CancellationRuns; i++)
        {
            var delay = random.Next(0, maxDelay);
            using var cts = new CancellationTokenSource();
            cts.CancelAfter(delay);
            try
            {
                var outcome = await RobustnessHarness.RunAsync(compilation, concurrent: i % 2 == 0, cancellationToken: cts.Token);
                outcome.AssertHealthy($"run {i} cancelled after {delay} ms (seed {RobustnessHarness.Seed})");
                completed++;
            }
            catch (OperationCanceledException)
            {
                canceled++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"run {i} cancelled after {delay} ms (seed {RobustnessHarness.Seed}) threw {ex}");
            }
        }

        output.WriteLine($"{CancellationRuns} runs with delays up to {maxDelay} ms: {canceled} cancelled, {completed} completed (seed {RobustnessHarness.Seed})");
        Assert.Equal(CancellationRuns, canceled + completed);
    }

    [Fact]
    public async Task Same_compilation_from_8_threads_twice_gives_identical_diagnostics()
    {
        var compilation = BusyCompilation();
        var stopwatch = Stopwatch.StartNew();
        var reference = await RobustnessHarness.RunAsync(compilation);
        reference.AssertHealthy("reference run");
        var expected = RobustnessHarness.Fingerprints(reference.Diagnostics);
        Assert.NotEmpty(expected);

        // Shared analyzer instances, as the IDE shares them between documents and projects.
        var analyzers = RobustnessHarness.AllAnalyzers();
        for (var round = 0; round < 2; round++)
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => RobustnessHarness.RunAsync(compilation, analyzers: analyzers, concurrent: i % 2 == 0))));
            foreach (var (run, thread) in runs.Select((r, i) => (r, i)))
            {
                run.AssertHealthy($"round {round}, thread {thread}");
                var actual = RobustnessHarness.Fingerprints(run.Diagnostics);
                Assert.True(expected.SequenceEqual(actual), $"round {round}, thread {thread} differs:\n" + Difference(expected, actual));
            }
        }

        output.WriteLine($"{compilation.SyntaxTrees.Count()} files, {expected.Length} diagnostics, identical in 17 runs, {stopwatch.Elapsed.TotalSeconds:N1} s");
    }

    private static string Difference(ImmutableArray<string> expected, ImmutableArray<string> actual) =>
        string.Join("\n", expected.Except(actual).Select(e => "- " + e).Concat(actual.Except(expected).Select(a => "+ " + a)).Take(20));
}
