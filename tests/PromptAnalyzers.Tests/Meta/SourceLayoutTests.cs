using System.Text.RegularExpressions;
using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Meta;

/// <summary>
/// A newcomer finds a test by its file name: every C# file of the test project declares at most one top-level class, named
/// like the file (records that carry a class's data may sit beside it), so the tests mirror the source tree one class at a time.
/// </summary>
public sealed class SourceLayoutTests
{
    private static readonly Regex TopLevelClass = new(
        @"^(?:public |internal |file )?(?:sealed |static |abstract )*(?:partial )?class (?<name>\w+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    [Fact]
    public void Each_test_file_declares_at_most_one_top_level_class_named_like_the_file()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles(Path.Combine(RepositoryPaths.Root, "tests")))
        {
            var classes = TopLevelClass.Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            var fileName = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            if (classes.Count > 1 || classes.Any(name => name != fileName))
            {
                offenders.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {string.Join(", ", classes)}");
            }
        }

        Assert.True(offenders.Count == 0, "Files with several top-level classes, or a class not named like its file:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
