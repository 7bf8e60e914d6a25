using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>The <c>--fail-on</c> severity: a diagnostic at it or above fails the run.</summary>
internal static class SeverityThreshold
{
    public static bool TryParse(string text, out DiagnosticSeverity severity)
    {
        switch (text.ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "info":
                severity = DiagnosticSeverity.Info;
                return true;
            case "hidden":
                severity = DiagnosticSeverity.Hidden;
                return true;
            default:
                severity = DiagnosticSeverity.Hidden;
                return false;
        }
    }

    /// <summary>Whether a finding's severity (as the report writes it) reaches the threshold.</summary>
    public static bool Reaches(string findingSeverity, DiagnosticSeverity threshold)
        => TryParse(findingSeverity, out var severity) && severity >= threshold;
}
