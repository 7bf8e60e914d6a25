using System.Globalization;
using System.Net;
using System.Text;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>
/// The <c>html</c> format: one self-contained page (inline CSS, script and SVG; nothing fetched at view time) with bar
/// charts of diagnostics per rule and per project, tokens of the largest prompts, cost per call of the costliest prompts
/// and per project, static tokens by role and facts by kind, and tables of every prompt and every diagnostic that sort by a
/// click on a column header.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
        table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3;cursor:pointer}svg text{font-size:12px}.bar{fill:#4a7bd0}.warning{color:#a15c00}.error{color:#b00020}
        """;

    /// <summary>Sorts the table by the clicked column: numbers numerically, the rest as text; a second click reverses.</summary>
    private const string Script = """
        document.querySelectorAll('table.sortable th').forEach(function (th) {
          th.addEventListener('click', function () {
            var table = th.closest('table'), body = table.tBodies[0], index = th.cellIndex;
            var ascending = th.getAttribute('data-order') !== 'asc';
            table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-order'); });
            th.setAttribute('data-order', ascending ? 'asc' : 'desc');
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[index].getAttribute('data-value') || a.cells[index].textContent;
              var y = b.cells[index].getAttribute('data-value') || b.cells[index].textContent;
              var nx = parseFloat(x), ny = parseFloat(y);
              var result = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
              return ascending ? result : -result;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        """;

    public static string Write(PromptReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Prompt analyzers report</title><style>")
            .Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>Prompt analyzers report</h1>\n<p>").Append(Encode(report.Path)).Append(": ")
            .Append(report.Findings.Length.ToString(CultureInfo.InvariantCulture)).Append(" diagnostics in ")
            .Append(report.Projects.Length.ToString(CultureInfo.InvariantCulture)).Append(" projects").Append(MarkdownReportWriter.NotLoaded(report)).Append(".</p>\n");

        if (report.LoadErrors.Length > 0)
        {
            html.Append("<h2>Load errors</h2><ul>");
            foreach (var error in report.LoadErrors)
            {
                // An error that made a project fail names it first, so the reader sees which project was left out.
                var project = report.Projects.FirstOrDefault(p => p.LoadError == error);
                html.Append("<li class=\"error\">").Append(project is null ? "" : "<b>" + Encode(project.Name) + "</b> did not load: ").Append(Encode(error)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        if (report.LoadWarnings.Length > 0)
        {
            html.Append("<h2>Load warnings</h2><ul>");
            foreach (var warning in report.LoadWarnings)
            {
                html.Append("<li class=\"warning\">").Append(Encode(warning)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Diagnostics per rule</h2>\n");
        AppendBarChart(html, "rules", report.Rules.Select(r => (r.RuleId, (double)r.Count, r.Count.ToString(CultureInfo.InvariantCulture))));
        html.Append("<h2>Diagnostics per project</h2>\n");
        AppendBarChart(html, "projects", report.Projects.Select(p => (p.Name, (double)p.Findings, p.Loaded ? p.Findings.ToString(CultureInfo.InvariantCulture) : "did not load")));
        if (report.LargestPrompts.Length > 0)
        {
            html.Append("<h2>Largest prompts (static tokens)</h2>\n");
            AppendBarChart(html, "prompts", report.LargestPrompts.Select(p => (Where(p.File, p.Line), (double)p.Tokens, p.Tokens.ToString("N0", CultureInfo.InvariantCulture))));
        }

        var costliest = CostliestPrompts(report);
        if (costliest.Count > 0)
        {
            html.Append("<h2>Cost per call of the costliest prompts</h2>\n");
            AppendBarChart(html, "cost-prompts", costliest.Select(p => (Where(p.File, p.Line), (double)p.CostPerCall!.Value, CostText(p.CostPerCall.Value, p.CostPerMonth))));
        }

        if (report.CostByProject.Length > 0)
        {
            html.Append("<h2>").Append(Encode(ConsoleReportWriter.CostTitle(report))).Append("</h2>\n");
            html.Append("<p>Bars: cost per call").Append(report.CallsPerDay is null ? "" : "; the cost per month follows it").Append(".</p>\n");
            AppendBarChart(html, "cost-projects", report.CostByProject.Select(p => (p.Project, (double)p.CostPerCall, CostText(p.CostPerCall, p.CostPerMonth))));
        }

        if (report.TokensByRole.Length > 0)
        {
            html.Append("<h2>Static tokens by role</h2>\n");
            AppendBarChart(html, "tokens-roles", report.TokensByRole.Select(r => (r.Role, (double)r.Tokens, r.Tokens.ToString("N0", CultureInfo.InvariantCulture))));
        }

        html.Append("<h2>Facts to move to retrieval</h2>\n<p>")
            .Append(report.FactsToMove.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" diagnostics (PA1001 in prompts, PA1002 in fine-tuning data); listed in the table below.</p>\n");
        if (report.FactsByKind.Length > 0)
        {
            html.Append("<h3>Facts by kind</h3>\n");
            AppendBarChart(html, "facts-kinds", report.FactsByKind.Select(k => (k.Kind, (double)k.Count, k.Count.ToString(CultureInfo.InvariantCulture))));
        }

        if (report.Prompts.Length > 0)
        {
            html.Append("<h2>Prompts</h2>\n<table class=\"sortable\" id=\"prompts\"><thead><tr><th>Project</th><th>File</th><th>Line</th><th>Role</th><th>Sink</th><th>Model</th><th>Model from</th><th>Tokens</th><th>Dynamic parts</th><th>Cost per call</th>")
                .Append(report.CallsPerDay is null ? "" : "<th>Cost per month</th>").Append("</tr></thead><tbody>\n");
            foreach (var prompt in report.Prompts)
            {
                html.Append("<tr><td>").Append(Encode(prompt.Project))
                    .Append("</td><td>").Append(Encode(prompt.File ?? ""))
                    .Append(NumberCell(prompt.Line, prompt.Line.ToString(CultureInfo.InvariantCulture)))
                    .Append("<td>").Append(Encode(prompt.Role ?? ""))
                    .Append("</td><td>").Append(Encode(prompt.Sink ?? ""))
                    .Append("</td><td>").Append(Encode(prompt.Model ?? ""))
                    .Append("</td><td>").Append(Encode(prompt.ModelSource ?? "")).Append("</td>")
                    .Append(NumberCell(prompt.Tokens, prompt.Tokens.ToString("N0", CultureInfo.InvariantCulture)))
                    .Append(NumberCell(prompt.DynamicParts, prompt.DynamicParts.ToString(CultureInfo.InvariantCulture)))
                    .Append(CostCell(prompt.CostPerCall))
                    .Append(report.CallsPerDay is null ? "" : CostCell(prompt.CostPerMonth))
                    .Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("<h2>All diagnostics</h2>\n<table class=\"sortable\" id=\"findings\"><thead><tr><th>Rule</th><th>Severity</th><th>File</th><th>Line</th><th>Project</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var finding in report.Findings)
        {
            html.Append("<tr><td>").Append(Encode(finding.RuleId))
                .Append("</td><td class=\"").Append(Encode(finding.Severity)).Append("\">").Append(Encode(finding.Severity))
                .Append("</td><td>").Append(Encode(finding.File ?? ""))
                .Append("</td>").Append(NumberCell(finding.Line, finding.Line.ToString(CultureInfo.InvariantCulture)))
                .Append("<td>").Append(Encode(finding.Project))
                .Append("</td><td>").Append(Encode(finding.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<script>").Append(Script).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>A horizontal bar chart in inline SVG: one labelled bar (<c>rect.bar</c>) per item, scaled to the largest.</summary>
    private static void AppendBarChart(StringBuilder html, string id, IEnumerable<(string Label, double Value, string Text)> items)
    {
        var bars = items.ToList();
        const int rowHeight = 22, labelWidth = 260, barWidth = 400;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"chart-{id}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + barWidth + 80}\" height=\"{Math.Max(1, bars.Count) * rowHeight}\" role=\"img\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var y = i * rowHeight;
            var width = Math.Max(1, (int)Math.Round(value / max * barWidth));
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{Encode(label)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{rowHeight - 6}\"><title>{Encode(label)}: {Encode(text)}</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 15}\">{Encode(text)}</text>");
        }

        html.Append("</svg>\n");
    }

    /// <summary>How many prompts the cost chart shows, the costliest first.</summary>
    public const int CostliestPromptCount = 20;

    private static List<PromptSize> CostliestPrompts(PromptReport report)
        => report.Prompts
            .Where(p => p.CostPerCall is not null)
            .OrderByDescending(p => p.CostPerCall)
            .ThenBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .Take(CostliestPromptCount)
            .ToList();

    /// <summary>"$0.00014 per call", with ", $4.13 per month" at <c>--calls-per-day</c>.</summary>
    private static string CostText(decimal perCall, decimal? perMonth)
        => CostFormatter.FormatUsd(perCall) + " per call" + (perMonth is { } month ? ", " + CostFormatter.FormatUsd(month) + " per month" : "");

    /// <summary>A cost cell: the amount in USD, or "unknown" (sorted first) for a model without a price.</summary>
    private static string CostCell(decimal? cost)
        => cost is { } value ? NumberCell(value, CostFormatter.FormatUsd(value)) : "<td data-value=\"-1\">unknown</td>";

    /// <summary>A table cell that sorts by its number (<c>data-value</c>) and shows <paramref name="text"/>.</summary>
    private static string NumberCell(decimal value, string text)
        => "<td data-value=\"" + value.ToString(CultureInfo.InvariantCulture) + "\">" + Encode(text) + "</td>";

    private static string Where(string? file, int line) => file is null ? "" : file + ":" + line.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
