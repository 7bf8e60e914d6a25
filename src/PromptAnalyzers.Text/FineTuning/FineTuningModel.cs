using System.Collections.Generic;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>A model that OpenAI fine-tunes: its per-example training limit and its training price.</summary>
public sealed class FineTuningModel
{
    public FineTuningModel(string id, IReadOnlyList<string> aliases, TokenEncoding encoding, int maxExampleTokens, decimal trainingPricePerMillion)
    {
        Id = id;
        Aliases = aliases;
        Encoding = encoding;
        MaxExampleTokens = maxExampleTokens;
        TrainingPricePerMillion = trainingPricePerMillion;
    }

    /// <summary>The snapshot id that fine-tuning jobs name (gpt-4o-mini-2024-07-18).</summary>
    public string Id { get; }

    /// <summary>Other ids that resolve to this snapshot (gpt-4o-mini).</summary>
    public IReadOnlyList<string> Aliases { get; }

    public TokenEncoding Encoding { get; }

    /// <summary>Training tokens per example; longer examples are truncated by the service.</summary>
    public int MaxExampleTokens { get; }

    /// <summary>USD per 1M training tokens (tokens in the file times epochs).</summary>
    public decimal TrainingPricePerMillion { get; }
}
