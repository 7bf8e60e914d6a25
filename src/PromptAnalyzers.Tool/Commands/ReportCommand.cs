using PromptAnalyzers.Tool.Analysis;
using PromptAnalyzers.Tool.Loading;
using PromptAnalyzers.Tool.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool.Commands;

/// <summary><c>prompt-analyzers report</c>: the inventory of diagnostics, prompts and facts of a solution.</summary>
internal sealed class ReportCommand : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var errors = ErrorConsole.Create();
        PromptReport report;
        try
        {
            // Progress goes to standard error, so the report on standard output stays machine-readable.
            var pricing = new PricingOptions(settings.Model?.Trim(), settings.CallsPerDay);
            report = await ProgressDisplay.RunAsync(errors, async (loadProgress, analysisProgress) =>
            {
                using var loaded = await LoadedWorkspace.OpenAsync(settings.Path, loadProgress, cancellationToken).ConfigureAwait(false);
                return await SolutionReportBuilder.BuildAsync(settings.Path, loaded, pricing, analysisProgress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (FileNotFoundException exception)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.LoadError;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] could not load {settings.Path}: {exception.Message}");
            return ExitCodes.LoadError;
        }

        var text = settings.Format switch
        {
            ReportFormat.Json => JsonReportWriter.Write(report),
            ReportFormat.Markdown => MarkdownReportWriter.Write(report),
            ReportFormat.Sarif => SarifReportWriter.Write(report),
            ReportFormat.Html => HtmlReportWriter.Write(report),
            _ => null,
        };

        if (text is null)
        {
            if (settings.Out is null)
            {
                ConsoleReportWriter.Write(report, console);
            }
            else
            {
                using var writer = new StringWriter();
                ConsoleReportWriter.Write(report, ErrorConsole.CreatePlain(writer));
                await File.WriteAllTextAsync(settings.Out, writer.ToString(), cancellationToken).ConfigureAwait(false);
            }
        }
        else if (settings.Out is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            await File.WriteAllTextAsync(settings.Out, text, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in report.LoadWarnings)
        {
            errors.MarkupLineInterpolated($"[yellow]load warning:[/] {warning}");
        }

        foreach (var error in report.LoadErrors)
        {
            errors.MarkupLineInterpolated($"[red]load error:[/] {error}");
        }

        if (report.LoadErrors.Length > 0)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {report.LoadErrors.Length} load errors; {report.Projects.Count(p => p.Loaded)} of {report.Projects.Length} projects loaded, and the report covers those.");
            return ExitCodes.LoadError;
        }

        if (settings.FailOn is not null
            && SeverityThreshold.TryParse(settings.FailOn, out var threshold)
            && report.Findings.Any(f => SeverityThreshold.Reaches(f.Severity, threshold)))
        {
            errors.MarkupLineInterpolated($"[red]failed:[/] diagnostics at or above {settings.FailOn.ToLowerInvariant()} were found.");
            return ExitCodes.ThresholdReached;
        }

        return ExitCodes.Ok;
    }
}
