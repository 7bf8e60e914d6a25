using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Tool.Loading;
using PromptAnalyzers.Tool.Reporting;

namespace PromptAnalyzers.Tool.Analysis;

/// <summary>Analyzes every C# project of a loaded solution and gathers the findings into a <see cref="PromptReport"/>.</summary>
internal static class SolutionReportBuilder
{
    public static async Task<PromptReport> BuildAsync(string givenPath, LoadedWorkspace loaded, PricingOptions pricing, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var analyzers = PackageAnalyzers.CreateAnalyzers();
        var findings = new List<Finding>();
        var prompts = new List<PromptSize>();
        var projects = new List<ProjectEntry>();
        var errors = new List<string>(loaded.LoadErrors);

        var toAnalyze = loaded.ProjectsToAnalyze().ToList();
        foreach (var (project, done) in toAnalyze.Select((project, index) => (project, index)))
        {
            progress?.Report(new AnalysisProgress(project.Name, done, toAnalyze.Count));
            var name = project.Name;
            var path = Relative(loaded.RootDirectory, project.FilePath);
            if (loaded.LoadErrorOf(project) is { } loadError)
            {
                projects.Add(ProjectEntry.NotLoaded(name, path, loadError));
                continue;
            }

            ImmutableArray<Diagnostic> diagnostics;
            try
            {
                diagnostics = await ProjectDiagnostics.AnalyzeAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var error = name + ": analysis failed: " + exception.Message;
                errors.Add(error);
                projects.Add(ProjectEntry.NotLoaded(name, path, error));
                continue;
            }

            var projectFindings = new List<Finding>();
            foreach (var diagnostic in diagnostics)
            {
                var finding = ToFinding(diagnostic, name, loaded.RootDirectory);
                projectFindings.Add(finding);
                if (diagnostic.Id == "PA2001")
                {
                    var (model, costPerCall) = PromptPricing.Price(diagnostic, project.AnalyzerOptions.AnalyzerConfigOptionsProvider, pricing.ModelOverride);
                    prompts.Add(PromptSize.From(finding, model, pricing.ModelOverride is not null, costPerCall, pricing.PerMonth(costPerCall)));
                }
            }

            findings.AddRange(projectFindings);
            projects.Add(new ProjectEntry(
                name,
                path,
                Loaded: true,
                LoadError: null,
                projectFindings.Count,
                projectFindings.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)));
        }

        return PromptReport.Create(givenPath, projects, errors, loaded.LoadWarnings, findings, prompts, pricing);
    }

    private static Finding ToFinding(Diagnostic diagnostic, string project, string root)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var hasFile = diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile && span.IsValid;
        return new Finding(
            diagnostic.Id,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            project,
            hasFile ? Relative(root, span.Path) : null,
            hasFile ? span.StartLinePosition.Line + 1 : 0,
            hasFile ? span.StartLinePosition.Character + 1 : 0,
            hasFile ? span.EndLinePosition.Line + 1 : 0,
            hasFile ? span.EndLinePosition.Character + 1 : 0,
            string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri,
            diagnostic.Properties
                .Where(p => p.Value is not null)
                .ToImmutableSortedDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>A path relative to the report's root with forward slashes, so reports are the same on every OS.</summary>
    internal static string? Relative(string root, string? path)
        => string.IsNullOrEmpty(path) ? null : System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
}
