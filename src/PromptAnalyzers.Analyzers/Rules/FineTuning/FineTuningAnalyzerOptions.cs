using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Text.FineTuning;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>The .editorconfig / .globalconfig options and MSBuild item metadata that steer the fine-tuning rules.</summary>
internal sealed class FineTuningAnalyzerOptions
{
    public const string ModelKey = "prompt_analyzers.finetune_model";
    public const string EpochsKey = "prompt_analyzers.finetune_epochs";
    /// <summary>Facts an example's answers must state for PA1002. Prompts use prompt_analyzers.min_facts (2); a fine-tuning answer that states even one fact trains the model to assert it, so the default here is 1.</summary>
    public const string MinFactsKey = "prompt_analyzers.finetune_min_facts";

    /// <summary>MSBuild item metadata <c>PromptAnalyzersKind</c> of an AdditionalFiles item (needs CompilerVisibleItemMetadata).</summary>
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.PromptAnalyzersKind";

    public const int DefaultEpochs = 3;
    public const int DefaultMinFacts = 1;
    public const int MaxEpochs = 50;

    private FineTuningAnalyzerOptions(string modelId, FineTuningModel? model, int epochs, int minFacts, string? kind)
    {
        ModelId = modelId;
        Model = model;
        Epochs = epochs;
        MinFacts = minFacts;
        Kind = kind;
    }

    /// <summary>The target model as configured (or the default).</summary>
    public string ModelId { get; }

    /// <summary>The target model's limits and price, or null when the table does not know it.</summary>
    public FineTuningModel? Model { get; }

    public int Epochs { get; }

    public int MinFacts { get; }

    /// <summary>The file's PromptAnalyzersKind metadata, or null when unset.</summary>
    public string? Kind { get; }

    public bool IsExcluded => string.Equals(Kind, "None", StringComparison.OrdinalIgnoreCase);

    public bool IsMarkedFineTuning => string.Equals(Kind, "FineTuning", StringComparison.OrdinalIgnoreCase);

    public static FineTuningAnalyzerOptions Read(AnalyzerOptions analyzerOptions, AdditionalText file)
    {
        AnalyzerConfigOptionsProvider provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        AnalyzerConfigOptions fileOptions = provider.GetOptions(file);
        AnalyzerConfigOptions global = provider.GlobalOptions;

        string? Get(string key)
        {
            if (fileOptions.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            return global.TryGetValue(key, out value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        }

        string modelId = Get(ModelKey) ?? FineTuningModelCatalog.DefaultModel;
        int epochs = ParseInt(Get(EpochsKey), 1, MaxEpochs, DefaultEpochs);
        int minFacts = ParseInt(Get(MinFactsKey), 1, 1000, DefaultMinFacts);
        string? kind = fileOptions.TryGetValue(KindMetadataKey, out string? k) && !string.IsNullOrWhiteSpace(k) ? k.Trim() : null;
        return new FineTuningAnalyzerOptions(modelId, FineTuningModelCatalog.Find(modelId), epochs, minFacts, kind);
    }

    private static int ParseInt(string? value, int min, int max, int fallback)
    {
        return value is not null
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed)
            && parsed >= min
            && parsed <= max
            ? parsed
            : fallback;
    }
}
