using System.Diagnostics;
using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Benchmarks;

/// <summary>
/// <c>--first-use</c>: run in a fresh process. Times the first <see cref="TokenCounter.Count"/> in each encoding (assembly
/// load, rank table, JIT), the first very long piece (the heap merge; before issue 20 it loaded a second, byte-level table), the
/// first fact detection, and reports the memory each step adds, then the steady state after the whole corpus.
/// </summary>
internal static class FirstUse
{
    public static int Run(string[] args)
    {
        var order = args.Contains("cl100k-first") ? new[] { TokenEncoding.Cl100kBase, TokenEncoding.O200kBase } : new[] { TokenEncoding.O200kBase, TokenEncoding.Cl100kBase };
        Console.WriteLine("| step | time ms | CPU ms | managed heap after (MB, after full GC) | +heap MB | working set (MB) | +working set MB | allocated MB |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var baseline = Snapshot();
        Print("process start (baseline)", 0, baseline, baseline);
        var previous = baseline;
        foreach (var encoding in order)
        {
            previous = Step($"first Count, {TokenCounter.NameOf(encoding)}", () => TokenCounter.Count("You are a helpful assistant.", encoding), previous);
        }

        var longPiece = new string('a', 2_000);
        previous = Step("first piece over 256 chars (o200k_base, heap merge)", () => TokenCounter.Count(longPiece, TokenEncoding.O200kBase), previous);
        previous = Step("first FactDetector.Detect", () => FactDetector.Detect("Orders over $50 ship free; returns within 30 days.").Facts.Count, previous);

        var prompts = Corpus.Prompts("prompts.jsonl").Concat(Corpus.Prompts("tokens.jsonl")).ToArray();
        previous = Step("steady state: whole corpus through both encodings and the fact detector", () =>
        {
            var total = 0;
            foreach (var prompt in prompts)
            {
                total += TokenCounter.Count(prompt, TokenEncoding.O200kBase) + TokenCounter.Count(prompt, TokenEncoding.Cl100kBase) + FactDetector.Detect(prompt).Facts.Count;
            }

            return total;
        }, previous);
        GC.KeepAlive(prompts);
        return 0;
    }

    private static double s_cpuMs;

    private readonly record struct Memory(double HeapMb, double WorkingSetMb, double AllocatedMb);

    private static Memory Snapshot()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Memory(heap, process.WorkingSet64 / 1e6, GC.GetTotalAllocatedBytes(precise: true) / 1e6);
    }

    private static Memory Step(string name, Func<int> action, Memory before)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        var ms = stopwatch.Elapsed.TotalMilliseconds;
        s_cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var after = Snapshot();
        Print(name, ms, after, before);
        return after;
    }

    private static void Print(string name, double ms, Memory after, Memory before)
        => Console.WriteLine($"| {name} | {ms:N1} | {s_cpuMs:N1} | {after.HeapMb:N1} | {after.HeapMb - before.HeapMb:+0.0;-0.0} | {after.WorkingSetMb:N1} | {after.WorkingSetMb - before.WorkingSetMb:+0.0;-0.0} | {after.AllocatedMb - before.AllocatedMb:N1} |");
}
