using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--diagnostics</c>: every diagnostic our analyzers report on the large compilation, one line each (ID, file, line,
/// column, message) in a stable order, then the counts per ID. Run it before and after a refactoring and diff the output
/// to show that behaviour did not change.
/// </summary>
internal static class DiagnosticDump
{
    public static async Task<int> Run(string[] args)
    {
        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var aiFiles = AnalyzerOverhead.Option(args, "--ai-files", 100);
        var compilation = BenchReferences.Compile(BenchReferences.Parse(GeneratedProject.Sources(ordinary, aiFiles)), withSdks: true);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => Console.Error.WriteLine($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(BenchReferences.Ours, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var lines = diagnostics
            .Select(d => (d.Id, Span: d.Location.GetLineSpan(), Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(d => $"{d.Id} {d.Span.Path}({d.Span.StartLinePosition.Line + 1},{d.Span.StartLinePosition.Character + 1}): {d.Message}")
            .OrderBy(line => line, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("// counts: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count():N0}")));
        return 0;
    }
}
