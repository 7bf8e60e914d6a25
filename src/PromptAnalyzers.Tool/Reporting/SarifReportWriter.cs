using System.Text.Json;
using System.Text.Json.Nodes;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>The <c>sarif</c> format: SARIF 2.1.0, one run, for code-scanning uploads.</summary>
internal static class SarifReportWriter
{
    public static string Write(PromptReport report)
    {
        var rules = new JsonArray(report.Findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)Rule(g.Key, g.First()))
            .ToArray());

        var results = new JsonArray(report.Findings.Select(f => (JsonNode)Result(f)).ToArray());

        var notifications = new JsonArray(report.LoadErrors.Select(e => Notification("error", e))
            .Concat(report.LoadWarnings.Select(w => Notification("warning", w)))
            .ToArray());

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "PromptAnalyzers",
                        ["version"] = report.ToolVersion,
                        ["informationUri"] = "https://github.com/promptanalyzers/PromptAnalyzers",
                        ["rules"] = rules,
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = report.LoadErrors.Length == 0,
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["results"] = results,
            }),
        };

        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonNode Notification(string level, string text)
        => new JsonObject { ["level"] = level, ["message"] = new JsonObject { ["text"] = text } };

    private static JsonObject Rule(string id, Finding example)
    {
        var rule = new JsonObject { ["id"] = id };
        if (example.HelpLink is not null)
        {
            rule["helpUri"] = example.HelpLink;
        }

        return rule;
    }

    private static JsonObject Result(Finding finding)
    {
        var result = new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["level"] = Level(finding.Severity),
            ["message"] = new JsonObject { ["text"] = finding.Message },
        };

        if (finding.File is not null)
        {
            result["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(finding.File).Replace("%2F", "/", StringComparison.Ordinal) },
                    ["region"] = new JsonObject
                    {
                        ["startLine"] = finding.Line,
                        ["startColumn"] = finding.Column,
                        ["endLine"] = finding.EndLine,
                        ["endColumn"] = finding.EndColumn,
                    },
                },
            });
        }

        var properties = new JsonObject { ["project"] = finding.Project };
        foreach (var (key, value) in finding.Properties)
        {
            properties[key] = value;
        }

        result["properties"] = properties;
        return result;
    }

    /// <summary>SARIF levels for Roslyn severities (hidden diagnostics are notes).</summary>
    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
