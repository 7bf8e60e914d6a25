using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>
/// Scores PA1001 and PA1003 against hand-labelled prompt sites of checked-out public repositories: runs the analyzers over
/// each repository as the listing mode does, matches findings to labels by path and line, and prints precision, recall and
/// the lists a person needs (false alarms, misses, unjudged findings). Checks nothing out itself: see labels/README.md.
/// </summary>
internal static class EvaluationCommand
{
    private static readonly (string Id, Func<LabelledSite, Expected> Expected)[] Rules =
    [
        ("PA1001", site => site.IsBorderline ? Expected.Excluded : site.IsFacts ? Expected.Fire : Expected.Silent),
        ("PA1003", site => site.IsDocumentStuffing ? Expected.Fire : Expected.Silent),
    ];

    /// <returns>0 when every labelled repository was found at its commit and analysed without an analyzer exception; 2 otherwise.</returns>
    public static async Task<int> RunAsync(string labelsFile, string reposRoot, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var sites = LabelledSite.Read(labelsFile);
        var listed = ListedRepositories(Path.Combine(Path.GetDirectoryName(labelsFile)!, "repos.tsv"));
        var repositories = sites.Select(s => s.Repo).Concat(listed.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"# Real-world evaluation: {sites.Count} labelled sites; {repositories.Count} repositories (with those repos.tsv lists for their findings only) ({labelsFile})");

        var errors = new List<string>();
        var warnings = new List<string>();
        var findings = Rules.ToDictionary(r => r.Id, _ => new List<Finding>());
        var discovered = new List<Finding>();
        var analysed = new List<string>();
        foreach (var repository in repositories)
        {
            var repoSites = sites.Where(s => s.Repo == repository).ToList();
            var folder = Path.Combine(reposRoot, repository.Replace('/', '+'));
            var commit = repoSites.Count > 0 ? repoSites[0].Commit : listed[repository];
            if (!CheckOut.IsAt(folder, commit, out var problem))
            {
                errors.Add($"{repository}: {problem}");
                continue;
            }

            warnings.AddRange(LabelChecks.Check(folder, repoSites));
            foreach (var project in global::RealWorld.Projects(folder))
            {
                var analysis = await global::RealWorld.AnalyzeAsync(project, references, analyzers);
                errors.AddRange(analysis.Exceptions.Select(e => $"{repository}: analyzer exception in {project.Name}: {e}"));
                foreach (var diagnostic in analysis.Diagnostics)
                {
                    var list = diagnostic.Id == "PA2001" ? discovered : findings.GetValueOrDefault(diagnostic.Id);
                    if (list is not null)
                    {
                        var span = diagnostic.Location.GetLineSpan();
                        var path = Path.GetRelativePath(folder, span.Path).Replace('\\', '/');
                        list.Add(new Finding(repository, path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
                    }
                    else if (diagnostic.Id == "AD0001")
                    {
                        errors.Add($"{repository}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
                    }
                }
            }

            analysed.Add(repository);
        }

        var judged = sites.Where(s => analysed.Contains(s.Repo)).ToList();
        Console.WriteLine($"# analysed {analysed.Count} repositories, {judged.Count} sites: " + string.Join(", ", judged.GroupBy(s => s.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var (id, expected) in Rules)
        {
            Report.Print(id, analysed, judged, findings[id], expected);
        }

        DiscoveryReport.Print(analysed, judged, discovered);

        Report.PrintList("label warnings", warnings);
        Report.PrintList("errors", errors);
        return errors.Count == 0 ? 0 : 2;
    }

    /// <summary>
    /// The repositories of <c>repos.tsv</c> (repo and commit, tab-separated, first line a header) beside the labels: those
    /// without a labelled site are run too, so that a finding there shows as unjudged.
    /// </summary>
    private static Dictionary<string, string> ListedRepositories(string reposFile)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(reposFile))
        {
            return listed;
        }

        foreach (var line in File.ReadLines(reposFile).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length >= 2 && columns[0].Contains('/'))
            {
                listed[columns[0]] = columns[1];
            }
        }

        return listed;
    }
}
