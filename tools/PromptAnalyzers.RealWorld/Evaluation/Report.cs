using System.Globalization;

namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>Prints a rule's scores per repository and overall, then its false alarms, misses and unjudged findings.</summary>
internal static class Report
{
    public static void Print(string rule, IReadOnlyList<string> repositories, IReadOnlyList<LabelledSite> sites, IReadOnlyList<Finding> findings, Func<LabelledSite, Expected> expected)
    {
        Console.WriteLine();
        Console.WriteLine($"## {rule}");
        Console.WriteLine();
        Console.WriteLine("| repository | sites | should fire | findings | TP | FP | FN | borderline hits | unjudged | precision | recall |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var repository in repositories)
        {
            var repoSites = sites.Where(s => s.Repo == repository).ToList();
            var repoFindings = findings.Where(f => f.Repo == repository).ToList();
            Row(repository, repoSites, repoFindings, RuleScore.Compute(repoSites, repoFindings, expected));
        }

        var overall = RuleScore.Compute(sites, findings, expected);
        Row("**all**", sites, findings, overall);

        PrintList($"{rule} false alarms ({overall.FalseAlarms.Count})", overall.FalseAlarms.Select(a => $"{a.Finding} [labelled {a.Site.Label}, {a.Site.Kind}]"));
        PrintList($"{rule} misses ({overall.Misses.Count})", overall.Misses.Select(m => $"{m.Repo} {m.Path}:{m.Line} [{m.Kind}, {m.Selection}] {Facts(m)}"));
        PrintList($"{rule} unjudged findings ({overall.Unjudged.Count}): label these", overall.Unjudged.Select(u => u.ToString()));
    }

    public static void PrintList(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"### {title}");
        foreach (var line in list)
        {
            Console.WriteLine("- " + line);
        }
    }

    private static void Row(string name, IReadOnlyList<LabelledSite> sites, IReadOnlyList<Finding> findings, RuleScore score)
        => Console.WriteLine($"| {name} | {sites.Count} | {score.Positives} | {findings.Count} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.ExcludedHits} | {score.Unjudged.Count} | {Ratio(score.Precision)} | {Ratio(score.Recall)} |");

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Facts(LabelledSite site)
        => site.Facts.Length > 0 ? string.Join(", ", site.Facts.Take(3).Select(f => $"'{f}'")) + (site.Facts.Length > 3 ? ", ..." : string.Empty) : site.Excerpt ?? string.Empty;
}
