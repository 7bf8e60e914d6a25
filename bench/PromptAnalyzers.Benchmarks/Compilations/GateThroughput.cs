using System.Diagnostics;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--gate [--rounds 5] [--ordinary-files 1900]</c>: how fast the relevance gate decides that a document holds no prompt.
/// The ordinary files of the large compilation are parsed afresh each round (untimed, so no tree has an identifier index
/// yet); the timed part is what the prompt rules do for such a document: build its identifier index from its text and
/// check it against the catalog's entry names. MB/s of source text (chars as bytes), median of the rounds after the first;
/// each round also splits the process's CPU time between building the indexes and checking the entry names, and gives the
/// gate's own thread's CPU time (without the runtime's background JIT and GC threads).
/// </summary>
internal static class GateThroughput
{
    public static int Run(string[] args)
    {
        var rounds = AnalyzerOverhead.Option(args, "--rounds", 5);
        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var sources = GeneratedProject.Sources(ordinary, aiFiles: 10);
        var catalog = PromptDiscovery.For(BenchReferences.Compile(BenchReferences.Parse(sources), withSdks: true)).Catalog;
        var noPrompt = sources.Where(s => s.Path.Contains("/Domain/", StringComparison.Ordinal)).ToList();
        var chars = noPrompt.Sum(s => (long)s.Text.Length);
        Console.WriteLine($"// {noPrompt.Count:N0} documents without prompts, {chars / 1e6:N2} M chars; {catalog.EntryNameList.Length} entry names");
        Console.WriteLine("| round | relevant | ms | CPU ms | MB/s | MB per CPU s | index CPU ms | check CPU ms | thread CPU ms | MB per thread CPU s |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var wall = new List<double>();
        var cpuTimes = new List<double>();
        var threadTimes = new List<double>();
        var firstThreadMs = double.NaN;
        for (var round = 0; round < rounds; round++)
        {
            var trees = BenchReferences.Parse(noPrompt);
            foreach (var tree in trees)
            {
                tree.GetText(); // the text a tree keeps; the compiler has it before any analyzer runs
            }

            // The parse's garbage is collected before timing, or the GC's threads would bill it to the gate.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var threadCpu = ThreadCpu.Ms();
            var stopwatch = Stopwatch.StartNew();
            var indexes = new IdentifierIndex[trees.Length];
            for (var t = 0; t < trees.Length; t++)
            {
                indexes[t] = IdentifierIndex.For(trees[t], CancellationToken.None);
            }

            var indexCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var relevant = 0;
            foreach (var index in indexes)
            {
                relevant += index.ContainsAny(catalog.EntryNames) ? 1 : 0;
            }

            var ms = stopwatch.Elapsed.TotalMilliseconds;
            var threadMs = ThreadCpu.Ms() - threadCpu;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            Console.WriteLine($"| {round + 1}{(round == 0 ? " (cold)" : string.Empty)} | {relevant} | {ms:N1} | {cpuMs:N1} | {chars / 1e6 / (ms / 1000):N1} | {chars / 1e6 / (cpuMs / 1000):N1} | {indexCpuMs:N1} | {cpuMs - indexCpuMs:N1} | {threadMs:N1} | {chars / 1e6 / (threadMs / 1000):N1} |");
            if (round == 0)
            {
                firstThreadMs = threadMs;
            }
            else
            {
                wall.Add(ms);
                cpuTimes.Add(cpuMs);
                threadTimes.Add(threadMs);
            }

            GC.KeepAlive(trees);
        }

        // The identifier scan alone, on the same texts, 5 passes after a warm-up pass.
        var texts = noPrompt.Select(s => Microsoft.CodeAnalysis.Text.SourceText.From(s.Text)).ToArray();
        var scanTimes = new List<double>();
        var scanCpu = new List<double>();
        var scanThread = new List<double>();
        var passes = AnalyzerOverhead.Option(args, "--scan-passes", 6);
        for (var pass = 0; pass < passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var threadCpu = ThreadCpu.Ms();
            var scan = Stopwatch.StartNew();
            foreach (var text in texts)
            {
                IdentifierIndex.Scan(text, 0, text.Length, CancellationToken.None);
            }

            if (pass > 0)
            {
                scanTimes.Add(scan.Elapsed.TotalMilliseconds);
                scanCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                scanThread.Add(ThreadCpu.Ms() - threadCpu);
            }
        }

        Console.WriteLine($"// identifier scan alone: median {Stats.Median(scanTimes):N1} ms = {chars / 1e6 / (Stats.Median(scanTimes) / 1000):N1} MB/s; CPU {Stats.Median(scanCpu):N1} ms = {chars / 1e6 / (Stats.Median(scanCpu) / 1000):N1} MB per CPU s; thread CPU {Stats.Median(scanThread):N1} ms = {chars / 1e6 / (Stats.Median(scanThread) / 1000):N1} MB per CPU s");
        if (wall.Count > 0)
        {
            Console.WriteLine($"// median of rounds 2-{rounds}: {Stats.Median(wall):N1} ms = {chars / 1e6 / (Stats.Median(wall) / 1000):N1} MB/s; CPU {Stats.Median(cpuTimes):N1} ms = {chars / 1e6 / (Stats.Median(cpuTimes) / 1000):N1} MB per CPU s; gate thread's CPU {Stats.Median(threadTimes):N1} ms = {chars / 1e6 / (Stats.Median(threadTimes) / 1000):N1} MB per CPU s");
            Console.WriteLine($"// cold round 1: gate thread's CPU {chars / 1e6 / (firstThreadMs / 1000):N1} MB per CPU s");
        }

        return 0;
    }
}
