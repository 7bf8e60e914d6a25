using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Tool.Analysis;
using PromptAnalyzers.Tool.Loading;

namespace PromptAnalyzers.Tool.Fixing;

/// <summary>
/// Applies the package's code fixes document by document: analyze the project, fix all of one document's fixable
/// diagnostics with the provider's FixAllProvider (document scope), then analyze again on the changed solution, so every
/// fix sees the text the previous ones left.
/// </summary>
internal static class SolutionFixer
{
    public static async Task<FixOutcome> FixAsync(LoadedWorkspace loaded, IReadOnlyCollection<string> rules, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var analyzers = PackageAnalyzers.CreateAnalyzers();
        var fixers = PackageAnalyzers.CreateCodeFixes();
        var solution = loaded.Solution;
        var fixedCount = 0;

        // A multi-targeted project appears once per target framework with the same files: it is fixed once.
        var projectIds = loaded.ProjectsToAnalyze()
            .GroupBy(p => p.FilePath ?? p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First().Id)
            .ToList();

        foreach (var projectId in projectIds)
        {
            var attempted = new HashSet<DocumentId>();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var project = solution.GetProject(projectId)!;
                progress?.Report("Analyzing " + project.Name);
                var diagnostics = await ProjectDiagnostics.AnalyzeAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
                var next = diagnostics
                    .Where(d => d.Location.IsInSource && IsSelected(d.Id, rules) && fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)))
                    .Select(d => (Diagnostic: d, Document: project.GetDocument(d.Location.SourceTree)))
                    .Where(x => x.Document is not null && !attempted.Contains(x.Document.Id))
                    .GroupBy(x => x.Document!.Id)
                    .FirstOrDefault();
                if (next is null)
                {
                    break;
                }

                var document = next.First().Document!;
                attempted.Add(document.Id);
                progress?.Report("Fixing " + document.Name);
                foreach (var fixer in fixers)
                {
                    var fixable = next.Select(x => x.Diagnostic).Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
                    if (fixable.IsEmpty)
                    {
                        continue;
                    }

                    var changed = await ApplyAsync(solution.GetDocument(document.Id)!, fixer, fixable, cancellationToken).ConfigureAwait(false);
                    if (changed is not null)
                    {
                        solution = changed;
                        fixedCount += fixable.Length;
                    }
                }
            }
        }

        return new FixOutcome(solution, fixedCount, await SolutionDiff.ComputeAsync(loaded.Solution, solution, cancellationToken).ConfigureAwait(false));
    }

    private static bool IsSelected(string id, IReadOnlyCollection<string> rules)
        => rules.Count == 0 || rules.Contains(id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The solution after fixing <paramref name="diagnostics"/> of one document, or null when the provider offers nothing.</summary>
    private static async Task<Solution?> ApplyAsync(Document document, CodeFixProvider fixer, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            if (actions.Count > 0)
            {
                break;
            }
        }

        if (actions.Count == 0)
        {
            return null;
        }

        var codeAction = actions[0];
        if (fixer.GetFixAllProvider() is { } fixAll && codeAction.EquivalenceKey is not null)
        {
            var fixAllContext = new FixAllContext(
                document,
                fixer,
                FixAllScope.Document,
                codeAction.EquivalenceKey,
                diagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal),
                new FixedDiagnostics(diagnostics),
                cancellationToken);
            codeAction = await fixAll.GetFixAsync(fixAllContext).ConfigureAwait(false) ?? codeAction;
        }

        var operations = await codeAction.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().LastOrDefault()?.ChangedSolution;
    }

    /// <summary>The diagnostics already computed for the document being fixed.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree is { } tree && tree.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}

/// <summary>What a fix run produced: the fixed solution, how many diagnostics were fixed, and the files to write.</summary>
internal sealed record FixOutcome(Solution Solution, int FixedDiagnostics, ImmutableArray<FileChange> Changes);
