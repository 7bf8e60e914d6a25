using System.Text.Json;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// The `dotnet` processes the package tests start restore into the folders the tests chose, whatever
/// NUGET_PACKAGES, NUGET_FALLBACK_PACKAGES or DOTNET_CLI_HOME say in the environment of whoever runs them
/// (CI runs these tests a second time with those variables pointing at fresh folders). NuGet records the
/// folders a restore used in the project's obj/project.assets.json, the global packages folder first.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PackageFoldersTests
{
    private readonly PackageFixture _package;

    public PackageFoldersTests(PackageFixture package) => _package = package;

    [Fact]
    public void Consumer_restores_into_the_folder_of_the_test_run_with_the_repository_folder_as_fallback()
    {
        var folders = RestoredPackageFolders(_package.EndToEnd.ProjectDirectory);

        Assert.Equal([_package.ConsumerPackagesDirectory, RepositoryPaths.PackagesFolder], folders);
        Assert.True(
            Directory.Exists(Path.Combine(_package.ConsumerPackagesDirectory, "promptanalyzers", _package.Version)),
            "PromptAnalyzers " + _package.Version + " was not extracted into " + _package.ConsumerPackagesDirectory);
    }

    [Fact]
    public void Pack_restores_the_repository_into_the_folder_it_was_built_from()
    {
        _package.RequirePackage();
        var folders = RestoredPackageFolders(Path.GetDirectoryName(RepositoryPaths.PackageProject)!);

        Assert.Equal(RepositoryPaths.PackagesFolder, folders[0]);
    }

    private static string[] RestoredPackageFolders(string projectDirectory)
    {
        var assetsFile = Path.Combine(projectDirectory, "obj", "project.assets.json");
        Assert.True(File.Exists(assetsFile), "no restore wrote " + assetsFile);
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        return assets.RootElement.GetProperty("packageFolders").EnumerateObject()
            .Select(folder => Path.TrimEndingDirectorySeparator(folder.Name))
            .ToArray();
    }
}
