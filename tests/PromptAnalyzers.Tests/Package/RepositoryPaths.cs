using System.Reflection;

namespace PromptAnalyzers.Tests.Package;

/// <summary>Locations in the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "PromptAnalyzers.Package", "PromptAnalyzers.Package.csproj");

    /// <summary>
    /// The NuGet package folder the repository was restored into for the build of this test assembly
    /// (its $(NuGetPackageRoot), recorded by PromptAnalyzers.Tests.csproj), wherever NUGET_PACKAGES points now.
    /// </summary>
    public static string PackagesFolder { get; } = RecordedPackagesFolder();

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

    private static string RecordedPackagesFolder()
    {
        var folder = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "NuGetPackageRoot")?.Value;
        if (string.IsNullOrEmpty(folder))
        {
            throw new InvalidOperationException("the test assembly records no NuGetPackageRoot (see PromptAnalyzers.Tests.csproj)");
        }

        return Path.TrimEndingDirectorySeparator(folder);
    }
}
