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
        if (args.Contains("catalog"))
        {
            return FirstCatalog(bound: args.Contains("bound"));
        }

        if (args.Contains("facts"))
        {
            return FirstFacts();
        }

        var order = args.Contains("cl100k-first") ? new[] { TokenEncoding.Cl100kBase, TokenEncoding.O200kBase } : new[] { TokenEncoding.O200kBase, TokenEncoding.Cl100kBase };
        Console.WriteLine("| step | time ms | CPU ms | managed heap after (MB, after full GC) | +heap MB | working set (MB) | +working set MB | allocated MB | methods JIT-compiled | JIT ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
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

    /// <summary>
    /// <c>--first-use facts</c>: the fact engine's first passes over the corpus prompts in a fresh process, where its code
    /// runs as the runtime first compiles it (unoptimized, then instrumented, until tiering catches up), as in a build's
    /// first prompts; then a pass once warm. Allocated MB per pass divided by the corpus's characters gives bytes per
    /// character.
    /// </summary>
    private static int FirstFacts()
    {
        var prompts = Corpus.Prompts("prompts.jsonl");
        Console.WriteLine($"// {prompts.Length} corpus prompts, {prompts.Sum(p => (long)p.Length):N0} characters per pass");
        Console.WriteLine("| step | time ms | CPU ms | managed heap after (MB, after full GC) | +heap MB | working set (MB) | +working set MB | allocated MB | methods JIT-compiled | JIT ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        int Pass()
        {
            var facts = 0;
            foreach (var prompt in prompts)
            {
                facts += FactDetector.Detect(prompt).Facts.Count;
            }

            return facts;
        }

        var previous = Snapshot();
        Print("corpus read (baseline)", 0, previous, previous);
        for (var pass = 1; pass <= 3; pass++)
        {
            previous = Step($"pass {pass}", Pass, previous);
        }

        for (var pass = 0; pass < 30; pass++)
        {
            Pass();
        }

        Thread.Sleep(500); // let the runtime's tiering finish its queue
        previous = Snapshot();
        Step("pass 34, warm", Pass, previous);
        PrintFactDigest(prompts.Concat(Corpus.Prompts("tokens.jsonl")));
        return 0;
    }

    /// <summary>
    /// The facts found in <paramref name="texts"/> (kind and offsets of each) as a count and a hash: two builds that print
    /// the same line find the same facts, so a speed change can be checked for exactness by running this mode before and
    /// after it.
    /// </summary>
    private static void PrintFactDigest(IEnumerable<string> texts)
    {
        var listing = new System.Text.StringBuilder();
        var facts = 0;
        var count = 0;
        foreach (var text in texts)
        {
            count++;
            foreach (var fact in FactDetector.Detect(text).Facts)
            {
                facts++;
                listing.Append(fact.Kind).Append(',').Append(fact.Start).Append(',').Append(fact.Length).Append(',')
                    .Append(fact.UnitStart).Append(',').Append(fact.UnitLength).Append(',').Append(fact.IsDaysAndHours).Append('|');
            }

            listing.Append('\n');
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(listing.ToString()));
        Console.WriteLine($"// facts in the corpus prompts and tokens.jsonl ({count:N0} texts): {facts:N0}, digest {Convert.ToHexString(hash)[..16]}");
    }

    /// <summary>
    /// <c>--first-use catalog</c>: the first sink catalog in a fresh process, on a small project that references the SDKs,
    /// after the compiler's own first type lookup (untimed: any analyzer or the compiler pays it); then a second catalog for
    /// a second project with the same SDKs but new reference objects (what is left once our code is compiled: the type
    /// lookups and the members read from metadata), and a third on the same references (the cache check of a keystroke).
    /// With <c>bound</c>, the compiler binds the project first (untimed, as in a build, where the compiler binds beside the
    /// analyzers): the catalog then no longer pays for the compiler's own first namespace lookups and their JIT.
    /// </summary>
    private static int FirstCatalog(bool bound)
    {
        Console.WriteLine("| step | time ms | CPU ms | managed heap after (MB, after full GC) | +heap MB | working set (MB) | +working set MB | allocated MB | methods JIT-compiled | JIT ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var source = "using Microsoft.Extensions.AI;\nnamespace App;\npublic static class Llm { public static IChatClient Client = null!; public static object Ask(string q) => Client.GetResponseAsync(q); }";
        var first = Compilations.BenchReferences.Compile(Compilations.BenchReferences.Parse(new[] { ("/src/Llm.cs", source) }), withSdks: true);
        first.GetTypeByMetadataName("OpenAI.Chat.ChatClient");
        if (bound)
        {
            GC.KeepAlive(first.GetDiagnostics());
        }

        var previous = Snapshot();
        Print(bound ? "project compiled and bound (baseline)" : "project compiled, the compiler's first type lookup done (baseline)", 0, previous, previous);
        previous = Step("first catalog in the process", () => PromptAnalyzers.Discovery.SinkCatalog.Create(first).EntryNameList.Length, previous);
        var second = Compilations.BenchReferences.Compile(Compilations.BenchReferences.Parse(new[] { ("/src/Llm.cs", source) }), withSdks: true)
            .WithReferences(first.References.Select(r => r is Microsoft.CodeAnalysis.PortableExecutableReference pe ? Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(pe.FilePath!) : r));
        second.GetTypeByMetadataName("OpenAI.Chat.ChatClient");
        previous = Snapshot();
        previous = Step("second catalog: another project, same SDKs, new reference objects", () => PromptAnalyzers.Discovery.SinkCatalog.Create(second).EntryNameList.Length, previous);
        var keystroke = first.ReplaceSyntaxTree(first.SyntaxTrees.First(), first.SyntaxTrees.First().WithChangedText(first.SyntaxTrees.First().GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// a\n"))));
        PromptAnalyzers.Discovery.SinkCatalogCache.GetOrCreate(first);
        previous = Step("a keystroke's catalog (cache check, reused)", () => PromptAnalyzers.Discovery.SinkCatalogCache.GetOrCreate(keystroke).EntryNameList.Length, previous);
        return 0;
    }

    private static double s_cpuMs;
    private static long s_jitted;
    private static double s_jitMs;

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
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        var ms = stopwatch.Elapsed.TotalMilliseconds;
        s_cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        s_jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted;
        s_jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds;
        var after = Snapshot();
        Print(name, ms, after, before);
        return after;
    }

    private static void Print(string name, double ms, Memory after, Memory before)
        => Console.WriteLine($"| {name} | {ms:N1} | {s_cpuMs:N1} | {after.HeapMb:N1} | {after.HeapMb - before.HeapMb:+0.0;-0.0} | {after.WorkingSetMb:N1} | {after.WorkingSetMb - before.WorkingSetMb:+0.0;-0.0} | {after.AllocatedMb - before.AllocatedMb:N1} | {s_jitted:N0} | {s_jitMs:N1} |");
}
