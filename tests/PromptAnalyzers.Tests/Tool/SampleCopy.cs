using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Tool;

/// <summary>
/// A copy of samples/SupportBot as a user's project: its sources, data, .editorconfig and .globalconfig, with a
/// PackageReference to the freshly packed PromptAnalyzers (from the package tests' local feed) instead of the
/// repository's samples/Directory.Build.* wiring. Restored, so MSBuildWorkspace finds its references.
/// </summary>
internal sealed class SampleCopy
{
    private SampleCopy(string directory, DotNetCli.Result restore)
    {
        Directory = directory;
        Restore = restore;
    }

    public string Directory { get; }

    public string ProjectPath => Path.Combine(Directory, "SupportBot.csproj");

    public DotNetCli.Result Restore { get; }

    public NuGetFolders Packages { get; private init; } = NuGetFolders.Repository;

    public static SampleCopy Create(PackageFixture package, string name, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        package.RequirePackage();
        var source = Path.Combine(RepositoryPaths.Root, "samples", "SupportBot");
        var directory = Path.Combine(package.WorkDirectory, name, "SupportBot");
        CopyDirectory(source, directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="PromptAnalyzersLocal" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        var project = File.ReadAllText(Path.Combine(directory, "SupportBot.csproj"));
        project = project.Replace(
            "<TargetFramework>net10.0</TargetFramework>",
            "<TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>",
            StringComparison.Ordinal);
        project = project.Replace(
            "<ItemGroup>",
            $"<ItemGroup>\n    <PackageReference Include=\"PromptAnalyzers\" Version=\"{package.Version}\" />",
            StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "SupportBot.csproj"), project);
        foreach (var (path, text) in extraFiles ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(directory, path), text);
        }

        var packages = NuGetFolders.Isolated(package.ConsumerPackagesDirectory);
        var restore = DotNetCli.Run(directory, packages, TimeSpan.FromMinutes(8), "restore", "-nodeReuse:false");
        Assert.True(restore.ExitCode == 0, "restore of the sample copy failed:\n" + restore);
        return new SampleCopy(directory, restore) { Packages = packages };
    }

    public DotNetCli.Result Build()
        => DotNetCli.Run(Directory, Packages, TimeSpan.FromMinutes(8), "build", "--no-incremental", "-p:UseSharedCompilation=false", "-nodeReuse:false");

    private static void CopyDirectory(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in System.IO.Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(directory, Path.Combine(target, name));
            }
        }
    }
}
