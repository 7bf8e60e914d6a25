using PromptAnalyzers.Tool.Loading;

namespace PromptAnalyzers.Tests.Tool.Loading;

/// <summary>The restore errors read from a project's obj/project.assets.json, as NuGet writes it.</summary>
public sealed class RestoreLogTests
{
    [Fact]
    public void The_errors_of_an_assets_file_are_its_messages_at_level_error()
    {
        var assets = """
            {
              "version": 3,
              "targets": { "net10.0": {} },
              "project": { "version": "1.0.0", "restore": { "projectName": "Chat" } },
              "logs": [
                {
                  "code": "NU1603",
                  "level": "Warning",
                  "warningLevel": 1,
                  "message": "Chat depends on Humanizer.Core (>= 3.0.5) but Humanizer.Core 3.0.5 was not found. Humanizer.Core 3.0.10 was resolved instead.",
                  "libraryId": "Humanizer.Core",
                  "targetGraphs": [ "net10.0" ]
                },
                {
                  "code": "NU1101",
                  "level": "Error",
                  "message": "Unable to find package AdaptiveCards. No packages exist with this id in source(s): nuget.org",
                  "libraryId": "AdaptiveCards",
                  "targetGraphs": [ "net10.0" ]
                }
              ]
            }
            """;

        Assert.Equal(["Unable to find package AdaptiveCards. No packages exist with this id in source(s): nuget.org"], RestoreLog.ErrorsIn(assets));
    }

    [Theory]
    [InlineData("""{ "version": 3, "targets": { "net10.0": {} } }""")]
    [InlineData("""{ "version": 3, "logs": [ { "code": "NU1603", "level": "Warning", "message": "Chat depends on Humanizer.Core (>= 3.0.5) but Humanizer.Core 3.0.5 was not found." } ] }""")]
    [InlineData("""{ "version": 3, "logs": [""")]
    [InlineData("[]")]
    public void An_assets_file_without_error_messages_has_no_errors(string assets)
        => Assert.Empty(RestoreLog.ErrorsIn(assets));

    [Fact]
    public void A_project_that_was_never_restored_has_no_restore_errors()
    {
        var folder = Directory.CreateTempSubdirectory("restore-log-").FullName;
        try
        {
            Assert.Empty(RestoreLog.ErrorsOf(Path.Combine(folder, "Chat.csproj")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
