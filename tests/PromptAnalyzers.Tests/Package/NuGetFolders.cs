namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// The package folders a `dotnet` started by a test restores into and reads from, chosen by the test.
/// Inherited, the caller's NUGET_PACKAGES (or NuGet's default folder under HOME or DOTNET_CLI_HOME)
/// would decide where a child's packages land; CI images and developers set it to folders of their own.
/// </summary>
/// <param name="Packages">The global packages folder: restore extracts every package it downloads here.</param>
/// <param name="Fallback">A read-only folder restore takes packages from before it downloads them, or null.</param>
public sealed record NuGetFolders(string Packages, string? Fallback)
{
    /// <summary>
    /// The folder the repository's projects were restored into (<see cref="RepositoryPaths.PackagesFolder"/>):
    /// a restore of those projects finds every package there and leaves their obj/ pointing where it was.
    /// </summary>
    public static NuGetFolders Repository { get; } = new(RepositoryPaths.PackagesFolder, Fallback: null);

    /// <summary>
    /// A folder of the test's own, so a package the test installs can be found there and nowhere else; the
    /// repository's folder is the fallback, so the SDK packages it already holds are not downloaded again.
    /// </summary>
    public static NuGetFolders Isolated(string packages) =>
        new(packages, Directory.Exists(RepositoryPaths.PackagesFolder) ? RepositoryPaths.PackagesFolder : null);

    /// <summary>Sets the variables NuGet reads for these folders in a child's environment.</summary>
    public void ApplyTo(IDictionary<string, string?> environment)
    {
        environment["NUGET_PACKAGES"] = Packages;
        if (Fallback is null)
        {
            environment.Remove("NUGET_FALLBACK_PACKAGES");
        }
        else
        {
            environment["NUGET_FALLBACK_PACKAGES"] = Fallback;
        }

        // MSBuild reads environment variables as properties, and these two properties outrank the variables above.
        environment.Remove("RestorePackagesPath");
        environment.Remove("RestoreFallbackFolders");
    }
}
