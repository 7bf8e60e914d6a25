using BenchmarkDotNet.Running;
using PromptAnalyzers.Benchmarks;
using PromptAnalyzers.Benchmarks.Compilations;

// Stopwatch harnesses for what BenchmarkDotNet cannot measure well (whole compilations, fresh processes, 100 MB
// streams); everything else goes to BenchmarkDotNet. See docs/performance.md for the commands.
return args.FirstOrDefault() switch
{
    "--overhead" => await AnalyzerOverhead.Run(args),
    "--ide" => await IdeLatency.Run(args),
    "--first-use" => FirstUse.Run(args),
    "--validator" => ValidatorThroughput.Run(args),
    "--tokenizer" => TokenizerSideBySide.Run(args),
    "--long-runs" => LongRunCounting.Run(args),
    "--probe" => DiscoveryProbe.Run(args),
    "--gate" => GateThroughput.Run(args),
    "--diagnostics" => await DiagnosticDump.Run(args),
    _ => Bdn(args),
};

static int Bdn(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(TextEngineBenchmarks).Assembly).Run(args);
    return 0;
}
