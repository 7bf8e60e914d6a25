using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Where a dataset is trained (<c>prompt_analyzers.finetune_target</c>): which formats it accepts, its example floor
/// (PA3002), its per-example token limit (PA3003) and how tokens are counted and priced (PA3004). Figures are from
/// the vendors' pages as collected on 2026-12-06 (docs/configuration.md names each source); a figure no source gave is
/// null here, not guessed.
/// </summary>
public sealed class FineTuningTarget
{
    /// <summary>The date from which OpenAI creates no new self-serve fine-tuning jobs (its deprecations page).</summary>
    public const string OpenAiShutdownDate = "2027-01-06";

    /// <summary>The example floor used where a target documents none: the fewest examples OpenAI accepts.</summary>
    public const int DefaultMinExamples = 10;

    public static FineTuningTarget OpenAi { get; } = new(
        "openai", "OpenAI", new[] { FineTuningFormat.OpenAiChat, FineTuningFormat.OpenAiPreference },
        minExamples: 10, minExamplesRequired: true, maxExampleTokens: null, exactTokens: true, estimateFromChars: false, priced: true);

    public static FineTuningTarget AzureOpenAi { get; } = new(
        "azure-openai", "Azure OpenAI", new[] { FineTuningFormat.OpenAiChat, FineTuningFormat.OpenAiPreference },
        minExamples: 10, minExamplesRequired: true, maxExampleTokens: null, exactTokens: true, estimateFromChars: false, priced: false);

    public static FineTuningTarget Vertex { get; } = new(
        "vertex", "Vertex AI", new[] { FineTuningFormat.GeminiContents },
        minExamples: DefaultMinExamples, minExamplesRequired: false, maxExampleTokens: 131_072, exactTokens: false, estimateFromChars: true, priced: false)
    {
        MaxExampleTokensModel = "gemini-2.5-flash",
    };

    public static FineTuningTarget Bedrock { get; } = new(
        "bedrock", "Amazon Bedrock", new[] { FineTuningFormat.BedrockConversation, FineTuningFormat.PromptCompletion },
        minExamples: 100, minExamplesRequired: false, maxExampleTokens: null, exactTokens: false, estimateFromChars: false, priced: false);

    public static FineTuningTarget Open { get; } = new(
        "open", "an open model (LoRA)",
        new[] { FineTuningFormat.OpenAiChat, FineTuningFormat.PromptCompletion, FineTuningFormat.Preference, FineTuningFormat.PlainText, FineTuningFormat.ShareGpt, FineTuningFormat.Alpaca },
        minExamples: DefaultMinExamples, minExamplesRequired: false, maxExampleTokens: null, exactTokens: false, estimateFromChars: false, priced: false);

    public static IReadOnlyList<FineTuningTarget> All { get; } = new[] { OpenAi, AzureOpenAi, Vertex, Bedrock, Open };

    private FineTuningTarget(string code, string displayName, IReadOnlyList<FineTuningFormat> formats, int minExamples, bool minExamplesRequired, int? maxExampleTokens, bool exactTokens, bool estimateFromChars, bool priced)
    {
        Code = code;
        DisplayName = displayName;
        Formats = formats;
        MinExamples = minExamples;
        MinExamplesRequired = minExamplesRequired;
        MaxExampleTokens = maxExampleTokens;
        ExactTokens = exactTokens;
        EstimateTokensFromChars = estimateFromChars;
        Priced = priced;
    }

    /// <summary>The option value: openai, azure-openai, vertex, bedrock, open.</summary>
    public string Code { get; }

    public string DisplayName { get; }

    /// <summary>The dataset formats the target trains on.</summary>
    public IReadOnlyList<FineTuningFormat> Formats { get; }

    /// <summary>Fewer valid examples than this give PA3002.</summary>
    public int MinExamples { get; }

    /// <summary>True when the service rejects fewer examples; false when <see cref="MinExamples"/> is a recommendation or this package's floor.</summary>
    public bool MinExamplesRequired { get; }

    /// <summary>Training tokens per example when the target has one limit for all its models; null when it depends on the model or is not known.</summary>
    public int? MaxExampleTokens { get; }

    /// <summary>The model whose limit <see cref="MaxExampleTokens"/> is (the sources give it per model), or null.</summary>
    public string? MaxExampleTokensModel { get; private set; }

    /// <summary>True when tokens are counted with the target's own encoding (OpenAI models); false for an estimate.</summary>
    public bool ExactTokens { get; }

    /// <summary>True to estimate tokens as characters / 4 (Google's rule of thumb for Gemini).</summary>
    public bool EstimateTokensFromChars { get; }

    /// <summary>True when the model table holds training prices for this target (OpenAI's).</summary>
    public bool Priced { get; }

    /// <summary>True for OpenAI and Azure OpenAI, whose models are the OpenAI fine-tuning table's.</summary>
    public bool UsesOpenAiModels => this == OpenAi || this == AzureOpenAi;

    public bool Accepts(FineTuningFormat format)
    {
        foreach (FineTuningFormat accepted in Formats)
        {
            if (accepted == format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The target named by an option value (any casing; "azure" and "hf" too), or null.</summary>
    public static FineTuningTarget? Parse(string? code)
    {
        string value = (code ?? string.Empty).Trim();
        if (value.Equals("azure", StringComparison.OrdinalIgnoreCase))
        {
            return AzureOpenAi;
        }

        foreach (FineTuningTarget target in All)
        {
            if (target.Code.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The target a format belongs to when no target is set: Gemini to Vertex, Bedrock to Bedrock, OpenAI's to OpenAI, the rest to open models.</summary>
    public static FineTuningTarget InferredFrom(FineTuningFormat format) => format switch
    {
        FineTuningFormat.OpenAiChat or FineTuningFormat.OpenAiPreference => OpenAi,
        FineTuningFormat.GeminiContents => Vertex,
        FineTuningFormat.BedrockConversation => Bedrock,
        _ => Open,
    };
}
