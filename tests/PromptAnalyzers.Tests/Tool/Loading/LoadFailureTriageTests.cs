using PromptAnalyzers.Tool.Loading;

namespace PromptAnalyzers.Tests.Tool.Loading;

/// <summary>
/// Which MSBuildWorkspace failures leave a project out of the report (load errors) and which only say something about a
/// project that loaded (load warnings), from the failures as MSBuildWorkspace words them.
/// </summary>
public sealed class LoadFailureTriageTests
{
    private const string App = "/src/App/App.csproj";
    private const string Legacy = "/src/Legacy/Legacy.csproj";

    private const string VersionNotFound = "App depends on Humanizer.Core (>= 3.0.5) but Humanizer.Core 3.0.5 was not found. Humanizer.Core 3.0.10 was resolved instead.";
    private const string PackageNotFound = "Unable to find package AdaptiveCards. No packages exist with this id in source(s): nuget.org";

    private static string Failure(string projectFile, string message)
        => "Msbuild failed when processing the file '" + projectFile + "' with message: " + message;

    private static ProjectLoadState Built(string projectFile, params string[] restoreErrors) => new(projectFile, HasMetadataReferences: true, restoreErrors);

    private static ProjectLoadState NotBuilt(string projectFile) => new(projectFile, HasMetadataReferences: false, []);

    [Fact]
    public void A_restore_warning_about_a_project_that_built_is_a_warning_and_the_project_loaded()
    {
        var triage = LoadFailureTriage.Sort([Failure(App, VersionNotFound)], [Built(App)]);

        Assert.Empty(triage.Errors);
        Assert.Equal([Failure(App, VersionNotFound)], triage.Warnings);
        Assert.Null(triage.LoadErrorOf(App, hasMetadataReferences: true));
    }

    [Fact]
    public void A_restore_error_of_a_project_that_built_is_an_error_and_the_project_did_not_load()
    {
        var triage = LoadFailureTriage.Sort([Failure(App, PackageNotFound)], [Built(App, PackageNotFound)]);

        Assert.Equal([Failure(App, PackageNotFound)], triage.Errors);
        Assert.Empty(triage.Warnings);
        Assert.Equal(Failure(App, PackageNotFound), triage.LoadErrorOf(App, hasMetadataReferences: true));
    }

    [Fact]
    public void A_project_with_a_restore_warning_and_a_restore_error_did_not_load_because_of_the_error()
    {
        var triage = LoadFailureTriage.Sort([Failure(App, VersionNotFound), Failure(App, PackageNotFound)], [Built(App, PackageNotFound)]);

        Assert.Equal([Failure(App, PackageNotFound)], triage.Errors);
        Assert.Equal([Failure(App, VersionNotFound)], triage.Warnings);
        Assert.Equal(Failure(App, PackageNotFound), triage.LoadErrorOf(App, hasMetadataReferences: true));
    }

    [Fact]
    public void A_failure_naming_a_project_MSBuild_did_not_build_is_an_error_and_the_project_did_not_load()
    {
        var evaluationFailed = Failure(Legacy, "/src/Legacy/Legacy.csproj : error : Could not resolve SDK \"Contoso.Build.Sdk\".");

        var triage = LoadFailureTriage.Sort([evaluationFailed], [NotBuilt(Legacy), Built(App)]);

        Assert.Equal([evaluationFailed], triage.Errors);
        Assert.Empty(triage.Warnings);
        Assert.Equal(evaluationFailed, triage.LoadErrorOf(Legacy, hasMetadataReferences: false));
        Assert.Null(triage.LoadErrorOf(App, hasMetadataReferences: true));
    }

    [Fact]
    public void A_project_MSBuild_did_not_build_did_not_load_even_when_no_failure_names_it()
    {
        var triage = LoadFailureTriage.Sort([], [NotBuilt(Legacy)]);

        Assert.Empty(triage.Errors);
        Assert.Contains("did not build the project", triage.LoadErrorOf(Legacy, hasMetadataReferences: false), StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_about_a_project_that_built_is_an_error_when_another_target_framework_of_it_did_not_build()
    {
        var triage = LoadFailureTriage.Sort([Failure(App, VersionNotFound)], [Built(App), NotBuilt(App)]);

        Assert.Equal([Failure(App, VersionNotFound)], triage.Errors);
        Assert.Empty(triage.Warnings);
    }

    [Fact]
    public void A_failure_that_names_no_project_of_the_solution_is_an_error()
    {
        var unknownLanguage = "Cannot open project '/src/Scripts/Scripts.fsproj' because the file extension '.fsproj' is not associated with a language.";

        var triage = LoadFailureTriage.Sort([unknownLanguage], [Built(App)]);

        Assert.Equal([unknownLanguage], triage.Errors);
        Assert.Empty(triage.Warnings);
        Assert.Null(triage.LoadErrorOf(App, hasMetadataReferences: true));
    }

    [Fact]
    public void A_warning_about_one_project_leaves_the_other_projects_as_they_are()
    {
        var triage = LoadFailureTriage.Sort([Failure(App, VersionNotFound)], [Built(App), NotBuilt(Legacy)]);

        Assert.Equal([Failure(App, VersionNotFound)], triage.Warnings);
        Assert.Null(triage.LoadErrorOf(App, hasMetadataReferences: true));
        Assert.NotNull(triage.LoadErrorOf(Legacy, hasMetadataReferences: false));
    }
}
