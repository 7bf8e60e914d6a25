using System.ComponentModel;
using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>Options of <c>prompt-analyzers fix</c> (documented in docs/cli.md).</summary>
internal sealed class FixSettings : CommandSettings
{
    [CommandArgument(0, "<path>")]
    [Description("A .sln, .slnx or .csproj file, or a folder holding exactly one of them.")]
    public string Path { get; init; } = "";

    [CommandOption("-r|--rule <ID>")]
    [Description("Fix only this rule (repeatable), e.g. --rule PA1001. Default: every rule with a code fix.")]
    public string[] Rules { get; init; } = [];

    [CommandOption("--dry-run")]
    [Description("Print what would change and write nothing.")]
    public bool DryRun { get; init; }
}
