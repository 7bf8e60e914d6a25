using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>How to validate a chat fine-tuning dataset.</summary>
public sealed class FineTuningValidationOptions
{
    /// <summary>Encoding that training tokens are counted in (the target model's).</summary>
    public TokenEncoding Encoding { get; set; } = TokenEncoding.O200kBase;

    /// <summary>The target model's training tokens per example, or null when unknown (no length check).</summary>
    public int? MaxExampleTokens { get; set; }

    /// <summary>Distinct facts an assistant answer must hold to count as teaching facts; null turns fact detection off.</summary>
    public int? MinFacts { get; set; }

    /// <summary>Lines longer than this (in chars) are reported and not parsed, so memory stays bounded.</summary>
    public int MaxLineLength { get; set; } = 32 * 1024 * 1024;
}
