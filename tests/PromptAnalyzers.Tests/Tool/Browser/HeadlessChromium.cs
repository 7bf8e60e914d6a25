namespace PromptAnalyzers.Tests.Tool.Browser;

/// <summary>
/// Where this machine's Chromium and Node.js are, for the html report's browser test: the executable named by
/// PROMPT_ANALYZERS_CHROMIUM, else Debian's /usr/bin/chromium (apt-get install chromium; .ci/run installs it), else a
/// chromium or google-chrome on PATH; node and npm on PATH. Playwright's own browser download is never used.
/// </summary>
internal static class HeadlessChromium
{
    public static string? Executable { get; } = FindChromium();

    public static string? Node { get; } = FindOnPath("node");

    public static string? Npm { get; } = FindOnPath("npm");

    /// <summary>Why the browser test cannot run here, or null when it can.</summary>
    public static string? MissingReason
        => Executable is null
            ? "No Chromium on this machine (PROMPT_ANALYZERS_CHROMIUM, /usr/bin/chromium, chromium or google-chrome on PATH): install Debian's chromium (apt-get install chromium, as .ci/run does) to test the html report in a browser."
            : Node is null || Npm is null
                ? "No Node.js and npm on PATH: the html report's browser test drives Chromium with playwright-core from npm."
                : null;

    private static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("PROMPT_ANALYZERS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : FindOnPath("chromium") ?? FindOnPath("google-chrome");
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => new[] { Path.Combine(directory, name), Path.Combine(directory, name + ".exe"), Path.Combine(directory, name + ".cmd") })
            .FirstOrDefault(File.Exists);
}
