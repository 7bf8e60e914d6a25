using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--ide</c>: what the IDE does after a keystroke in a 1,000-line document with 20 prompts: the edited tree replaces
/// the old one in the project's compilation (a new snapshot, nothing bound) and the analyzers run on that one document
/// (<c>GetAnalyzerSemanticDiagnosticsAsync</c>). The project is the large generated one (2,000 files).
/// </summary>
internal static class IdeLatency
{
    public static async Task<int> Run(string[] args)
    {
        var iterations = AnalyzerOverhead.Option(args, "--iterations", 60);
        var afterCompiler = args.Contains("--after-compiler");
        var cpuTimed = args.Contains("--thread-cpu");
        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var aiFiles = AnalyzerOverhead.Option(args, "--ai-files", 100);
        var documentText = GeneratedProject.LargeAiDocument(prompts: 20, lines: 1_000, ordinary);
        var project = BenchReferences.Parse(GeneratedProject.Sources(ordinary, aiFiles));
        var document = BenchReferences.Parse(new[] { ("/src/Ai/EditedAssistant.cs", documentText) })[0];
        var baseCompilation = BenchReferences.Compile(project.Add(document), withSdks: true);
        var errors = baseCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, errors.Take(5)));
            return 1;
        }

        Console.WriteLine($"// document: {documentText.Count(c => c == '\n'):N0} lines; project: {project.Length:N0} other files; {iterations} keystrokes{(afterCompiler ? "; each snapshot's compiler diagnostics of the document computed first, untimed" : "")}");

        // --analyzers A,B or --analyzers -A,-B: only these of ours, or all but these (to see who pays for what is shared).
        var ours = BenchReferences.Ours;
        if (AnalyzerOverhead.StringOption(args, "--analyzers") is { } selection)
        {
            var names = selection.Split(',', StringSplitOptions.RemoveEmptyEntries);
            ours = names.All(n => n.StartsWith('-'))
                ? ours.Where(a => !names.Contains("-" + a.GetType().Name)).ToImmutableArray()
                : ours.Where(a => names.Contains(a.GetType().Name)).ToImmutableArray();
        }

        var modes = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("compiler semantic diagnostics of the document", ImmutableArray<DiagnosticAnalyzer>.Empty),
            ("empty analyzer", BenchReferences.Empty),
            ("our analyzers", cpuTimed ? ours.Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a)).ToImmutableArray() : ours),
        };
        if (args.Contains("--ours-only"))
        {
            // For profiling: only the configuration with our analyzers.
            modes = modes.Where(m => m.Name == "our analyzers").ToArray();
        }

        var times = modes.ToDictionary(m => m.Name, _ => new List<double>());
        var cpuTimes = modes.ToDictionary(m => m.Name, _ => new List<double>());
        var oursTelemetry = new List<double>();

        // --keystrokes FILE: one CSV line per keystroke, to see what the slow ones have in common (GC pauses, one analyzer).
        using var keystrokes = AnalyzerOverhead.StringOption(args, "--keystrokes") is { } keystrokePath ? new StreamWriter(keystrokePath) : null;
        keystrokes?.WriteLine("keystroke,telemetry_ms,thread_cpu_ms,gc_pause_ms,gc_pause_in_our_callbacks_ms,gen0,gen1,gen2," + string.Join(",", ours.Select(a => a.GetType().Name)));
        var oursCpu = new List<double>();
        var oursWall = new List<double>();
        var perAnalyzerCpu = new Dictionary<string, List<double>>();
        var oursAllocatedKb = new List<double>();
        var oursGcPause = new List<double>();
        var perAnalyzerKb = new Dictionary<string, List<double>>();
        var perAnalyzerStart = new Dictionary<string, List<double>>();
        var perAnalyzer = new Dictionary<string, List<double>?>();
        var oursSites = 0;
        var tree = document;
        var compilation = baseCompilation;
        for (var i = -5; i < iterations; i++)
        {
            foreach (var (name, analyzers) in modes)
            {
                // A keystroke: one character changes in a comment at the top, the tree is reparsed incrementally and
                // replaces the old one in a new compilation snapshot.
                var text = tree.GetText();
                var change = new TextChange(new TextSpan(0, 0), "//" + (char)('a' + ((i + 26) % 26)) + "\n");
                var newTree = tree.WithChangedText(text.WithChanges(change));
                compilation = compilation.ReplaceSyntaxTree(tree, newTree);
                tree = newTree;
                var snapshot = compilation;
                var model = snapshot.GetSemanticModel(newTree);
                if (afterCompiler && !analyzers.IsEmpty)
                {
                    // The IDE computes the compiler's diagnostics of the document in the same snapshot: the declarations
                    // it merges (the source assembly's namespaces) are then shared, not paid by whichever analyzer asks first.
                    model.GetDiagnostics();
                }

                ImmutableArray<Diagnostic> diagnostics = default;
                CompilationWithAnalyzers? withAnalyzers = null;
                var pauseBefore = TimeSpan.Zero;
                var collectionsBefore = (0, 0, 0);
                var timing = analyzers.IsEmpty
                    ? await Timing.Of(() => Task.FromResult(model.GetDiagnostics())).ConfigureAwait(false)
                    : await Timing.Of(async () =>
                    {
                        // After the collections Timing.Of forces before it starts the clock.
                        pauseBefore = GC.GetTotalPauseDuration();
                        collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                        withAnalyzers = snapshot.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                        diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                var cpuByAnalyzer = analyzers.OfType<CpuTimedAnalyzer>().Select(a => (Name: a.Inner.GetType().Name, Ms: a.TakeMs(), Bytes: a.TakeAllocatedBytes(), PauseMs: a.TakeGcPauseMs(), StartMs: a.TakeStartMs(), WallMs: a.TakeWallMs())).ToList();
                if (i < 0)
                {
                    continue;
                }

                if (cpuByAnalyzer.Count > 0)
                {
                    oursCpu.Add(cpuByAnalyzer.Sum(a => a.Ms));
                    oursWall.Add(cpuByAnalyzer.Sum(a => a.WallMs));
                    oursAllocatedKb.Add(cpuByAnalyzer.Sum(a => a.Bytes) / 1024.0);
                    oursGcPause.Add(cpuByAnalyzer.Sum(a => a.PauseMs));
                    foreach (var (analyzerName, ms, bytes, _, startMs, _) in cpuByAnalyzer)
                    {
                        (perAnalyzerStart.TryGetValue(analyzerName, out var starts) ? starts : perAnalyzerStart[analyzerName] = new List<double>()).Add(startMs);
                        (perAnalyzerKb.TryGetValue(analyzerName, out var kb) ? kb : perAnalyzerKb[analyzerName] = new List<double>()).Add(bytes / 1024.0);
                        (perAnalyzerCpu.TryGetValue(analyzerName, out var list) ? list : perAnalyzerCpu[analyzerName] = new List<double>()).Add(ms);
                    }
                }

                times[name].Add(timing.WallMs);
                cpuTimes[name].Add(timing.CpuMs);
                if (name == "our analyzers")
                {
                    double sum = 0;
                    foreach (var analyzer in analyzers)
                    {
                        var ms = (await withAnalyzers!.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds;
                        sum += ms;
                        var analyzerName = analyzer is CpuTimedAnalyzer timed ? timed.Inner.GetType().Name : analyzer.GetType().Name;
                        perAnalyzer[analyzerName] = perAnalyzer.GetValueOrDefault(analyzerName) ?? new List<double>();
                        perAnalyzer[analyzerName]!.Add(ms);
                    }

                    oursTelemetry.Add(sum);
                    keystrokes?.WriteLine(string.Join(",", i, sum.ToString("F2", CultureInfo.InvariantCulture), (oursCpu.Count > 0 ? oursCpu[^1] : 0).ToString("F2", CultureInfo.InvariantCulture),
                        (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture),
                        (oursGcPause.Count > 0 ? oursGcPause[^1] : 0).ToString("F2", CultureInfo.InvariantCulture),
                        GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3,
                        string.Join(",", perAnalyzer.Values.Select(v => v![^1].ToString("F2", CultureInfo.InvariantCulture)))));
                    oursSites = diagnostics.Count(d => d.Id == "PA2001");
                }
            }
        }

        Console.WriteLine($"// our PA2001 diagnostics in the document: {oursSites}");
        Console.WriteLine();
        Console.WriteLine("| per keystroke, fresh snapshot | median ms | p95 ms | max ms | process CPU median ms | CPU p95 ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (name, list) in times)
        {
            var cpu = cpuTimes[name];
            Console.WriteLine($"| {name} | {Stats.Ms(Stats.Median(list))} | {Stats.Ms(Stats.Percentile(list, 95))} | {Stats.Ms(list.Max())} | {Stats.Ms(Stats.Median(cpu))} | {Stats.Ms(Stats.Percentile(cpu, 95))} |");
        }

        Console.WriteLine($"| our analyzers' own execution time (telemetry) | {Stats.Ms(Stats.Median(oursTelemetry))} | {Stats.Ms(Stats.Percentile(oursTelemetry, 95))} | {Stats.Ms(oursTelemetry.Max())} |");
        foreach (var (name, list) in perAnalyzer)
        {
            Console.WriteLine($"| - {name} | {Stats.Ms(Stats.Median(list!))} | {Stats.Ms(Stats.Percentile(list!, 95))} | {Stats.Ms(list!.Max())} |");
        }

        if (oursCpu.Count > 0)
        {
            // The driver's telemetry can leave callbacks out (see docs/performance.md, issue 20 seventh pass): the wrapper's wall
            // time around every callback is the check on it.
            Console.WriteLine($"| our analyzers' callbacks, wall time around each (the wrapper's) | {Stats.Ms(Stats.Median(oursWall))} | {Stats.Ms(Stats.Percentile(oursWall, 95))} | {Stats.Ms(oursWall.Max())} |");
            Console.WriteLine($"| our analyzers' callbacks, thread CPU | {Stats.Ms(Stats.Median(oursCpu))} | {Stats.Ms(Stats.Percentile(oursCpu, 95))} | {Stats.Ms(oursCpu.Max())} |");
            foreach (var (name, list) in perAnalyzerCpu)
            {
                Console.WriteLine($"| - {name}, thread CPU | {Stats.Ms(Stats.Median(list))} | {Stats.Ms(Stats.Percentile(list, 95))} | {Stats.Ms(list.Max())} |");
            }

            foreach (var (name, list) in perAnalyzerStart.Where(p => p.Value.Max() >= 0.05))
            {
                Console.WriteLine($"| - {name}, of which its compilation-start action (once per snapshot) | {Stats.Ms(Stats.Median(list))} | {Stats.Ms(Stats.Percentile(list, 95))} | {Stats.Ms(list.Max())} |");
            }

            Console.WriteLine();
            Console.WriteLine("| allocated by our callbacks per keystroke | median KB | p95 KB | max KB |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine($"| our analyzers | {Stats.Median(oursAllocatedKb):N0} | {Stats.Percentile(oursAllocatedKb, 95):N0} | {oursAllocatedKb.Max():N0} |");
            foreach (var (name, list) in perAnalyzerKb)
            {
                Console.WriteLine($"| - {name} | {Stats.Median(list):N0} | {Stats.Percentile(list, 95):N0} | {list.Max():N0} |");
            }
        }
        return 0;
    }
}
