namespace PromptAnalyzers.Tool;

/// <summary>Process exit codes of the tool (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>report: a diagnostic at or above the --fail-on severity was found.</summary>
    public const int ThresholdReached = 1;

    /// <summary>The path is missing, no SDK was found, or a project did not load.</summary>
    public const int LoadError = 2;
}
