namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>
/// How much of the labelled set discovery sees: PA2001 reports every discovered prompt site once per location, so its
/// findings are the discovered sites, and a labelled site is discovered when a PA2001 finding is on its line (or one of its
/// alsoAt lines). Printed per repository where something changes, and overall, with the fact and whole-document sites apart.
/// </summary>
internal static class DiscoveryReport
{
    public static void Print(IReadOnlyList<string> repositories, IReadOnlyList<LabelledSite> sites, IReadOnlyList<Finding> findings)
    {
        Console.WriteLine();
        Console.WriteLine("## Discovery (PA2001)");
        Console.WriteLine();
        Console.WriteLine("| repository | PA2001 findings | labelled sites | discovered | fact sites discovered | document sites discovered |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var repository in repositories)
        {
            Row(repository, sites.Where(s => s.Repo == repository).ToList(), findings.Where(f => f.Repo == repository).ToList());
        }

        Row("**all**", sites, findings);
    }

    private static void Row(string name, IReadOnlyList<LabelledSite> sites, IReadOnlyList<Finding> findings)
    {
        var discovered = sites.Where(site => findings.Any(f => f.Repo == site.Repo && site.Matches(f.Path, f.Line, f.Column))).ToList();
        var facts = sites.Count(s => s.IsFacts);
        var documents = sites.Count(s => s.IsDocumentStuffing);
        Console.WriteLine($"| {name} | {findings.Count} | {sites.Count} | {discovered.Count} | {discovered.Count(s => s.IsFacts)}/{facts} | {discovered.Count(s => s.IsDocumentStuffing)}/{documents} |");
    }
}
