using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>Options of <c>prompt-analyzers report</c> (documented in docs/cli.md).</summary>
internal sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<path>")]
    [Description("A .sln, .slnx or .csproj file, or a folder holding exactly one of them.")]
    public string Path { get; init; } = "";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("console (default), json, markdown, sarif or html.")]
    [DefaultValue(ReportFormat.Console)]
    public ReportFormat Format { get; init; } = ReportFormat.Console;

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the report to this file instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--fail-on <SEVERITY>")]
    [Description("Exit with code 1 when a diagnostic has this severity or a higher one: error, warning, info or hidden. Default: never.")]
    public string? FailOn { get; init; }

    [CommandOption("--calls-per-day <N>")]
    [Description("Calls per day of each prompt: adds the cost per 30-day month at that volume.")]
    public int? CallsPerDay { get; init; }

    [CommandOption("--model <ID>")]
    [Description("Price every prompt as this model (a model id of the catalogue, or one priced by prompt_analyzers.price.<id>) instead of its own.")]
    public string? Model { get; init; }

    public override ValidationResult Validate()
    {
        if (FailOn is not null && !SeverityThreshold.TryParse(FailOn, out _))
        {
            return ValidationResult.Error("--fail-on takes error, warning, info or hidden, not '" + FailOn + "'");
        }

        if (CallsPerDay is <= 0)
        {
            return ValidationResult.Error("--calls-per-day takes a positive number of calls");
        }

        return Model is not null && string.IsNullOrWhiteSpace(Model)
            ? ValidationResult.Error("--model takes a model id")
            : ValidationResult.Success();
    }
}

/// <summary>Output formats of the report command.</summary>
internal enum ReportFormat
{
    Console,
    Json,
    Markdown,
    Sarif,
    Html,
}
