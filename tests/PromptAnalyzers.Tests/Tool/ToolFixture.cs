using System.Globalization;

using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Tool;

/// <summary>
/// Packs src/PromptAnalyzers.Tool (Release, a version unique to this run) into a local feed and installs it into a tool
/// manifest in a temporary folder, as a user would: <c>dotnet new tool-manifest</c>, <c>dotnet tool install</c>.
/// </summary>
public sealed class ToolFixture : IDisposable
{
    public ToolFixture()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "PromptAnalyzers.ToolTests", Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        ManifestDirectory = Path.Combine(WorkDirectory, "tools");
        Packages = NuGetFolders.Isolated(Path.Combine(WorkDirectory, "packages"));
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(ManifestDirectory);
        Version = "0.0.0-tooltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        var timeout = TimeSpan.FromMinutes(5);
        Pack = DotNetCli.Run(
            RepositoryPaths.Root,
            NuGetFolders.Repository,
            timeout,
            "pack", Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.Tool", "PromptAnalyzers.Tool.csproj"),
            "-c", "Release",
            "-o", FeedDirectory,
            "-p:PackageVersion=" + Version,
            "-p:UseSharedCompilation=false",
            "-nodeReuse:false");
        Manifest = DotNetCli.Run(ManifestDirectory, Packages, timeout, "new", "tool-manifest");
        Install = DotNetCli.Run(ManifestDirectory, Packages, timeout, "tool", "install", "PromptAnalyzers.Tool", "--version", Version, "--add-source", FeedDirectory);
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    /// <summary>The folder holding .config/dotnet-tools.json: the tool runs from here.</summary>
    public string ManifestDirectory { get; }

    public NuGetFolders Packages { get; }

    public string Version { get; }

    public DotNetCli.Result Pack { get; }

    public DotNetCli.Result Manifest { get; }

    public DotNetCli.Result Install { get; }

    /// <summary>Runs <c>dotnet tool run prompt-analyzers</c> with the arguments, after checking the tool installed.</summary>
    public DotNetCli.Result Run(params string[] arguments)
    {
        Assert.True(Pack.ExitCode == 0, "dotnet pack of the tool failed:\n" + Pack);
        Assert.True(Install.ExitCode == 0, "dotnet tool install failed:\n" + Manifest + "\n" + Install);
        return DotNetCli.Run(ManifestDirectory, Packages, TimeSpan.FromMinutes(8), ["tool", "run", "prompt-analyzers", .. arguments]);
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
