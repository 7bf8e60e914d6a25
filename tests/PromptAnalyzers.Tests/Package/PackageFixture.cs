using System.Globalization;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// Packs src/PromptAnalyzers.Package once per test run (Release) into a temporary folder that
/// serves as a local feed. The version is unique per run, so no NuGet cache ever serves a stale
/// copy. The end-to-end build of a consuming project is made on first use and shared too.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly Lazy<EndToEndBuild> _endToEnd;

    public PackageFixture()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "PromptAnalyzers.PackageTests", Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        ConsumerPackagesDirectory = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(FeedDirectory);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        // The repository's projects restore into the folder they were built from: their obj/ is shared with that build.
        PackResult = DotNetCli.Run(
            RepositoryPaths.Root,
            NuGetFolders.Repository,
            TimeSpan.FromMinutes(5),
            "pack", RepositoryPaths.PackageProject,
            "-c", "Release",
            "-o", FeedDirectory,
            "-p:PackageVersion=" + Version,
            "-p:UseSharedCompilation=false",
            "-nodeReuse:false");

        var packages = Directory.GetFiles(FeedDirectory, "*.nupkg");
        PackagePath = packages.Length == 1 ? packages[0] : null;
        _endToEnd = new Lazy<EndToEndBuild>(() => EndToEndBuild.Run(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Temporary folder holding the feed, the end-to-end project and its packages.</summary>
    public string WorkDirectory { get; }

    /// <summary>Local NuGet feed: the folder the package was packed into.</summary>
    public string FeedDirectory { get; }

    /// <summary>The global packages folder of the end-to-end project: PromptAnalyzers is extracted here.</summary>
    public string ConsumerPackagesDirectory { get; }

    /// <summary>The package version used for this run.</summary>
    public string Version { get; }

    public DotNetCli.Result PackResult { get; }

    /// <summary>The single .nupkg produced, or null when pack produced none or several.</summary>
    public string? PackagePath { get; }

    /// <summary>A fresh console project that installs the package from the local feed and builds.</summary>
    public EndToEndBuild EndToEnd => _endToEnd.Value;

    public string RequirePackage()
    {
        Assert.True(PackResult.ExitCode == 0, "dotnet pack failed:\n" + PackResult);
        Assert.True(PackagePath is not null, "expected exactly one .nupkg in " + FeedDirectory + ", found: " + string.Join(", ", Directory.GetFiles(FeedDirectory)));
        return PackagePath!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
