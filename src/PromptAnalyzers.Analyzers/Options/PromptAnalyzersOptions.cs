using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Options;

/// <summary>The .editorconfig / .globalconfig keys the package reads. Keys are public contracts: spell them exactly.</summary>
internal static class OptionKeys
{
    public const string Prefix = "prompt_analyzers.";
    public const string DefaultModel = Prefix + "default_model";
    public const string TokenBudget = Prefix + "token_budget";
    public const string PromptMethods = Prefix + "prompt_methods";
    public const string MinFacts = Prefix + "min_facts";
    public const string CallsPerDay = Prefix + "calls_per_day";
    public const string StaticBlockTokens = Prefix + "static_block_tokens";
    public const string MonthlyCostThreshold = Prefix + "monthly_cost_threshold";
    public const string AnalyzeTests = Prefix + "analyze_tests";
    public const string AnalyzeEvaluators = Prefix + "analyze_evaluators";
    public const string AnalyzeExamples = Prefix + "analyze_examples";
    public const string AnalyzeTaskInput = Prefix + "analyze_task_input";
    public const string TrustedSources = Prefix + "trusted_sources";
    public const string Sanitizers = Prefix + "sanitizers";

    /// <summary>MSBuild's IsTestProject, made visible to analyzers by the package's buildTransitive props.</summary>
    public const string IsTestProject = "build_property.IsTestProject";
}

/// <summary>Options in force for one syntax tree, with the documented defaults.</summary>
internal sealed class PromptAnalyzersOptions
{
    public const string DefaultModelId = Text.Tokens.ModelCatalog.DefaultModelId;
    public const int DefaultTokenBudget = 2000;
    public const int DefaultMinFacts = 2;
    public const int DefaultStaticBlockTokens = 1500;
    public const decimal DefaultMonthlyCostThreshold = 100m;

    /// <summary>Model ids resolved and kept per options (see <see cref="ResolveModel"/>); more are resolved each time.</summary>
    private const int MaxCachedModels = 256;

    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, PromptAnalyzersOptions> Cache = new();
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, PromptAnalyzersOptions> FileCache = new();

    private readonly AnalyzerConfigOptions _options;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Text.Tokens.ModelInfo> _models = new(System.StringComparer.Ordinal);
    private int _modelsAdmitted;

    private PromptAnalyzersOptions(AnalyzerConfigOptions options)
    {
        _options = options;
        DefaultModel = Get(OptionKeys.DefaultModel) is { Length: > 0 } model ? model : DefaultModelId;
        DefaultModelIsConfigured = Get(OptionKeys.DefaultModel) is { Length: > 0 };
        TokenBudget = int.TryParse(Get(OptionKeys.TokenBudget), NumberStyles.Integer, CultureInfo.InvariantCulture, out var budget) && budget > 0 ? budget : DefaultTokenBudget;
        MinFacts = int.TryParse(Get(OptionKeys.MinFacts), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minFacts) && minFacts > 0 ? minFacts : DefaultMinFacts;
        PromptMethods = Get(OptionKeys.PromptMethods) ?? string.Empty;
        CallsPerDay = long.TryParse(Get(OptionKeys.CallsPerDay), NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var calls) && calls > 0 ? calls : null;
        StaticBlockTokens = int.TryParse(Get(OptionKeys.StaticBlockTokens), NumberStyles.Integer, CultureInfo.InvariantCulture, out var block) && block > 0 ? block : DefaultStaticBlockTokens;
        MonthlyCostThreshold = Text.Tokens.ModelCatalog.TryParsePrice(Get(OptionKeys.MonthlyCostThreshold), out var threshold) ? threshold : DefaultMonthlyCostThreshold;
        AnalyzeTests = IsTrue(Get(OptionKeys.AnalyzeTests));
        AnalyzeEvaluators = IsTrue(Get(OptionKeys.AnalyzeEvaluators));
        AnalyzeExamples = IsTrue(Get(OptionKeys.AnalyzeExamples));
        AnalyzeTaskInput = IsTrue(Get(OptionKeys.AnalyzeTaskInput));
        TrustedSources = Get(OptionKeys.TrustedSources) ?? string.Empty;
        Sanitizers = Get(OptionKeys.Sanitizers) ?? string.Empty;
        IsTestProject = Get(OptionKeys.IsTestProject) is { Length: > 0 } testProject ? IsTrue(testProject) : null;
        FineTuneMinFacts = int.TryParse(Get(Rules.FineTuning.FineTuningAnalyzerOptions.MinFactsKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fineTuneMinFacts) && fineTuneMinFacts > 0
            ? fineTuneMinFacts
            : Rules.FineTuning.FineTuningAnalyzerOptions.DefaultMinFacts;
    }

    /// <summary>prompt_analyzers.default_model: the model a prompt is priced and counted at when the code names none.</summary>
    public string DefaultModel { get; }

    /// <summary>True when the project sets prompt_analyzers.default_model (messages then say so instead of naming the package default).</summary>
    public bool DefaultModelIsConfigured { get; }

    /// <summary>prompt_analyzers.token_budget (default 2,000): the static tokens over which PA2002 reports a prompt.</summary>
    public int TokenBudget { get; }

    /// <summary>prompt_analyzers.min_facts (default 2): facts a prompt must state before PA1001 reports it.</summary>
    public int MinFacts { get; }

    /// <summary>prompt_analyzers.calls_per_day: how often the prompts are sent; null (the default) turns PA2005 off.</summary>
    public long? CallsPerDay { get; }

    /// <summary>prompt_analyzers.static_block_tokens (default 1,500): the static prompt size PA2005 starts at.</summary>
    public int StaticBlockTokens { get; }

    /// <summary>prompt_analyzers.monthly_cost_threshold (default $100): the monthly cost of a prompt's static part PA2005 starts at.</summary>
    public decimal MonthlyCostThreshold { get; }

    /// <summary>prompt_analyzers.finetune_min_facts (default 1): facts a training example's answer must state for PA1002.</summary>
    public int FineTuneMinFacts { get; }

    /// <summary>prompt_analyzers.analyze_tests (default false): the Knowledge rules look at prompts in test code.</summary>
    public bool AnalyzeTests { get; }

    /// <summary>prompt_analyzers.analyze_evaluators (default false): the Knowledge rules look at evaluation (judge) prompts.</summary>
    public bool AnalyzeEvaluators { get; }

    /// <summary>prompt_analyzers.analyze_examples (default false): PA1001 looks at hardcoded sample turns (few-shot examples).</summary>
    public bool AnalyzeExamples { get; }

    /// <summary>prompt_analyzers.analyze_task_input (default false): the Knowledge rules look at task input (static user prompts, user documents).</summary>
    public bool AnalyzeTaskInput { get; }

    /// <summary>build_property.IsTestProject: true or false when the build says, null when it does not (then a referenced test framework decides).</summary>
    public bool? IsTestProject { get; }

    /// <summary>The raw prompt_analyzers.trusted_sources value (PA4001): members and types whose values are trusted, separated by spaces.</summary>
    public string TrustedSources { get; }

    /// <summary>The raw prompt_analyzers.sanitizers value (PA4001): methods whose return value is trusted, separated by spaces.</summary>
    public string Sanitizers { get; }

    /// <summary>The raw prompt_analyzers.prompt_methods value (parsed and resolved by discovery, once per value).</summary>
    public string PromptMethods { get; }

    /// <summary>The options that apply to <paramref name="tree"/> (its .editorconfig section over the global config), read once per configuration.</summary>
    public static PromptAnalyzersOptions For(AnalyzerOptions options, SyntaxTree tree)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return Cache.GetValue(config, c => new PromptAnalyzersOptions(c));
    }

