namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>
/// Consistency checks of a repository's labels against its checked-out files: the file exists, the line is in it, every
/// fact is a verbatim substring of the labelled file (or, for a prompt built from several files, of another file of the repository).
/// </summary>
internal static class LabelChecks
{
    private static readonly string[] TextExtensions = [".cs", ".txt", ".md", ".json", ".yaml", ".yml", ".prompty", ".liquid", ".hbs"];

    public static IEnumerable<string> Check(string folder, IReadOnlyList<LabelledSite> sites)
    {
        string[]? repositoryTexts = null;
        foreach (var site in sites)
        {
            var file = Path.Combine(folder, site.Path);
            if (!File.Exists(file))
            {
                yield return $"{site.Repo} {site.Path}: no such file";
                continue;
            }

            var text = File.ReadAllText(file);
            var lines = text.Split('\n').Length;
            foreach (var line in site.AlsoAt.Prepend(site.Line).Where(l => l > lines))
            {
                yield return $"{site.Repo} {site.Path}:{line}: the file has {lines} lines";
            }

            foreach (var fact in site.Facts.Where(f => !Normalised(text).Contains(Normalised(f), StringComparison.Ordinal)))
            {
                repositoryTexts ??= Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => Normalised(File.ReadAllText(f)))
                    .ToArray();
                if (!repositoryTexts.Any(t => t.Contains(Normalised(fact), StringComparison.Ordinal)))
                {
                    yield return $"{site.Repo} {site.Path}:{site.Line}: fact '{fact}' is not in the repository's text";
                }
            }
        }
    }

    /// <summary>Line endings and escaped quotes differ between source and label; facts are compared without them.</summary>
    private static string Normalised(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\"\"", "\"", StringComparison.Ordinal);
}
