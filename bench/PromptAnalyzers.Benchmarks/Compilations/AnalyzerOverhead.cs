using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--overhead</c>: our analyzers on a large generated compilation (and on one that references no LLM SDK) against
/// the compilation's own work, an empty-analyzer baseline and Microsoft.CodeAnalysis.NetAnalyzers. Each round runs every
/// configuration once on a new compilation (nothing bound yet), in a rotating order; figures are medians over rounds.
/// </summary>
internal static class AnalyzerOverhead
{
    private sealed record Config(string Name, bool Large, ImmutableArray<DiagnosticAnalyzer> Analyzers, bool EnableAll = false);

    private sealed class Results
    {
        public List<Timing> Runs { get; } = new();

        /// <summary>Per-round analyzer execution time (AnalyzerTelemetryInfo.ExecutionTime) per analyzer name.</summary>
        public Dictionary<string, List<double>> Telemetry { get; } = new();

        /// <summary>Per-round CPU time of the threads in each analyzer's callbacks (<c>--thread-cpu</c>), per analyzer name.</summary>
        public Dictionary<string, List<double>> ThreadCpu { get; } = new();

        public Dictionary<string, int> DiagnosticCounts { get; set; } = new();
    }

    public static async Task<int> Run(string[] args)
    {
        var rounds = Option(args, "--rounds", 5);
        var ordinary = Option(args, "--ordinary-files", 1_900);
        var aiFiles = Option(args, "--ai-files", 100);
        Console.WriteLine($"// {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

        var parse = Stopwatch.StartNew();
        var largeSources = GeneratedProject.Sources(ordinary, aiFiles);
        var generated = parse.Elapsed;
        var lines = largeSources.Sum(s => s.Text.Count(c => c == '\n'));
        var bytes = largeSources.Sum(s => s.Text.Length);
        var parseTimes = new List<double>();
        ImmutableArray<SyntaxTree> large = default;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            large = BenchReferences.Parse(largeSources);
            parseTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        var parseMs = Stats.Median(parseTimes);
        var noSdk = BenchReferences.Parse(GeneratedProject.Sources(ordinary, 0));
        Console.WriteLine($"// large compilation: {large.Length:N0} files, {lines:N0} lines, {bytes / 1e6:N1} M chars (generated in {generated.TotalMilliseconds:N0} ms, parsed in {parseMs:N0} ms); no-SDK compilation: {noSdk.Length:N0} files");

        var errors = BenchReferences.Compile(large, withSdks: true).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"The generated compilation has {errors.Count} errors; first: {string.Join(Environment.NewLine, errors.Take(5))}");
            return 1;
        }

        var net = BenchReferences.NetAnalyzers;
        Console.WriteLine($"// analyzers: ours {BenchReferences.Ours.Length} ({string.Join(", ", BenchReferences.Ours.Select(a => a.GetType().Name))}), NetAnalyzers {net.Length} from {BenchReferences.NetAnalyzersDirectory}");

