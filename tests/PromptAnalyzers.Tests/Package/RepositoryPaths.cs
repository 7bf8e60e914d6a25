namespace PromptAnalyzers.Tests.Package;

/// <summary>Locations in the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "PromptAnalyzers.Package", "PromptAnalyzers.Package.csproj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PromptAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PromptAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
