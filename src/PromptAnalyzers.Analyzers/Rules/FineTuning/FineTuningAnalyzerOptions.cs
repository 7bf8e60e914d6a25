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
    /// <summary>Where the dataset is trained: openai, azure-openai, vertex, bedrock or open; unset, the format decides.</summary>
    public const string TargetKey = "prompt_analyzers.finetune_target";
    /// <summary>The dataset's format when its records do not say it (see <see cref="FineTuningFormatNames"/>).</summary>
    public const string FormatKey = "prompt_analyzers.finetune_format";
    /// <summary>The path of an open model's Hugging Face tokenizer.json (an AdditionalFiles item) that tokens are counted with instead of an estimate.</summary>
    public const string TokenizerKey = "prompt_analyzers.finetune_tokenizer";
    public const string MaxExampleTokensKey = "prompt_analyzers.finetune_max_example_tokens";
    public const string MinExamplesKey = "prompt_analyzers.finetune_min_examples";
    public const string PromptFirstBelowKey = "prompt_analyzers.finetune_prompt_first_below";
    /// <summary>The prompts' model (PA2001); PA3005 prices few-shot examples at it.</summary>
    public const string DefaultModelKey = "prompt_analyzers.default_model";
    public const string DefaultPromptModel = Text.Tokens.ModelCatalog.DefaultModelId;

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

    /// <summary>The configured target, or null to take the one the dataset's format belongs to.</summary>
    public FineTuningTarget? Target { get; private set; }

    /// <summary>The configured format, or null to recognise it from the records.</summary>
    public FineTuningFormat? Format { get; private set; }

    /// <summary>The configured tokenizer.json path, or null.</summary>
    public string? TokenizerPath { get; private set; }

    /// <summary>The configured per-example token limit (a LoRA run's max_seq_length), or null.</summary>
    public int? MaxExampleTokens { get; private set; }

    /// <summary>The configured example floor for PA3002, or null for the target's.</summary>
    public int? MinExamples { get; private set; }

    /// <summary>Fewer examples than this are few-shot material (PA3005).</summary>
    public int PromptFirstBelow { get; private set; } = PromptFirstVerdict.DefaultFewExamples;

    /// <summary>The model PA3005 prices few-shot examples at.</summary>
    public string PromptModel { get; private set; } = DefaultPromptModel;

    /// <summary>The target model as configured (or the default).</summary>
    public string ModelId { get; }

    /// <summary>The target model's limits and price, or null when the table does not know it.</summary>
    public FineTuningModel? Model { get; }

    public int Epochs { get; }

    public int MinFacts { get; }

    /// <summary>The file's PromptAnalyzersKind metadata, or null when unset.</summary>
    public string? Kind { get; }

    public bool IsExcluded => string.Equals(Kind, "None", StringComparison.OrdinalIgnoreCase);

    /// <summary>The target for a dataset in <paramref name="format"/>: the configured one, else the one the format belongs to.</summary>
    public FineTuningTarget TargetFor(FineTuningFormat format) => Target ?? FineTuningTarget.InferredFrom(format);

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
        return new FineTuningAnalyzerOptions(modelId, FineTuningModelCatalog.Find(modelId), epochs, minFacts, kind)
        {
            Target = FineTuningTarget.Parse(Get(TargetKey)),
            Format = FineTuningFormatNames.Parse(Get(FormatKey)),
            TokenizerPath = Get(TokenizerKey),
            MaxExampleTokens = Get(MaxExampleTokensKey) is string max ? ParseInt(max, 1, int.MaxValue, 0) is int m && m > 0 ? m : null : null,
            MinExamples = Get(MinExamplesKey) is string min ? ParseInt(min, 1, 1_000_000, 0) is int n && n > 0 ? n : null : null,
            PromptFirstBelow = ParseInt(Get(PromptFirstBelowKey), 0, 1_000_000, PromptFirstVerdict.DefaultFewExamples),
            PromptModel = Get(DefaultModelKey) ?? DefaultPromptModel,
        };
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
