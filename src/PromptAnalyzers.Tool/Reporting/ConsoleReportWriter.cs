using System.Globalization;
using Spectre.Console;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>The <c>console</c> format: Spectre.Console tables.</summary>
internal static class ConsoleReportWriter
{
    public static void Write(PromptReport report, IAnsiConsole console)
    {
        foreach (var error in report.LoadErrors)
        {
            console.MarkupLineInterpolated($"[red]load error:[/] {error}");
        }

        var projects = new Table().Title("Projects").AddColumns("Project", "Loaded", "Diagnostics", "By rule");
        foreach (var project in report.Projects)
        {
            projects.AddRow(
                Markup.Escape(project.Name),
                project.Loaded ? "yes" : "[red]no[/]",
                project.Findings.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", project.ByRule.Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture)))));
        }

        console.Write(projects);

        var rules = new Table().Title("Rules").AddColumns("Rule", "Severity", "Count");
        foreach (var rule in report.Rules)
        {
            rules.AddRow(rule.RuleId, rule.Severity, rule.Count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(rules);

        if (report.LargestPrompts.Length > 0)
        {
            var prompts = new Table().Title("Largest prompts").AddColumns("Tokens", "Dynamic", "Model", "Where");
            foreach (var prompt in report.LargestPrompts)
            {
                prompts.AddRow(
                    prompt.Tokens.ToString("N0", CultureInfo.InvariantCulture),
                    prompt.DynamicParts.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(prompt.Model ?? ""),
                    Markup.Escape(Where(prompt.File, prompt.Line)));
            }

            console.Write(prompts);
        }

        var findings = new Table().Title("Diagnostics").AddColumns("Rule", "Severity", "Where", "Project", "Message");
        foreach (var finding in report.Findings)
        {
            findings.AddRow(
                finding.RuleId,
                finding.Severity,
                Markup.Escape(Where(finding.File, finding.Line)),
                Markup.Escape(finding.Project),
                Markup.Escape(finding.Message));
        }

        console.Write(findings);
        console.MarkupLineInterpolated($"{report.Findings.Length} diagnostics, {report.FactsToMove.Length} with facts to move to retrieval (PA1001/PA1002).");
    }

    private static string Where(string? file, int line) => file is null ? "" : file + ":" + line.ToString(CultureInfo.InvariantCulture);
}
