using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.FineTuning;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>Runs <see cref="FineTuningDatasetAnalyzer"/> over additional files, the way a build does.</summary>
internal static class FineTuningAnalyzerTest
{
    public const string TrainPath = "/0/data/train.jsonl";

    /// <summary>
    /// A build over <paramref name="jsonl"/>. PA3005 (prompt first) is off unless <paramref name="withPromptFirst"/>: it is
    /// Info on nearly every small test dataset, and its own tests turn it on.
    /// </summary>
    public static CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier> Create(string jsonl, string? globalConfig = null, string path = TrainPath, bool withPromptFirst = false)
    {
        var test = new CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        if (!withPromptFirst)
        {
            test.DisabledDiagnostics.Add("PA3005");
        }

        test.TestState.AdditionalFiles.Add((path, jsonl));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);
}

/// <summary>Runs the analyzer directly (no verifier) to inspect properties, or to time it on big files.</summary>
internal static class FineTuningAnalyzerRunner
{
    public static async Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> RunAsync(string path, Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken = default)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("t", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }") });
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text)));
        var withAnalyzers = compilation.WithAnalyzers(
            System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new FineTuningDatasetAnalyzer()),
            new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
    }

    private sealed class InMemoryAdditionalText(string path, Microsoft.CodeAnalysis.Text.SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
