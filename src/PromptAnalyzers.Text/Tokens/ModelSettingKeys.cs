namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// The .editorconfig keys that add or override catalogue figures for one model id (appended to each prefix), and map
/// deployment names to models. docs/configuration.md lists them; a test holds the two together.
/// </summary>
public static class ModelSettingKeys
{
    public const string Price = "prompt_analyzers.price.";
    public const string CachedPrice = "prompt_analyzers.cached_price.";
    public const string ContextWindow = "prompt_analyzers.context_window.";
    public const string MaxOutput = "prompt_analyzers.max_output.";
    public const string CacheMinTokens = "prompt_analyzers.cache_min_tokens.";
    public const string Tokenizer = "prompt_analyzers.tokenizer.";
    public const string ModelAlias = "prompt_analyzers.model_alias.";

    /// <summary>Every per-model key prefix, in the order docs/configuration.md lists them.</summary>
    public static readonly string[] All = { Price, CachedPrice, ContextWindow, MaxOutput, CacheMinTokens, Tokenizer, ModelAlias };
}