        var configs = new List<Config>
        {
            new("compile", true, ImmutableArray<DiagnosticAnalyzer>.Empty),
            new("bind", true, ImmutableArray<DiagnosticAnalyzer>.Empty),
            new("empty", true, BenchReferences.Empty),
            new("ours", true, args.Contains("--thread-cpu") ? BenchReferences.Ours.Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a)).ToImmutableArray() : BenchReferences.Ours),
            // Ours without PA4001: "ours" minus this is what the security rule adds to the prompt rules (shared binding included).
            new("ours-no-pa4001", true, BenchReferences.Ours.Where(a => a.GetType().Name != "UntrustedInputAnalyzer").ToImmutableArray()),
            new("noop-operations", true, BenchReferences.NoOpOperations),
            new("netanalyzers", true, net),
            new("netanalyzers-all", true, net, EnableAll: true),
            new("nosdk-empty", false, BenchReferences.Empty),
            new("nosdk-ours", false, BenchReferences.Ours),
        };
        if (!args.Contains("--all"))
        {
            configs.RemoveAll(c => c.EnableAll);
        }

        if (args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() is { } only)
        {
            configs.RemoveAll(c => !only.Split(',').Contains(c.Name));
        }

        var results = configs.ToDictionary(c => c.Name, _ => new Results());

        // One warm-up round (JIT, metadata, the tokenizer's data) on a twentieth of the files, not recorded. With --cold
        // there is none: the first round then includes each analyzer's first use in the process (our tokenizer data, sink
        // catalog and JIT), the compiler having bound the compilation once already (the error check above).
        var smallLarge = BenchReferences.Parse(GeneratedProject.Sources(ordinary / 20, Math.Max(1, aiFiles / 20)));
        var smallNoSdk = BenchReferences.Parse(GeneratedProject.Sources(ordinary / 20, 0));
        for (var round = args.Contains("--cold") ? 0 : -1; round < rounds; round++)
        {
            var order = configs.Skip(Math.Max(round, 0) % configs.Count).Concat(configs.Take(Math.Max(round, 0) % configs.Count)).ToList();
            foreach (var config in order)
            {
                var result = await RunOnce(config, round < 0 ? (config.Large ? smallLarge : smallNoSdk) : config.Large ? large : noSdk, args.Contains("--references-first")).ConfigureAwait(false);
                if (round >= 0)
                {
                    results[config.Name].Runs.Add(result.Timing);
                    foreach (var (name, ms) in result.Telemetry)
                    {
                        if (!results[config.Name].Telemetry.TryGetValue(name, out var list))
                        {
                            results[config.Name].Telemetry[name] = list = new List<double>();
                        }

                        list.Add(ms);
                    }

                    foreach (var (name, ms) in result.ThreadCpu)
                    {
                        if (!results[config.Name].ThreadCpu.TryGetValue(name, out var list))
                        {
                            results[config.Name].ThreadCpu[name] = list = new List<double>();
                        }

                        list.Add(ms);
                    }

                    results[config.Name].DiagnosticCounts = result.Counts;
                }

                Console.WriteLine($"//   round {round}: {config.Name,-18} wall {result.Timing.WallMs,8:N0} ms  cpu {result.Timing.CpuMs,8:N0} ms  telemetry total {result.Telemetry.Values.Sum(),6:N0} ms {string.Join(" ", result.Telemetry.Where(p => p.Value >= 1 && (config.Analyzers.Length < 10 || args.Contains("--cold"))).Select(p => $"{p.Key}={p.Value:N0}"))}{(result.ThreadCpu.Count > 0 ? $"  thread CPU total {result.ThreadCpu.Values.Sum():N0} ms" : "")}");
            }
        }

        Report(results, parseMs);
        ReportShareOfBinding(results);
        return 0;
    }

    private static async Task<(Timing Timing, Dictionary<string, double> Telemetry, Dictionary<string, double> ThreadCpu, Dictionary<string, int> Counts)> RunOnce(Config config, ImmutableArray<SyntaxTree> trees, bool referencesFirst)
    {
        var compilation = BenchReferences.Compile(trees, withSdks: config.Large);

        // Every run counts tokens and checks facts cold, as a build in CI does (the same prompt texts were seen in the
        // warm-up round and in earlier rounds). The tokenizer's data stays loaded: that is the first use, measured apart.
        PromptAnalyzers.Rules.TextCaches.ClearAll();
        var telemetry = new Dictionary<string, double>();
        var threadCpu = new Dictionary<string, double>();
        var counts = new Dictionary<string, int>();
        if (config.Name.EndsWith("bind", StringComparison.Ordinal))
        {
            var timing = await Timing.Of(() => Task.FromResult(compilation.GetDiagnostics())).ConfigureAwait(false);
            return (timing, telemetry, threadCpu, counts);
        }

        if (config.Name == "compile")
        {
            var timing = await Timing.Of(() =>
            {
                // What csc does: one pass that binds, reports the compiler's diagnostics, lowers and writes IL.
                using var peStream = new MemoryStream();
                var emit = compilation.Emit(peStream);
                if (!emit.Success)
                {
                    throw new InvalidOperationException("Emit failed: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                }

                return Task.CompletedTask;
            }).ConfigureAwait(false);
            return (timing, telemetry, threadCpu, counts);
        }

        if (config.EnableAll)
        {
            compilation = BenchReferences.EnableAll(compilation, config.Analyzers);
        }

        if (referencesFirst)
        {
            // --references-first: the compilation's references bound and its source declarations merged before the analysis
            // is timed. Binding does this first in any case (the bind round's CPU includes it); without this, whichever asks
            // first does it in the analysis round, the compiler or our compilation-start action (the sink catalog needs the
            // referenced assemblies), and when it is ours, our callbacks' CPU counts compiler work that binding's also counts.
            var setup = Stopwatch.StartNew();
            _ = compilation.References.ToImmutableArray();
            _ = compilation.Assembly.TypeNames;
            Console.WriteLine($"//     references bound and declarations merged before the analysis (not timed): {setup.Elapsed.TotalMilliseconds:N0} ms");
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(config.Analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = default;
        var measured = await Timing.Of(async () => diagnostics = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).ConfigureAwait(false);
        // Analysis is complete: the result (and its telemetry) comes from the driver's cache.
        var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
        var startCpu = new Dictionary<string, double>();
        var callbacks = new Dictionary<string, (double WallMs, double JitMs, long Bytes, double GcPauseMs)>();
        foreach (var analyzer in config.Analyzers)
        {
            var info = analysis.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var fromResult) && fromResult.ExecutionTime > TimeSpan.Zero
                ? fromResult
                : await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            var name = analyzer is CpuTimedAnalyzer timed ? timed.Inner.GetType().Name : analyzer.GetType().Name;
            telemetry[name] = telemetry.GetValueOrDefault(name) + info.ExecutionTime.TotalMilliseconds;
            if (analyzer is CpuTimedAnalyzer cpuTimed)
            {
                threadCpu[name] = threadCpu.GetValueOrDefault(name) + cpuTimed.TakeMs();
                startCpu[name] = cpuTimed.TakeStartMs();
                callbacks[name] = (cpuTimed.TakeWallMs(), cpuTimed.TakeJitMs(), cpuTimed.TakeAllocatedBytes(), cpuTimed.TakeGcPauseMs());
            }
        }

        if (startCpu.Values.Any(ms => ms >= 1))
        {
            // The part of the thread CPU above spent in compilation-start actions.
            Console.WriteLine($"//     of which in compilation-start actions (thread CPU): {string.Join(" ", startCpu.Where(p => p.Value >= 1).Select(p => $"{p.Key}={p.Value:N0}"))}");
        }

        if (callbacks.Values.Any(c => c.WallMs >= 1))
        {
            // The driver's telemetry undercounts (CompilationWithAnalyzers leaves out part of the semantic-model actions'
            // time): the wall time the wrapper measures around every callback, beside it, the thread CPU and the JIT's share,
            // the bytes allocated, and the GC pauses that fell inside the callbacks. A collection runs on the thread whose
            // allocation triggers it, so a pause inside a callback is CPU of that callback's thread when our allocation
            // triggered it, and no CPU of ours (the thread waits) when another thread's did: an upper bound of the GC in
            // the thread CPU.
            Console.WriteLine($"//     wall in callbacks / telemetry / thread CPU / of which JIT (ms) / allocated (MB) / GC pauses inside (ms): {string.Join(" ", callbacks.Where(p => p.Value.WallMs >= 1).OrderByDescending(p => p.Value.WallMs).Select(p => $"{p.Key}={p.Value.WallMs:N0}/{telemetry[p.Key]:N0}/{threadCpu[p.Key]:N0}/{p.Value.JitMs:N0}/{p.Value.Bytes / 1e6:N0}/{p.Value.GcPauseMs:N0}"))}; total {callbacks.Values.Sum(c => c.WallMs):N0}/{telemetry.Values.Sum():N0}/{threadCpu.Values.Sum():N0}/{callbacks.Values.Sum(c => c.JitMs):N0}/{callbacks.Values.Sum(c => c.Bytes) / 1e6:N0}/{callbacks.Values.Sum(c => c.GcPauseMs):N0}");
        }

        foreach (var group in diagnostics.GroupBy(d => d.Id))
        {
            counts[group.Key] = group.Count();
        }

        return (measured, telemetry, threadCpu, counts);
    }

    /// <summary>
    /// With <c>--thread-cpu</c> and both <c>bind</c> and <c>ours</c>: per round, our callbacks' thread CPU against the process
    /// CPU of binding the same sources in that round, issue 20's "total analyzer time, first use included, against binding"
    /// (with <c>--cold</c>, round 0 includes all first use).
    /// </summary>
    private static void ReportShareOfBinding(Dictionary<string, Results> results)
    {
        if (!results.TryGetValue("bind", out var bind) || !results.TryGetValue("ours", out var ours) || ours.ThreadCpu.Count == 0)
        {
            return;
        }

        var rounds = Math.Min(bind.Runs.Count, ours.Runs.Count);
        var shares = Enumerable.Range(0, rounds).Select(i => (Ours: ours.ThreadCpu.Values.Sum(list => list[i]), Bind: bind.Runs[i].CpuMs)).ToList();
        Console.WriteLine();
        Console.WriteLine($"our callbacks' thread CPU against binding's CPU, per round: {string.Join(", ", shares.Select(s => $"{Stats.Ms(s.Ours)} / {Stats.Ms(s.Bind)} ms = {Stats.Percent(s.Ours / s.Bind)}"))}");
    }

    private static void Report(Dictionary<string, Results> results, double parseMs)
    {
        double Wall(string name) => Stats.Median(results[name].Runs.Select(r => r.WallMs));
        double Cpu(string name) => Stats.Median(results[name].Runs.Select(r => r.CpuMs));
        double Spread(string name) => Stats.Percentile(results[name].Runs.Select(r => r.WallMs), 100) - Stats.Percentile(results[name].Runs.Select(r => r.WallMs), 0);
        double TelemetrySum(string name) => results[name].Telemetry.Count == 0
            ? 0
            : Enumerable.Range(0, results[name].Runs.Count).Select(i => results[name].Telemetry.Values.Sum(list => list[i])).DefaultIfEmpty(0).OrderBy(v => v).ElementAt(results[name].Runs.Count / 2);

        Console.WriteLine();
        Console.WriteLine("| configuration | wall ms (median) | wall spread (max-min) | CPU ms (median) | analyzer execution time (telemetry, median) |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, result) in results)
        {
            Console.WriteLine($"| {name} | {Stats.Ms(Wall(name))} | {Stats.Ms(Spread(name))} | {Stats.Ms(Cpu(name))} | {(result.Telemetry.Count == 0 ? "-" : Stats.Ms(TelemetrySum(name)))} |");
        }

        ReportPa4001(results);
        if (results.TryGetValue("ours", out var oursOnly) && !results.ContainsKey("nosdk-ours"))
        {
            Console.WriteLine();
            Console.WriteLine("| our analyzer | execution time, large compilation (median ms) |");
            Console.WriteLine("| --- | --- |");
            foreach (var (name, list) in oursOnly.Telemetry.OrderByDescending(p => Stats.Median(p.Value)))
            {
                Console.WriteLine($"| {name} | {Stats.Ms(Stats.Median(list))} |");
            }
        }

        if (!new[] { "compile", "empty", "ours", "nosdk-ours", "nosdk-empty" }.All(results.ContainsKey))
        {
            return; // --only a subset: the comparisons below need all of these.
        }

        var compileMs = parseMs + Wall("compile");
        var ours = Wall("ours") - Wall("empty");
        var oursCpu = Cpu("ours") - Cpu("empty");
        var oursTelemetry = TelemetrySum("ours");
        Console.WriteLine();
        Console.WriteLine($"parse {Stats.Ms(parseMs)} ms + emit (binding, diagnostics, IL) {Stats.Ms(Wall("compile"))} ms = compile time {Stats.Ms(compileMs)} ms");
        // Paired: each round runs every configuration back to back, so the per-round difference cancels most of the drift of a
        // shared machine between rounds.
        var paired = results["ours"].Runs.Zip(results["empty"].Runs, (o, e) => o.WallMs - e.WallMs).ToList();
        var pairedCpu = results["ours"].Runs.Zip(results["empty"].Runs, (o, e) => o.CpuMs - e.CpuMs).ToList();
        Console.WriteLine($"ours - empty per round (wall ms): {string.Join(", ", paired.Select(Stats.Ms))}; median {Stats.Ms(Stats.Median(paired))} ms = {Stats.Percent(Stats.Median(paired) / compileMs)} of compile time; CPU per round: {string.Join(", ", pairedCpu.Select(Stats.Ms))}, median {Stats.Ms(Stats.Median(pairedCpu))} ms");
        if (results.ContainsKey("noop-operations"))
        {
            var noop = results["noop-operations"].Runs.Zip(results["empty"].Runs, (o, e) => o.WallMs - e.WallMs).ToList();
            Console.WriteLine($"no-op operation actions - empty per round (wall ms): {string.Join(", ", noop.Select(Stats.Ms))}; median {Stats.Ms(Stats.Median(noop))} ms = {Stats.Percent(Stats.Median(noop) / compileMs)} of compile time (the driver's cost of operation actions alone)");
        }

        Console.WriteLine($"ours over empty: wall +{Stats.Ms(ours)} ms = {Stats.Percent(ours / compileMs)} of compile time; CPU +{Stats.Ms(oursCpu)} ms = {Stats.Percent(oursCpu / (parseMs + Cpu("compile")))} of compile CPU; telemetry {Stats.Ms(oursTelemetry)} ms = {Stats.Percent(oursTelemetry / compileMs)} of compile time");
        foreach (var net in new[] { "netanalyzers", "netanalyzers-all" }.Where(results.ContainsKey))
        {
            var netMs = Wall(net) - Wall("empty");
            var netCpu = Cpu(net) - Cpu("empty");
            Console.WriteLine($"{net} over empty: wall +{Stats.Ms(netMs)} ms, CPU +{Stats.Ms(netCpu)} ms, telemetry {Stats.Ms(TelemetrySum(net))} ms; ours/{net}: wall {Stats.Percent(ours / netMs)}, CPU {Stats.Percent(oursCpu / netCpu)}, telemetry {Stats.Percent(oursTelemetry / TelemetrySum(net))}");
        }

        Console.WriteLine($"no-SDK: ours {Stats.Ms(Wall("nosdk-ours"))} ms vs empty {Stats.Ms(Wall("nosdk-empty"))} ms (delta {Stats.Ms(Wall("nosdk-ours") - Wall("nosdk-empty"))} ms, spreads {Stats.Ms(Spread("nosdk-ours"))} / {Stats.Ms(Spread("nosdk-empty"))} ms); CPU delta {Stats.Ms(Cpu("nosdk-ours") - Cpu("nosdk-empty"))} ms; ours' telemetry {TelemetrySum("nosdk-ours"):N2} ms");

        Console.WriteLine();
        Console.WriteLine("| our analyzer | execution time, large compilation (median ms) | no-SDK compilation (median ms) |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var (name, list) in results["ours"].Telemetry.OrderByDescending(p => Stats.Median(p.Value)))
        {
            Console.WriteLine($"| {name} | {Stats.Ms(Stats.Median(list))} | {Stats.Median(results["nosdk-ours"].Telemetry.GetValueOrDefault(name) ?? new List<double>()):N2} |");
        }

        foreach (var net in new[] { "netanalyzers", "netanalyzers-all" }.Where(results.ContainsKey))
        {
            Console.WriteLine();
            Console.WriteLine($"{net}: slowest analyzers (median ms): " + string.Join(", ", results[net].Telemetry.OrderByDescending(p => Stats.Median(p.Value)).Take(5).Select(p => $"{p.Key} {Stats.Ms(Stats.Median(p.Value))}")));
            Console.WriteLine($"{net}: diagnostics reported: {results[net].DiagnosticCounts.Values.Sum():N0}");
        }

        Console.WriteLine();
        Console.WriteLine("ours: diagnostics reported: " + string.Join(", ", results["ours"].DiagnosticCounts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value:N0}")));
    }

    /// <summary>
    /// What PA4001 adds to the prompt rules: its own telemetry against the others' (per round, median), and when
    /// <c>ours-no-pa4001</c> ran, the paired wall and CPU difference of the two configurations.
    /// </summary>
    private static void ReportPa4001(Dictionary<string, Results> results)
    {
        if (!results.TryGetValue("ours", out var ours) || !ours.Telemetry.TryGetValue("UntrustedInputAnalyzer", out var security))
        {
            return;
        }

        var promptRules = Enumerable.Range(0, ours.Runs.Count).Select(i => ours.Telemetry.Where(p => p.Key != "UntrustedInputAnalyzer").Sum(p => p.Value[i])).ToList();
        var shares = security.Zip(promptRules, (s, p) => s / p).ToList();
        Console.WriteLine();
        Console.WriteLine($"PA4001 (UntrustedInputAnalyzer) telemetry per round: {string.Join(", ", security.Select(Stats.Ms))} ms; the other rules: {string.Join(", ", promptRules.Select(Stats.Ms))} ms; share per round {string.Join(", ", shares.Select(Stats.Percent))}, median {Stats.Percent(Stats.Median(shares))}");
        if (ours.ThreadCpu.TryGetValue("UntrustedInputAnalyzer", out var securityCpu))
        {
            var promptRulesCpu = Enumerable.Range(0, ours.Runs.Count).Select(i => ours.ThreadCpu.Where(p => p.Key != "UntrustedInputAnalyzer").Sum(p => p.Value[i])).ToList();
            var cpuShares = securityCpu.Zip(promptRulesCpu, (s, p) => s / p).ToList();
            Console.WriteLine($"PA4001 thread CPU per round: {string.Join(", ", securityCpu.Select(Stats.Ms))} ms; the other rules: {string.Join(", ", promptRulesCpu.Select(Stats.Ms))} ms; share per round {string.Join(", ", cpuShares.Select(Stats.Percent))}, median {Stats.Percent(Stats.Median(cpuShares))}");
            Console.WriteLine("| our analyzer | thread CPU per round (median ms) | telemetry (median ms) |");
            Console.WriteLine("| --- | --- | --- |");
            foreach (var (name, list) in ours.ThreadCpu.OrderByDescending(p => Stats.Median(p.Value)))
            {
                Console.WriteLine($"| {name} | {Stats.Ms(Stats.Median(list))} | {Stats.Ms(Stats.Median(ours.Telemetry[name]))} |");
            }
        }

        if (results.TryGetValue("ours-no-pa4001", out var without))
        {
            var wall = ours.Runs.Zip(without.Runs, (o, w) => o.WallMs - w.WallMs).ToList();
            var cpu = ours.Runs.Zip(without.Runs, (o, w) => o.CpuMs - w.CpuMs).ToList();
            var otherTelemetry = Enumerable.Range(0, without.Runs.Count).Select(i => without.Telemetry.Values.Sum(list => list[i])).ToList();
            Console.WriteLine($"ours - ours-no-pa4001 per round: wall {string.Join(", ", wall.Select(Stats.Ms))} ms (median {Stats.Ms(Stats.Median(wall))}), CPU {string.Join(", ", cpu.Select(Stats.Ms))} ms (median {Stats.Ms(Stats.Median(cpu))}); telemetry of ours-no-pa4001 per round {string.Join(", ", otherTelemetry.Select(Stats.Ms))} ms");
        }
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    internal static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
