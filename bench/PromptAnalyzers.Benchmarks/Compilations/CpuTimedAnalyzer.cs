using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Benchmarks.Compilations;

#pragma warning disable RS1001, RS1012, RS1025, RS1026 // A wrapper built by the bench: the wrapped analyzer configures itself and registers the actions.

/// <summary>
/// Wraps an analyzer and adds up the CPU time of the threads that run its callbacks (<see cref="ThreadCpu"/>): unlike the
/// driver's telemetry (wall time inside the callbacks) it does not grow when other processes take the cores, so it can be
/// read on a loaded machine; and the bytes those threads allocate in the callbacks. Covers the actions our analyzers register (compilation start, semantic model, additional file).
/// </summary>
internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
{
    private long _microseconds;
    private long _allocatedBytes;
    private long _gcPauseTicks;
    private long _startMicroseconds;
    private long _wallTicks;
    private long _jitTicks;

    public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => Inner = inner;

    public DiagnosticAnalyzer Inner { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    /// <summary>CPU milliseconds since the last call, then starts again from zero.</summary>
    public double TakeMs() => Interlocked.Exchange(ref _microseconds, 0) / 1000.0;

    /// <summary>Bytes the callbacks' threads allocated since the last call, then starts again from zero.</summary>
    public long TakeAllocatedBytes() => Interlocked.Exchange(ref _allocatedBytes, 0);

    /// <summary>GC pause time that fell inside the callbacks since the last call (process-wide pauses, counted once per callback they stopped), then starts again from zero.</summary>
    public double TakeGcPauseMs() => TimeSpan.FromTicks(Interlocked.Exchange(ref _gcPauseTicks, 0)).TotalMilliseconds;

    /// <summary>The part of <see cref="TakeMs"/>'s time spent in compilation-start actions (once per compilation: per keystroke in the IDE), then starts again from zero.</summary>
    public double TakeStartMs() => Interlocked.Exchange(ref _startMicroseconds, 0) / 1000.0;

    /// <summary>
    /// Wall time inside the callbacks since the last call, then starts again from zero: what the driver's telemetry measures,
    /// but for every callback (the telemetry of <c>CompilationWithAnalyzers</c> misses part of the semantic-model actions).
    /// </summary>
    public double TakeWallMs() => Interlocked.Exchange(ref _wallTicks, 0) * 1000.0 / Stopwatch.Frequency;

    /// <summary>Time the JIT spent compiling on the callbacks' threads inside the callbacks since the last call, then starts again from zero.</summary>
    public double TakeJitMs() => TimeSpan.FromTicks(Interlocked.Exchange(ref _jitTicks, 0)).TotalMilliseconds;

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new TimedContext(context, this));

    private void Timed(Action action)
    {
        var start = ThreadCpu.Ms();
        var wallStart = Stopwatch.GetTimestamp();
        var jitBefore = JitInfo.GetCompilationTime(currentThread: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        try
        {
            action();
        }
        finally
        {
            Interlocked.Add(ref _microseconds, (long)((ThreadCpu.Ms() - start) * 1000));
            Interlocked.Add(ref _wallTicks, Stopwatch.GetTimestamp() - wallStart);
            Interlocked.Add(ref _jitTicks, (JitInfo.GetCompilationTime(currentThread: true) - jitBefore).Ticks);
            Interlocked.Add(ref _allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            Interlocked.Add(ref _gcPauseTicks, (GC.GetTotalPauseDuration() - pauseBefore).Ticks);
        }
    }

    private sealed class TimedContext(AnalysisContext inner, CpuTimedAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => inner.RegisterCompilationStartAction(start =>
            {
                var before = Interlocked.Read(ref owner._microseconds);
                owner.Timed(() => action(new TimedStartContext(start, owner)));
                Interlocked.Add(ref owner._startMicroseconds, Interlocked.Read(ref owner._microseconds) - before);
            });

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(c => owner.Timed(() => action(c)));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(c => owner.Timed(() => action(c)));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(c => owner.Timed(() => action(c)));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(c => owner.Timed(() => action(c)));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class TimedStartContext(CompilationStartAnalysisContext inner, CpuTimedAnalyzer owner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(c => owner.Timed(() => action(c)));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(c => owner.Timed(() => action(c)));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(c => owner.Timed(() => action(c)));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(c => owner.Timed(() => action(c)));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private static NotSupportedException Unsupported() => new("CpuTimedAnalyzer covers the actions PromptAnalyzers registers; add this one to time it.");
}
