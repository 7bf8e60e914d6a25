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

    public override ValidationResult Validate()
        => FailOn is null || SeverityThreshold.TryParse(FailOn, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error("--fail-on takes error, warning, info or hidden, not '" + FailOn + "'");
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
