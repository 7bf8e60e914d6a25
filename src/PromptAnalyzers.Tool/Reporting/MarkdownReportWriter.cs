using System.Globalization;
using System.Text;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>The <c>markdown</c> format: GitHub-flavoured tables that fit a job summary or a pull-request comment.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(PromptReport report)
    {
        var text = new StringBuilder();
        text.Append("# Prompt analyzers report\n\n");
        text.Append(CultureInfo.InvariantCulture, $"`{report.Path}`: {report.Findings.Length} diagnostics in {report.Projects.Length} projects{NotLoaded(report)}.\n\n");

        if (report.LoadErrors.Length > 0)
        {
            text.Append("## Load errors\n\n");
            foreach (var error in report.LoadErrors)
            {
                text.Append("- ").Append(Cell(error)).Append('\n');
            }

            text.Append('\n');
        }

        if (report.LoadWarnings.Length > 0)
        {
            text.Append("## Load warnings\n\n");
            foreach (var warning in report.LoadWarnings)
            {
                text.Append("- ").Append(Cell(warning)).Append('\n');
            }

            text.Append('\n');
        }

        var anyNotLoaded = report.Projects.Any(p => !p.Loaded);
        text.Append(anyNotLoaded
            ? "## Per project\n\n| Project | Loaded | Diagnostics | By rule | Load error |\n|---|---|---:|---|---|\n"
            : "## Per project\n\n| Project | Loaded | Diagnostics | By rule |\n|---|---|---:|---|\n");
        foreach (var project in report.Projects)
        {
            var byRule = string.Join(", ", project.ByRule.Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture)));
            var loadError = anyNotLoaded ? " " + Cell(project.LoadError ?? "") + " |" : "";
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(project.Name)} | {(project.Loaded ? "yes" : "no")} | {project.Findings} | {byRule} |{loadError}\n");
        }

        text.Append("\n## Per rule\n\n| Rule | Severity | Count |\n|---|---|---:|\n");
        foreach (var rule in report.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {rule.RuleId} | {rule.Severity} | {rule.Count} |\n");
        }

        if (report.LargestPrompts.Length > 0)
        {
            var monthly = report.CallsPerDay is not null;
            text.Append(monthly
                ? "\n## Largest prompts\n\n| Tokens | Dynamic parts | Model | Cost per call | Cost per month | Where | Estimate |\n|---:|---:|---|---:|---:|---|---|\n"
                : "\n## Largest prompts\n\n| Tokens | Dynamic parts | Model | Cost per call | Where | Estimate |\n|---:|---:|---|---:|---|---|\n");
            foreach (var prompt in report.LargestPrompts)
            {
                var month = monthly ? " " + ConsoleReportWriter.Usd(prompt.CostPerMonth) + " |" : "";
                text.Append(CultureInfo.InvariantCulture, $"| {prompt.Tokens:N0} | {prompt.DynamicParts} | {Cell(prompt.ModelCell)} | {ConsoleReportWriter.Usd(prompt.CostPerCall)} |{month} {Where(prompt.File, prompt.Line)} | {Cell(prompt.Message)} |\n");
            }
        }

        if (report.CostByProject.Length > 0)
        {
            var monthly = report.CallsPerDay is not null;
            text.Append("\n## ").Append(ConsoleReportWriter.CostTitle(report))
                .Append(monthly ? "\n\n| Project | Priced prompts | Cost per call | Cost per month |\n|---|---:|---:|---:|\n" : "\n\n| Project | Priced prompts | Cost per call |\n|---|---:|---:|\n");
            foreach (var project in report.CostByProject)
            {
                var month = monthly ? " " + ConsoleReportWriter.Usd(project.CostPerMonth) + " |" : "";
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(project.Project)} | {project.Prompts} | {ConsoleReportWriter.Usd(project.CostPerCall)} |{month}\n");
            }
        }

        if (report.TotalsByModel.Length > 0)
        {
            var monthly = report.CallsPerDay is not null;
            text.Append(monthly ? "\n## Prompts by model\n\n| Model | Prompts | Static tokens | Cost per call | Cost per month |\n|---|---:|---:|---:|---:|\n" : "\n## Prompts by model\n\n| Model | Prompts | Static tokens | Cost per call |\n|---|---:|---:|---:|\n");
            foreach (var model in report.TotalsByModel)
            {
                var month = monthly ? " " + ConsoleReportWriter.Usd(model.CostPerMonth) + " |" : "";
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(model.Model)} | {model.Prompts} | {model.Tokens:N0} | {ConsoleReportWriter.Usd(model.CostPerCall)} |{month}\n");
            }
        }

        if (report.FactsToMove.Length > 0)
        {
            text.Append("\n## Facts to move to retrieval\n\n| Rule | Where | Project | Message |\n|---|---|---|---|\n");
            foreach (var fact in report.FactsToMove)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {fact.RuleId} | {Where(fact.File, fact.Line)} | {Cell(fact.Project)} | {Cell(fact.Message)} |\n");
            }
        }

        text.Append("\n<details><summary>All diagnostics</summary>\n\n| Rule | Severity | Where | Project | Message |\n|---|---|---|---|---|\n");
        foreach (var finding in report.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {finding.RuleId} | {finding.Severity} | {Where(finding.File, finding.Line)} | {Cell(finding.Project)} | {Cell(finding.Message)} |\n");
        }

        text.Append("\n</details>\n");
        return text.ToString();
    }

    /// <summary>" (1 did not load)", or nothing when every project loaded.</summary>
    internal static string NotLoaded(PromptReport report)
        => report.Projects.Count(p => !p.Loaded) is var count and > 0 ? " (" + count.ToString(CultureInfo.InvariantCulture) + " did not load)" : "";

    private static string Where(string? file, int line)
        => file is null ? "" : "`" + file + ":" + line.ToString(CultureInfo.InvariantCulture) + "`";

    /// <summary>Text safe inside a table cell: no pipes, no line breaks, no HTML.</summary>
    private static string Cell(string text)
        => text.Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
