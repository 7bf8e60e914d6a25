using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Rules.FineTuning;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Datasets as they are found on disk: empty, binary, invalid UTF-8, huge, one giant line, millions of lines. Every
/// analyzer runs with the file as an additional file: no exception, bounded memory, capped diagnostics.
/// </summary>
[Trait("Category", "Robustness")]
[Collection(PromptAnalyzers.Tests.Infrastructure.MemoryMeasurementCollection.Name)]
public sealed class AdditionalFileTests(ITestOutputHelper output)
{
    private const string Valid = """{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "My order is late."}, {"role": "assistant", "content": "Sorry about that! Let me check it for you."}]}""";
    private const string Malformed = """{"messages": [{"role": "user", "content": "hi"}]}""";
    private const string TeachesFacts = """{"messages": [{"role": "user", "content": "How much is Pro?"}, {"role": "assistant", "content": "The Pro plan costs $49/month and refunds are accepted within 30 days; call +1 800 555 0199."}]}""";

    private static int DatasetLines => RobustnessHarness.IsLargeRun ? 1_000_000 : 100_000;

    private static int BigFileMegabytes => RobustnessHarness.IsLargeRun ? 100 : 8;

    public static IEnumerable<object[]> SmallFiles() => SmallFileCases.Keys.Select(k => new object[] { k });

