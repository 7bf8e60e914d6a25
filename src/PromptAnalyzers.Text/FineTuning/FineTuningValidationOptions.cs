using System;
using PromptAnalyzers.Text.Tokens;
using PromptAnalyzers.Text.Tokens.HuggingFace;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>How to validate a fine-tuning dataset.</summary>
public sealed class FineTuningValidationOptions
{
    /// <summary>Encoding that training tokens are counted in (the target model's, or the estimate's).</summary>
    public TokenEncoding Encoding { get; set; } = TokenEncoding.O200kBase;

    /// <summary>
    /// True to estimate tokens as characters / 4 instead of encoding them (Google's rule of thumb for Gemini, whose
    /// tokenizer is not public).
    /// </summary>
    public bool EstimateTokensFromChars { get; set; }

    /// <summary>
    /// The open model's own tokenizer (<c>prompt_analyzers.finetune_tokenizer</c>); when set, texts are counted with it
    /// and <see cref="Encoding"/> and <see cref="EstimateTokensFromChars"/> are not used.
    /// </summary>
    public HuggingFaceTokenizer? Tokenizer { get; set; }

    /// <summary>The dataset's format, or null to recognise it from its first parsable record.</summary>
    public FineTuningFormat? Format { get; set; }

    /// <summary>The target model's training tokens per example, or null when unknown (no length check).</summary>
    public int? MaxExampleTokens { get; set; }

    /// <summary>Distinct facts an assistant answer must hold to count as teaching facts; null turns fact detection off.</summary>
    public int? MinFacts { get; set; }

    /// <summary>Lines longer than this (in chars) are reported and not parsed, so memory stays bounded.</summary>
    public int MaxLineLength { get; set; } = FineTuningDatasetReader.DefaultMaxLineLength;

    /// <summary>Tokens of <paramref name="text"/> as these options count them.</summary>
    public int CountTokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (Tokenizer is not null)
        {
            return CountWithTokenizer(Tokenizer, text!);
        }

        return EstimateTokensFromChars ? (text!.Length + 3) / 4 : ChatTokenCounting.Count(text, Encoding);
    }

    /// <summary>The tokenizer's count; a split pattern that times out on a text falls back to a chars/4 estimate for that text.</summary>
    private static int CountWithTokenizer(HuggingFaceTokenizer tokenizer, string text)
    {
        try
        {
            return tokenizer.Count(text);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return (text.Length + 3) / 4;
        }
    }
}
