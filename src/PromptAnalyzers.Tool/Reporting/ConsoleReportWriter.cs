using System.Globalization;
using PromptAnalyzers.Text.Tokens;
using PromptAnalyzers.Tool.Analysis;
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

        foreach (var warning in report.LoadWarnings)
        {
            console.MarkupLineInterpolated($"[yellow]load warning:[/] {warning}");
        }

        var anyNotLoaded = report.Projects.Any(p => !p.Loaded);
        var projects = new Table().Title("Projects").AddColumns("Project", "Loaded", "Diagnostics", "By rule");
        if (anyNotLoaded)
        {
            projects.AddColumn("Load error");
        }

        foreach (var project in report.Projects)
        {
            var row = new List<string>
            {
                Markup.Escape(project.Name),
                project.Loaded ? "yes" : "[red]no[/]",
                project.Findings.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", project.ByRule.Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture)))),
            };
            if (anyNotLoaded)
            {
                row.Add(Markup.Escape(project.LoadError ?? ""));
            }

            projects.AddRow(row.ToArray());
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
            var monthly = report.CallsPerDay is not null;
            var prompts = new Table().Title("Largest prompts").AddColumns("Tokens", "Dynamic", "Model", "Cost per call");
            if (monthly)
            {
                prompts.AddColumn("Cost per month");
            }

            prompts.AddColumn("Where");
            foreach (var prompt in report.LargestPrompts)
            {
                var row = new List<string>
                {
                    prompt.Tokens.ToString("N0", CultureInfo.InvariantCulture),
                    prompt.DynamicParts.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(prompt.ModelCell),
                    Usd(prompt.CostPerCall),
                };
                if (monthly)
                {
                    row.Add(Usd(prompt.CostPerMonth));
                }

                row.Add(Markup.Escape(Where(prompt.File, prompt.Line)));
                prompts.AddRow(row.ToArray());
            }

            console.Write(prompts);
        }

        if (report.CostByProject.Length > 0)
        {
            var monthly = report.CallsPerDay is not null;
            var costs = new Table().Title(CostTitle(report)).AddColumns("Project", "Priced prompts", "Cost per call");
            if (monthly)
            {
                costs.AddColumn("Cost per month");
            }

            foreach (var project in report.CostByProject)
            {
                var row = new List<string> { Markup.Escape(project.Project), project.Prompts.ToString(CultureInfo.InvariantCulture), Usd(project.CostPerCall) };
                if (monthly)
                {
                    row.Add(Usd(project.CostPerMonth));
                }

                costs.AddRow(row.ToArray());
            }

            console.Write(costs);
        }

        if (report.TotalsByModel.Length > 0)
        {
            var monthly = report.CallsPerDay is not null;
            var models = new Table().Title("Prompts by model").AddColumns("Model", "Prompts", "Static tokens", "Cost per call");
            if (monthly)
            {
                models.AddColumn("Cost per month");
            }

            foreach (var model in report.TotalsByModel)
            {
                var row = new List<string> { Markup.Escape(model.Model), model.Prompts.ToString(CultureInfo.InvariantCulture), model.Tokens.ToString("N0", CultureInfo.InvariantCulture), Usd(model.CostPerCall) };
                if (monthly)
                {
                    row.Add(Usd(model.CostPerMonth));
                }

                models.AddRow(row.ToArray());
            }

            console.Write(models);
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

    /// <summary>"Cost per project (each prompt called once; priced as gpt-4o; 1,000 calls per day)".</summary>
    internal static string CostTitle(PromptReport report)
    {
        var title = "Cost per project (each prompt called once";
        if (report.ModelOverride is not null)
        {
            title += "; priced as " + report.ModelOverride;
        }

        if (report.CallsPerDay is { } calls)
        {
            title += "; a month is " + PricingOptions.DaysPerMonth.ToString(CultureInfo.InvariantCulture) + " days of " + calls.ToString("N0", CultureInfo.InvariantCulture) + " calls of each";
        }

        return title + ")";
    }

    internal static string Usd(decimal? amount) => amount is { } value ? CostFormatter.FormatUsd(value) : "unknown";

    private static string Where(string? file, int line) => file is null ? "" : file + ":" + line.ToString(CultureInfo.InvariantCulture);
}
