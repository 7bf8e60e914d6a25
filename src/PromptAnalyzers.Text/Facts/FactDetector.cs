using System.Threading;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Finds facts hardcoded in prompt text. Template holes ({x}, {{x}}, {{$x}}) are never facts.</summary>
public static class FactDetector
{
    public static FactReport Detect(string text, CancellationToken cancellationToken = default)
    {
        // STUB: replaced by the fact engine.
        return FactReport.Empty;
    }
}
