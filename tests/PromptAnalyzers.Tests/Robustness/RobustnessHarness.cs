using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer of the package over a compilation the way a build does and collects what must never happen:
/// an analyzer exception (AD0001 in the user's build) or a run that does not finish (a frozen editor).
/// </summary>
internal static class RobustnessHarness
{
    /// <summary>Set to 1 for the large run (100 MB files, 1,000,000-line datasets, every cut point and more mutations).</summary>
    public const string LargeRunVariable = "PROMPTANALYZERS_FUZZ_LARGE";

    /// <summary>Overrides the fixed seed of the random cases (mutations, sampled cut points, cancellation delays).</summary>
    public const string SeedVariable = "PROMPTANALYZERS_FUZZ_SEED";

    /// <summary>A run that takes longer than this is a hang (see <see cref="HangGuard"/>): minutes, so that a loaded machine never trips it.</summary>
    public static readonly TimeSpan HangTimeout = HangGuard.Timeout;

    public static bool IsLargeRun => Environment.GetEnvironmentVariable(LargeRunVariable) == "1";

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20240607;

    /// <summary>Options like the sample's: a declared prompt method and a small budget so that every rule path runs.</summary>
    public const string DefaultConfig = """
        prompt_analyzers.default_model = gpt-4o-mini
        prompt_analyzers.token_budget = 60
        prompt_analyzers.min_facts = 2
        prompt_analyzers.prompt_methods = SupportBot.SupportDesk.Ask(systemPrompt) MyApp.Llm.AskAsync(prompt) Bot.Send(prompt)
        prompt_analyzers.price.gpt-4o-mini = 0.15
        """;

    /// <summary>Every <see cref="DiagnosticAnalyzer"/> type in the analyzer assembly, attributed or not, one new instance each.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => AnalyzerTypes
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<Type> AnalyzerTypes { get; } = typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, OutputKind kind = OutputKind.ConsoleApplication)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(DiscoveryHarness.ImplicitUsings, parseOptions, path: "/src/GlobalUsings.cs"))
            .ToArray();
        return CSharpCompilation.Create(
            "Robustness",
            trees,
            TestReferences.Framework.AddRange(TestReferences.Sdks),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings));
    }

    public static CSharpCompilation Compile(string source) => Compile(new[] { ("/src/Input.cs", source) });

    public static AnalyzerOptions Options(string? config = DefaultConfig, params AdditionalText[] additionalFiles) =>
        new(additionalFiles.ToImmutableArray(), new ConfigProvider(config));

    /// <summary>
    /// Runs all analyzers with a hang-detector timeout. Never throws for analyzer problems: they are in the outcome,
    /// so that a fuzz loop can name the input that caused them.
    /// </summary>
    public static async Task<RunOutcome> RunAsync(
        Compilation compilation,
        AnalyzerOptions? options = null,
        ImmutableArray<DiagnosticAnalyzer> analyzers = default,
        bool concurrent = false,
        CancellationToken cancellationToken = default,
        TimeSpan? hangTimeout = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.IsDefault ? AllAnalyzers() : analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? Options(),
                (exception, analyzer, diagnostic) => exceptions.Enqueue(new AnalyzerFailure(analyzer, diagnostic, exception)),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

        using var hang = new CancellationTokenSource(hangTimeout ?? HangTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(hang.Token, cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(linked.Token).ConfigureAwait(false);
            return new RunOutcome(diagnostics, exceptions.ToImmutableArray(), TimedOut: false, started.Elapsed);
        }
        catch (OperationCanceledException) when (hang.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new RunOutcome(ImmutableArray<Diagnostic>.Empty, exceptions.ToImmutableArray(), TimedOut: true, started.Elapsed);
        }
    }

    /// <summary>Runs every input (in parallel, bounded) and fails with the first inputs that crashed or hung, their seed and their text.</summary>
    public static async Task<int> RunAllAsync(
        IEnumerable<FuzzInput> inputs,
        Func<FuzzInput, Compilation> compile,
        AnalyzerOptions? options = null)
    {
        var failures = new ConcurrentQueue<string>();
        var count = 0;
        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (input, _) =>
        {
            Interlocked.Increment(ref count);
            if (failures.Count >= 5)
            {
                return;
            }

            RunOutcome outcome;
            try
            {
                outcome = await RunAsync(compile(input), options).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failures.Enqueue(Describe(input, "the harness threw " + ex));
                return;
            }

            if (outcome.Problem is { } problem)
            {
                failures.Enqueue(Describe(input, problem));
            }
        }).ConfigureAwait(false);

        Assert.True(failures.IsEmpty, $"{failures.Count} of {count} inputs failed (seed {Seed}; rerun with {SeedVariable}={Seed}):\n\n" + string.Join("\n\n", failures.Take(5)));
        return count;
    }

    public static string Describe(FuzzInput input, string problem)
    {
        var text = input.Text.Length <= 4000 ? input.Text : input.Text.Substring(0, 2000) + "\n[... " + (input.Text.Length - 4000) + " chars ...]\n" + input.Text.Substring(input.Text.Length - 2000);
        return $"--- {input.Name} (seed {Seed}): {problem}\n{text}\n--- end of {input.Name}";
    }

    /// <summary>Id, location and message: what a user sees, in a stable order.</summary>
    public static ImmutableArray<string> Fingerprints(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Id} {d.Location.GetLineSpan()} [{string.Join(",", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}] {d.GetMessage(CultureInfo.InvariantCulture)}")
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The source files of samples/SupportBot, with their repository-relative paths.</summary>
    public static ImmutableArray<(string Path, string Text)> SampleSources()
    {
        var folder = Path.Combine(Package.RepositoryPaths.Root, "samples", "SupportBot");
        return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("/samples/SupportBot/" + Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToImmutableArray();
    }

    private sealed class ConfigProvider(string? text) : AnalyzerConfigOptionsProvider
    {
        private readonly Config _config = new(text);

        public override AnalyzerConfigOptions GlobalOptions => _config;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _config;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _config;
    }

    private sealed class Config : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

        public Config(string? text)
        {
            foreach (var line in (text ?? string.Empty).Split('\n'))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _values[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
                }
            }
        }

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>One fuzzed input: a name that says how it was made (source, cut kind, position, seed) and its text.</summary>
internal sealed record FuzzInput(string Name, string Text, ImmutableArray<(string Path, string Text)> OtherFiles = default)
{
    public IEnumerable<(string Path, string Text)> Files(string path = "/src/Input.cs") =>
        (OtherFiles.IsDefault ? Enumerable.Empty<(string, string)>() : OtherFiles).Append((path, Text));

    public override string ToString() => Name;
}

/// <summary>What one run of all analyzers produced.</summary>
internal sealed record RunOutcome(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>Null when the run is healthy; otherwise what went wrong.</summary>
    public string? Problem
    {
        get
        {
            var problems = new List<string>();
            if (TimedOut)
            {
                problems.Add($"did not finish within {Elapsed.TotalSeconds:N0} s (hang)");
            }

            problems.AddRange(Exceptions.Select(e => "analyzer exception: " + e));
            problems.AddRange(Diagnostics.Where(d => d.Id == "AD0001").Select(d => "AD0001: " + d.GetMessage(CultureInfo.InvariantCulture)));
            return problems.Count == 0 ? null : string.Join("\n", problems);
        }
    }

    public void AssertHealthy(string what)
    {
        Assert.True(Problem is null, what + ": " + Problem);
    }
}
