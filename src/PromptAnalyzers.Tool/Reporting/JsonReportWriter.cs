using System.Text.Json;
using System.Text.Json.Serialization;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>The <c>json</c> format: the report model, camelCase, <c>"schemaVersion": 1</c> (schema in docs/cli.md).</summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(PromptReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
