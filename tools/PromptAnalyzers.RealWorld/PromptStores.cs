using System.Text.RegularExpressions;
using PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// The prompt-store files of a project, as the package's MSBuild target <c>_PromptAnalyzersAddPromptStores</c> finds them
/// (see <see cref="PromptStore.IsStorePath"/>): .txt and .md files in a folder named for prompts, below the project folder
/// or included from outside it by a None, Content or EmbeddedResource item of the project file (its fixed folder
/// before the first wildcard is walked; a Link naming a prompts folder counts like the path). The build passes them with
/// PromptAnalyzersKind="Prompt".
/// </summary>
internal static class PromptStores
{
    private static readonly Regex LinkedItem = new(
        @"<(None|Content|EmbeddedResource)\s+Include\s*=\s*""(?<include>\.\.[^""]+)""(?<rest>.*?)(/>|</\1>)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline);

    private static readonly Regex LinkElement = new(@"<Link>(?<link>[^<]+)</Link>|\bLink\s*=\s*""(?<link>[^""]+)""", RegexOptions.IgnoreCase);

    /// <summary>The store files among <paramref name="filesInProject"/> and those the project file includes from outside its folder.</summary>
    public static List<string> Find(string projectFile, string projectFolder, IEnumerable<string> filesInProject)
    {
        var stores = filesInProject.Where(f => PromptStore.IsStorePath(Path.GetRelativePath(projectFolder, f))).ToList();
        string text;
        try
        {
            text = File.ReadAllText(projectFile);
        }
        catch (IOException)
        {
            return stores;
        }

        foreach (Match item in LinkedItem.Matches(text))
        {
            var include = item.Groups["include"].Value.Replace('\\', '/');
            var link = LinkElement.Match(item.Groups["rest"].Value) is { Success: true } l ? l.Groups["link"].Value : null;
            var wildcard = include.IndexOfAny(['*', '?']);
            var fixedPart = wildcard < 0 ? include : include[..include.LastIndexOf('/', wildcard)];
            var root = Path.GetFullPath(Path.Combine(projectFolder, fixedPart));
            IEnumerable<string> files = File.Exists(root) ? [root] : Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [];
            foreach (var file in files)
            {
                var asListed = Path.GetRelativePath(projectFolder, file);
                if ((PromptStore.IsStorePath(asListed) || (link is not null && PromptStore.IsStorePath(link.Replace("%(Filename)%(Extension)", Path.GetFileName(file)))))
                    && !stores.Contains(file, StringComparer.Ordinal))
                {
                    stores.Add(file);
                }
            }
        }

        return stores;
    }
}