    /// <summary>
    /// Options for an additional file (a prompt file): its own section of .editorconfig, then the global options
    /// (.globalconfig, where diagnostics on non-C# files are usually configured).
    /// </summary>
    public static PromptAnalyzersOptions For(AnalyzerOptions options, AdditionalText file)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var fileOptions = provider.GetOptions(file);
        return FileCache.GetValue(fileOptions, f => new PromptAnalyzersOptions(new LayeredOptions(f, provider.GlobalOptions)));
    }

    /// <summary>
    /// The catalogue's figures for a model id with this file's aliases (prompt_analyzers.model_alias.&lt;deployment&gt;)
    /// and per-model overrides (prompt_analyzers.price.&lt;model-id&gt; and the other keys in ModelSettingKeys) applied;
    /// resolved once per id and options.
    /// </summary>
    /// <remarks>
    /// Perf: called for every prompt site. A hit is one lock-free lookup; the size check that bounds the cache runs on a
    /// miss only, and counts admissions instead of asking the dictionary (ConcurrentDictionary.Count takes every one of
    /// its locks).
    /// </remarks>
    public Text.Tokens.ModelInfo ResolveModel(string modelId)
    {
        if (_models.TryGetValue(modelId, out var resolved))
        {
            return resolved;
        }

        resolved = Text.Tokens.ModelCatalog.Resolve(modelId, Get);
        if (System.Threading.Interlocked.Increment(ref _modelsAdmitted) <= MaxCachedModels)
        {
            _models.TryAdd(modelId, resolved);
        }

        return resolved;
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

    private string? Get(string key) => _options.TryGetValue(key, out var value) ? value.Trim() : null;
}

/// <summary>A file's options over the global ones: a key the file's options lack is looked up globally.</summary>
internal sealed class LayeredOptions : AnalyzerConfigOptions
{
    private readonly AnalyzerConfigOptions _first;
    private readonly AnalyzerConfigOptions _fallback;

    public LayeredOptions(AnalyzerConfigOptions first, AnalyzerConfigOptions fallback)
    {
        _first = first;
        _fallback = fallback;
    }

    // netstandard2.0 has no public NotNullWhenAttribute to repeat the base signature's annotation.
#pragma warning disable CS8765
    public override bool TryGetValue(string key, out string? value)
#pragma warning restore CS8765
        => _first.TryGetValue(key, out value) || _fallback.TryGetValue(key, out value);
}
