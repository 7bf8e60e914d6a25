using System.Text.Json;

namespace PromptAnalyzers.Tests.Tool.Browser;

/// <summary>
/// Opens an html report in headless Chromium with html-report-check.mjs (playwright-core, installed from npm into a
/// folder under the temporary folder, kept for the next runs) and returns what the page showed: errors, requests, rendered bars, and each
/// sortable column before and after clicks on its header.
/// </summary>
internal static class HtmlReportCheck
{
    /// <summary>The playwright-core the script runs on (npm; it brings no browser, the machine's Chromium is used).</summary>
    public const string PlaywrightCoreVersion = "1.65.1";

    private static readonly Lazy<string> ScriptFolder = new(InstallPlaywrightCore, LazyThreadSafetyMode.ExecutionAndPublication);

    public static JsonDocument Open(string htmlPath)
    {
        var folder = ScriptFolder.Value;
        var userData = Path.Combine(folder, "profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(userData);
        var run = ExternalProcess.Run(HeadlessChromium.Node!, folder, TimeSpan.FromMinutes(3), "html-report-check.mjs", htmlPath, HeadlessChromium.Executable!, userData);
        Assert.True(run.ExitCode == 0, "the browser check failed:\n" + run);
        return JsonDocument.Parse(run.StandardOutput);
    }

    private static string InstallPlaywrightCore()
    {
        var folder = Path.Combine(Path.GetTempPath(), "PromptAnalyzers.BrowserTests", "playwright-core-" + PlaywrightCoreVersion);
        Directory.CreateDirectory(folder);
        if (!File.Exists(Path.Combine(folder, "node_modules", "playwright-core", "package.json")))
        {
            File.WriteAllText(Path.Combine(folder, "package.json"), """{ "name": "html-report-check", "private": true, "type": "module" }""");
            var install = ExternalProcess.Run(HeadlessChromium.Npm!, folder, TimeSpan.FromMinutes(5), "install", "--no-audit", "--no-fund", "--ignore-scripts", "playwright-core@" + PlaywrightCoreVersion);
            Assert.True(install.ExitCode == 0, "npm could not install playwright-core:\n" + install);
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Tool", "Browser", "html-report-check.mjs"), Path.Combine(folder, "html-report-check.mjs"), overwrite: true);
        return folder;
    }
}
