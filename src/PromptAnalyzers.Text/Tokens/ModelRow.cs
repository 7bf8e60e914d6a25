namespace PromptAnalyzers.Text.Tokens;

/// <summary>One row of the model catalogue (Models.tsv): a model id or id prefix and what the vendor publishes for it.</summary>
public sealed class ModelRow
{
    public ModelRow(
        string key,
        string provider,
        TokenizerSpec tokenizer,
        int? contextWindow,
        int? maxOutput,
        decimal? inputPricePerMillion,
        decimal? cachedInputPricePerMillion,
        int? cacheMinTokens,
        string? retired,
        string asOf,
        string source)
    {
        IsPrefix = key.EndsWith("*", System.StringComparison.Ordinal);
        ModelId = IsPrefix ? key.Substring(0, key.Length - 1) : key;
        Provider = provider;
        Tokenizer = tokenizer;
        ContextWindow = contextWindow;
        MaxOutput = maxOutput;
        InputPricePerMillion = inputPricePerMillion;
        CachedInputPricePerMillion = cachedInputPricePerMillion;
        CacheMinTokens = cacheMinTokens;
        Retired = retired;
        AsOf = asOf;
        Source = source;
    }

    /// <summary>The model id, lower case, as the vendor's API spells it (without the '*' of a prefix row).</summary>
    public string ModelId { get; }

    /// <summary>
    /// A family row ("gpt-5*"): matches every id that starts with <see cref="ModelId"/>. A model row matches its id and the
    /// ids that extend it after '-', '@' or ':' (dated snapshots).
    /// </summary>
    public bool IsPrefix { get; }

    /// <summary>The catalogue spelling of the key: the id, with a trailing '*' for a family row.</summary>
    public string Key => IsPrefix ? ModelId + "*" : ModelId;

    /// <summary>OpenAI, Anthropic or Google.</summary>
    public string Provider { get; }

    public TokenizerSpec Tokenizer { get; }

    /// <summary>Input plus output tokens the model accepts in one request, or null when not published.</summary>
    public int? ContextWindow { get; }

    /// <summary>The most output tokens one response may have, or null when not published.</summary>
    public int? MaxOutput { get; }

    /// <summary>USD per 1M input tokens (standard tier, short prompts), or null.</summary>
    public decimal? InputPricePerMillion { get; }

    /// <summary>USD per 1M cached input tokens (cache reads), or null.</summary>
    public decimal? CachedInputPricePerMillion { get; }

    /// <summary>The shortest prompt prefix, in tokens, the provider caches, or null when not published.</summary>
    public int? CacheMinTokens { get; }

    /// <summary>The shutdown date (yyyy-MM-dd, past or announced), or null.</summary>
    public string? Retired { get; }

    /// <summary>The date of the newest source the row's figures rest on (yyyy-MM-dd or yyyy-MM).</summary>
    public string AsOf { get; }

    /// <summary>The sources of the row's figures, "[1] url (date) ; [2] ...".</summary>
    public string Source { get; }
}