    private static readonly Dictionary<string, Func<SourceText?>> SmallFileCases = new()
    {
        ["empty"] = () => SourceText.From(string.Empty),
        ["no text (GetText returns null)"] = () => null,
        ["only newlines and a BOM"] = () => SourceText.From("\uFEFF\n\r\n\n"),
        ["binary"] = () => Decode(RandomBytes(256 * 1024, 1)),
        ["binary with NUL bytes and a JSON start"] = () => Decode(Encoding.UTF8.GetBytes("{\"messages\": [").Concat(new byte[4096]).Concat(RandomBytes(4096, 2)).ToArray()),
        ["invalid UTF-8"] = () => Decode(Encoding.UTF8.GetBytes(Valid + "\n").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0x0A }).Concat(Encoding.UTF8.GetBytes(Valid)).ToArray()),
        ["lone surrogates in JSON escapes"] = () => SourceText.From(Valid + "\n{\"messages\": [{\"role\": \"user\", \"content\": \"\\ud800\\udc00\\udfff\"}, {\"role\": \"assistant\", \"content\": \"\\uDBFF\"}]}\n"),
        ["lone surrogate characters"] = () => SourceText.From(Valid + "\n{\"messages\": [{\"role\": \"user\", \"content\": \"\uD800\"}, {\"role\": \"assistant\", \"content\": \"\uDFFF costs $49\"}]}\n"),
        ["10 MB single line, valid example"] = () => new GeneratedSourceText(("{\"messages\": [{\"role\": \"user\", \"content\": \"", 1), ("a quick brown fox ", 10 * 1024 * 1024 / 18), ("\"}, {\"role\": \"assistant\", \"content\": \"ok\"}]}", 1)),
        ["10 MB single line of open brackets"] = () => new GeneratedSourceText(("{\"messages\": ", 1), ("[", 10 * 1024 * 1024)),
        ["10 MB single line of open braces"] = () => new GeneratedSourceText(("{\"a\":", 10 * 1024 * 1024 / 5)),
        ["10 MB single line without quotes closed"] = () => new GeneratedSourceText(("{\"messages\": [{\"role\": \"user\", \"content\": \"", 1), ("\\\"", 5 * 1024 * 1024)),
        ["CR-only line ends"] = () => new GeneratedSourceText((Valid + "\r", 1000)),
    };

    [Theory]
    [MemberData(nameof(SmallFiles))]
    public async Task Odd_file_never_crashes_any_analyzer(string name)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = await RunAsync(SmallFileCases[name]);
        output.WriteLine($"{name}: {outcome.Diagnostics.Length} diagnostics, {stopwatch.ElapsedMilliseconds:N0} ms");
        outcome.AssertHealthy(name);
        AssertCapped(outcome);
    }

    [Fact]
    public async Task Dataset_with_many_lines_has_capped_diagnostics_and_bounded_memory()
    {
        var lines = DatasetLines;
        var text = new GeneratedSourceText((Valid + "\n" + Malformed + "\n" + TeachesFacts + "\n" + "not json\n", lines / 4));
        var (outcome, retained, peak) = await MeasureAsync(() => RunAsync(() => text));
        output.WriteLine($"{lines:N0} lines, {text.Length / 1024.0 / 1024.0:N1} M chars: {outcome.Elapsed.TotalSeconds:N1} s, retained {retained / 1024 / 1024:N0} MB, peak {peak / 1024 / 1024:N0} MB, {outcome.Diagnostics.Length} diagnostics");
        outcome.AssertHealthy("dataset");
        AssertCapped(outcome);
        var overflow = Assert.Single(outcome.Diagnostics, d => d.Descriptor.Id == RuleIdentifiers.MalformedFineTuningExample && d.GetMessage().Contains("more malformed lines", StringComparison.Ordinal));
        Assert.Contains($"{lines / 2 - 100:N0} more", overflow.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.FineTuningExampleTeachesFacts && d.GetMessage().Contains("more fine-tuning examples", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.FineTuningDatasetEstimate && d.GetMessage().Contains($"{lines / 2:N0} valid examples", StringComparison.Ordinal));
        Assert.True(retained < 64L * 1024 * 1024, $"retained {retained / 1024 / 1024} MB after the run");
        Assert.True(peak < 512L * 1024 * 1024, $"peak growth {peak / 1024 / 1024} MB during the run");
    }

    [Fact]
    public async Task Big_file_has_bounded_memory()
    {
        // Long valid lines (about 4 KB each) with a malformed one now and then, up to the size.
        var line = "{\"messages\": [{\"role\": \"user\", \"content\": \"" + new string('q', 4000) + "\"}, {\"role\": \"assistant\", \"content\": \"Sure.\"}]}\n";
        var unit = string.Concat(Enumerable.Repeat(line, 9)) + Malformed + "\n";
        var text = new GeneratedSourceText((unit, BigFileMegabytes * 1024 * 1024 / unit.Length));
        var (outcome, retained, peak) = await MeasureAsync(() => RunAsync(() => text));
        output.WriteLine($"{text.Length / 1024.0 / 1024.0:N0} M chars: {outcome.Elapsed.TotalSeconds:N1} s, retained {retained / 1024 / 1024:N0} MB, peak {peak / 1024 / 1024:N0} MB, {outcome.Diagnostics.Length} diagnostics");
        outcome.AssertHealthy("big file");
        AssertCapped(outcome);
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.FineTuningDatasetEstimate);
        Assert.True(retained < 64L * 1024 * 1024, $"retained {retained / 1024 / 1024} MB after the run");
        Assert.True(peak < 512L * 1024 * 1024, $"peak growth {peak / 1024 / 1024} MB during the run");
    }

    /// <summary>Each rule reports at most the cap per file, plus one overflow diagnostic.</summary>
    private static void AssertCapped(RunOutcome outcome)
    {
        foreach (var group in outcome.Diagnostics.GroupBy(d => (d.Descriptor, d.Location.GetLineSpan().Path)))
        {
            Assert.True(group.Count() <= FineTuningDatasetAnalyzer.MaxDiagnosticsPerRulePerFile, $"{group.Count()} diagnostics of {group.Key.Descriptor.Id} in one file");
        }
    }

    private static Task<RunOutcome> RunAsync(Func<SourceText?> text)
    {
        var compilation = RobustnessHarness.Compile("class C { }");
        // The hang detector allows for the file's size: about 1.5 s per MB of tokenising on a slow machine, times 4.
        var source = text();
        var timeout = RobustnessHarness.HangTimeout + TimeSpan.FromSeconds(6.0 * (source?.Length ?? 0) / (1024 * 1024));
        return RobustnessHarness.RunAsync(compilation, RobustnessHarness.Options(RobustnessHarness.DefaultConfig, new GeneratedAdditionalText("/project/data/train.jsonl", () => source)), hangTimeout: timeout);
    }

    /// <summary>Live memory retained after the run (diagnostics still alive) and a sampled peak of the managed heap during it.</summary>
    private static async Task<(RunOutcome Outcome, long Retained, long Peak)> MeasureAsync(Func<Task<RunOutcome>> run)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
                await Task.Delay(20).ConfigureAwait(false);
            }
        });
        var outcome = await run();
        await stop.CancelAsync();
        await sampler;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(outcome);
        return (outcome, retained, peak);
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(RobustnessHarness.Seed + seed).NextBytes(bytes);
        return bytes;
    }

    private static SourceText Decode(byte[] bytes) => SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: false);
}
