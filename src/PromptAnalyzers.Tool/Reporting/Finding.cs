using System.Collections.Immutable;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>One diagnostic of the package, located in a project and a file (path relative to the report's root).</summary>
internal sealed record Finding(
    string RuleId,
    string Severity,
    string Message,
    string Project,
    string? File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string? HelpLink,
    ImmutableSortedDictionary<string, string> Properties);
