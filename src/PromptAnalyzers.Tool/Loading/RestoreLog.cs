using System.Text.Json;

namespace PromptAnalyzers.Tool.Loading;

/// <summary>
/// The messages NuGet's last restore of a project left in its assets file (<c>obj/project.assets.json</c>, <c>logs</c>):
/// each with its code (NU1101, NU1603...), its level and its text, the same text MSBuildWorkspace reports.
/// </summary>
internal static class RestoreLog
{
    /// <summary>The assets file of a project that keeps the default intermediate folder.</summary>
    public static string AssetsFileOf(string projectFilePath)
        => Path.Combine(Path.GetDirectoryName(projectFilePath) ?? "", "obj", "project.assets.json");

    /// <summary>The texts of the messages at level Error; none for a file that is missing or not an assets file.</summary>
    public static IReadOnlyList<string> ErrorsIn(string assetsJson)
    {
        try
        {
            using var assets = JsonDocument.Parse(assetsJson);
            if (assets.RootElement.ValueKind != JsonValueKind.Object
                || !assets.RootElement.TryGetProperty("logs", out var logs)
                || logs.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return logs.EnumerateArray()
                .Where(log => log.ValueKind == JsonValueKind.Object && string.Equals(Text(log, "level"), "Error", StringComparison.OrdinalIgnoreCase))
                .Select(log => Text(log, "message"))
                .OfType<string>()
                .Where(message => message.Length > 0)
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static IReadOnlyList<string> ErrorsOf(string projectFilePath)
    {
        var assetsFile = AssetsFileOf(projectFilePath);
        try
        {
            return File.Exists(assetsFile) ? ErrorsIn(File.ReadAllText(assetsFile)) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement log, string name)
        => log.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
