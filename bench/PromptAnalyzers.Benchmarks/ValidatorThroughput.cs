using System.Diagnostics;
using System.Text;
using PromptAnalyzers.Text.FineTuning;

namespace PromptAnalyzers.Benchmarks;

/// <summary>
/// <c>--validator [--mb 100] [--runs 3] [--format sharegpt]</c>: streams a generated fine-tuning dataset of about 100 MB (the
/// corpus datasets' lines repeated, 1 line in 50 malformed; with <c>--format</c>, the lines of that format's labelled file in
/// tests/.../FineTuning/FormatCorpus, its malformed line included) through <see cref="FineTuningDatasetValidator"/> from a
/// file, as the analyzer does with an additional file, and reports MB/s and the peak memory.
/// </summary>
internal static class ValidatorThroughput
{
    public static int Run(string[] args)
    {
        var megabytes = Compilations.AnalyzerOverhead.Option(args, "--mb", 100);
        var runs = Compilations.AnalyzerOverhead.Option(args, "--runs", 3);
        var format = FormatOption(args);
        var path = Path.Combine(Path.GetTempPath(), $"promptanalyzers-bench-{format ?? "chat"}-{megabytes}mb.jsonl");
        var bytes = format is null ? Generate(path, megabytes * 1_000_000L) : GenerateFormat(path, format, megabytes * 1_000_000L);
        Console.WriteLine($"// dataset {path}: {bytes / 1e6:N1} MB");

        var peakHeap = 0L;
        var times = new List<double>();
        FineTuningDatasetSummary? summary = null;
        var reports = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var stopwatch = Stopwatch.StartNew();
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            // The analyzer's defaults: facts checked (PA1002), a model limit (PA3003); --no-facts to time the parsing alone.
            var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions { MinFacts = args.Contains("--no-facts") ? null : 1, MaxExampleTokens = 65_536 });
            reports = 0;
            foreach (var report in validator.Validate(reader))
            {
                reports++;
                if ((reports & 0xFFF) == 0)
                {
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - heapBefore);
                }
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            summary = validator.Summary;
        }

        var median = Compilations.Stats.Median(times);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"// {summary!.Lines:N0} lines, {summary.Examples:N0} valid examples, {summary.MalformedLines:N0} malformed, {summary.TrainingTokens:N0} training tokens, {reports:N0} line reports");
        Console.WriteLine();
        Console.WriteLine("| dataset | time (median of runs) | throughput | lines/s | peak managed heap growth | peak working set of the process |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        Console.WriteLine($"| {summary.Format?.ToCode()} {bytes / 1e6:N0} MB, {summary.Lines:N0} lines | {median / 1000:N2} s | {bytes / 1e6 / (median / 1000):N1} MB/s | {summary.Lines / (median / 1000):N0} | {peakHeap / 1e6:N1} MB | {process.PeakWorkingSet64 / 1e6:N0} MB |");
        return 0;
    }

    private static string? FormatOption(string[] args)
    {
        int index = Array.IndexOf(args, "--format");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Writes a dataset of one format's labelled lines repeated; returns its size in bytes.</summary>
    private static long GenerateFormat(string path, string format, long size)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "PromptAnalyzers.Tests")))
        {
            directory = directory.Parent;
        }

        var source = Path.Combine(directory!.FullName, "tests", "PromptAnalyzers.Tests", "Text", "FineTuning", "FormatCorpus", format + ".jsonl");
        var lines = File.ReadLines(source).Where(l => l.Trim().Length > 0).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        long written = 0;
        for (var i = 0; written < size; i++)
        {
            var line = lines[i % lines.Length];
            writer.Write(line);
            writer.Write('\n');
            written += Encoding.UTF8.GetByteCount(line) + 1;
        }

        return written;
    }

    /// <summary>Writes the dataset once (kept in the temp folder for later runs); returns its size in bytes.</summary>
    private static long Generate(string path, long size)
    {
        if (File.Exists(path) && new FileInfo(path).Length >= size)
        {
            return new FileInfo(path).Length;
        }

        var directory = Path.GetDirectoryName(Corpus.Find("prompts.jsonl"))!;
        var lines = Directory.GetFiles(Path.Combine(directory, "finetune"), "*.jsonl")
            .Where(f => !Path.GetFileName(f).StartsWith("malformed", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .ToArray();
        var malformed = Directory.GetFiles(Path.Combine(directory, "finetune"), "malformed*.jsonl").OrderBy(f => f, StringComparer.Ordinal).SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        long written = 0;
        for (var i = 0; written < size; i++)
        {
            var line = i % 50 == 49 ? malformed[i / 50 % malformed.Length] : lines[i % lines.Length];
            writer.Write(line);
            writer.Write('\n');
            written += Encoding.UTF8.GetByteCount(line) + 1;
        }

        return written;
    }
}
