using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Rules.Cost;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>Metadata references, analyzer sets and compilation factory shared by the compilation benchmarks.</summary>
internal static class BenchReferences
{
    private static readonly string[] SdkPrefixes =
    {
        "Microsoft.Extensions.AI", "OpenAI", "System.ClientModel", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp",
        "Azure.AI.OpenAI", "Azure.Core", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.VectorData", "Microsoft.Bcl.AsyncInterfaces", "System.Memory.Data",
    };

    /// <summary>The SDK experimental-API diagnostics real projects suppress.</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> Suppressed = new[] { "OPENAI001", "OPENAI002", "SKEXP0001", "SKEXP0010", "SKEXP0110", "MEAI001" }
        .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    public static ImmutableArray<MetadataReference> Framework { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Where(path => !SdkPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> Sdks { get; } = Directory
        .GetFiles(AppContext.BaseDirectory, "*.dll")
        .Where(path => SdkPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> sources)
        => sources.AsParallel().AsOrdered().Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToImmutableArray();

    /// <summary>A new compilation (nothing bound yet) over already parsed trees.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, bool withSdks)
        => CSharpCompilation.Create(
            "Generated",
            trees,
            withSdks ? Framework.AddRange(Sdks) : Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true)
                .WithSpecificDiagnosticOptions(Suppressed));

    /// <summary>Every analyzer PromptAnalyzers ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ours { get; } = typeof(PromptCostAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Empty { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    /// <summary>What the driver costs for operation actions of the kinds our rules register, with callbacks that do nothing.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NoOpOperations { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer());


    /// <summary>Microsoft.CodeAnalysis.NetAnalyzers' C# analyzers, loaded from the package's analyzers/dotnet/cs DLLs.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers => s_netAnalyzers.Value;

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_netAnalyzers = new(LoadNetAnalyzers);

    public static string NetAnalyzersDirectory => typeof(BenchReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NetAnalyzersDirectory").Value!;

    private static ImmutableArray<DiagnosticAnalyzer> LoadNetAnalyzers()
    {
        var loader = new DefaultLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var dll in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var reference = new AnalyzerFileReference(Path.Combine(NetAnalyzersDirectory, dll), loader);
            reference.AnalyzerLoadFailed += (_, e) => Console.Error.WriteLine($"// NetAnalyzers load failure in {dll}: {e.ErrorCode} {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        return analyzers.ToImmutable();
    }

    /// <summary>Options that turn on every rule of <paramref name="analyzers"/> (NetAnalyzers' AnalysisMode=All).</summary>
    public static CSharpCompilation EnableAll(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = compilation.Options.SpecificDiagnosticOptions;
        foreach (var id in analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct())
        {
            options = options.SetItem(id, ReportDiagnostic.Warn);
        }

        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(options));
    }

    private sealed class DefaultLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>The baseline: an analyzer that registers nothing, so the driver runs with no analyzer work.</summary>
#pragma warning disable RS1036, RS1001
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("EMPTY0001", "Empty", "Empty", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
/// <summary>Operation actions for the four kinds our prompt rules register, doing nothing: the driver's own cost.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP0001", "NoOp", "NoOp", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Conversion);
    }
}

#pragma warning restore RS1036, RS1001
