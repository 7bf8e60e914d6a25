using System.Globalization;
using System.Net;
using System.Text;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>
/// The <c>html</c> format: one self-contained page (inline CSS, script and SVG; nothing fetched at view time) with bar
/// charts of diagnostics per rule, per project and tokens of the largest prompts, and a table of every diagnostic that
/// sorts by a click on its header.
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
        document.querySelectorAll('table.sortable th').forEach(function (th, index) {
          th.addEventListener('click', function () {
            var table = th.closest('table'), body = table.tBodies[0];
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
            .Append(report.Projects.Length.ToString(CultureInfo.InvariantCulture)).Append(" projects.</p>\n");

        if (report.LoadErrors.Length > 0)
        {
            html.Append("<h2>Load errors</h2><ul>");
            foreach (var error in report.LoadErrors)
            {
                html.Append("<li class=\"error\">").Append(Encode(error)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Diagnostics per rule</h2>\n");
        AppendBarChart(html, "rules", report.Rules.Select(r => (r.RuleId, (double)r.Count, r.Count.ToString(CultureInfo.InvariantCulture))));
        html.Append("<h2>Diagnostics per project</h2>\n");
        AppendBarChart(html, "projects", report.Projects.Select(p => (p.Name, (double)p.Findings, p.Findings.ToString(CultureInfo.InvariantCulture))));
        if (report.LargestPrompts.Length > 0)
        {
            html.Append("<h2>Largest prompts (static tokens)</h2>\n");
            AppendBarChart(html, "prompts", report.LargestPrompts.Select(p => (Where(p.File, p.Line), (double)p.Tokens, p.Tokens.ToString("N0", CultureInfo.InvariantCulture))));
        }

        html.Append("<h2>Facts to move to retrieval</h2>\n<p>")
            .Append(report.FactsToMove.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" diagnostics (PA1001 in prompts, PA1002 in fine-tuning data); listed in the table below.</p>\n");

        html.Append("<h2>All diagnostics</h2>\n<table class=\"sortable\" id=\"findings\"><thead><tr><th>Rule</th><th>Severity</th><th>File</th><th>Line</th><th>Project</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var finding in report.Findings)
        {
            html.Append("<tr><td>").Append(Encode(finding.RuleId))
                .Append("</td><td class=\"").Append(Encode(finding.Severity)).Append("\">").Append(Encode(finding.Severity))
                .Append("</td><td>").Append(Encode(finding.File ?? ""))
                .Append("</td><td data-value=\"").Append(finding.Line.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(finding.Line.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(Encode(finding.Project))
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

    private static string Where(string? file, int line) => file is null ? "" : file + ":" + line.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
