namespace PromptAnalyzers.Tests.Tool.Browser;

/// <summary>A fact that needs Chromium and Node.js; skipped, saying what to install, where they are missing.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
