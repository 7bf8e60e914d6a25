using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Tool.Analysis;

/// <summary>Runs the package's analyzers on one project's compilation, with its .editorconfig options and AdditionalFiles.</summary>
internal static class ProjectDiagnostics
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        // The project's AnalyzerOptions carry its AdditionalFiles (prompt files, datasets) and the .editorconfig/.globalconfig
        // options the build passes to the compiler; severities from .editorconfig are applied through the compilation options.
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden || d.Id.StartsWith("PA", StringComparison.Ordinal))
            .ToImmutableArray();
    }
}
