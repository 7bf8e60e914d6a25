using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PromptAnalyzers.Benchmarks.TextEngineBenchmarks).Assembly).Run(args);
