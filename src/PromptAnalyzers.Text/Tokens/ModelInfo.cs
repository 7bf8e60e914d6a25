namespace PromptAnalyzers.Text.Tokens;

/// <summary>What the package assumes about one model: tokenizer, limits, prices and retirement, after aliases and overrides.</summary>
public sealed class ModelInfo
{
    internal ModelInfo(
        string id,
        string? aliasOf,
        ModelRow? row,
        TokenizerSpec tokenizer,
        decimal? inputPricePerMillion,
        string? pricedAs,
        bool priceOverridden,
        decimal? cachedInputPricePerMillion,
        int? contextWindow,
        int? maxOutput,
        int? cacheMinTokens)
    {
        Id = id;
        AliasOf = aliasOf;
        Row = row;
        Tokenizer = tokenizer;
        InputPricePerMillion = inputPricePerMillion;
        PricedAs = pricedAs;
        PriceOverridden = priceOverridden;
        CachedInputPricePerMillion = cachedInputPricePerMillion;
        ContextWindow = contextWindow;
        MaxOutput = maxOutput;
        CacheMinTokens = cacheMinTokens;
    }

    /// <summary>The model id (or deployment name) as the code or configuration spelled it.</summary>
    public string Id { get; }

    /// <summary>The model a deployment name maps to (prompt_analyzers.model_alias.&lt;deployment&gt;), or null.</summary>
    public string? AliasOf { get; }

    /// <summary>The catalogue row that matched (a model row or a family row), or null for an id the catalogue does not know.</summary>
    public ModelRow? Row { get; }

    public TokenizerSpec Tokenizer { get; }

    public TokenEncoding Encoding => Tokenizer.Encoding;

    /// <summary>False when the count is an estimate (no public tokenizer, or an id the catalogue does not know).</summary>
    public bool EncodingIsExact => Tokenizer.IsExact;

    /// <summary>The encoding's tiktoken name (o200k_base, cl100k_base).</summary>
    public string EncodingName => TokenCounter.NameOf(Encoding);

    /// <summary>USD per 1M input tokens, or null when the price is unknown.</summary>
    public decimal? InputPricePerMillion { get; }

    /// <summary>
    /// Where the price comes from: the catalogue model id that matched (gpt-4o-mini for gpt-4o-mini-2024-07-18), the model
    /// id of an .editorconfig override, or null when the price is unknown.
    /// </summary>
    public string? PricedAs { get; }

    /// <summary>True when prompt_analyzers.price.&lt;model-id&gt; set the input price.</summary>
    public bool PriceOverridden { get; }

    /// <summary>USD per 1M cached input tokens (cache reads), or null.</summary>
    public decimal? CachedInputPricePerMillion { get; }

    public int? ContextWindow { get; }

    public int? MaxOutput { get; }

    /// <summary>The shortest prefix the provider caches, in tokens, or null.</summary>
    public int? CacheMinTokens { get; }

    /// <summary>The shutdown date of the matched model row (family rows have none), or null.</summary>
    public string? Retired => Row is { IsPrefix: false } row ? row.Retired : null;

    /// <summary>The id to show and to key settings by: the alias target when there is one.</summary>
    public string CatalogId => AliasOf ?? Id;

    /// <summary>
    /// "retired 2026-10-23" when the shutdown date is on or before the catalogue date, "retires 2027-01-14" when it is
    /// announced for later, null when none is known. Worded against the catalogue date so the same build says the same.
    /// </summary>
    public string? RetirementNote
    {
        get
        {
            if (Retired is not { Length: > 0 } date)
            {
                return null;
            }

            return string.CompareOrdinal(date, ModelCatalog.CatalogAsOf) <= 0 ? "retired " + date : "retires " + date;
        }
    }

    /// <summary>"gpt-4o", or "contoso-chat (gpt-5.6-terra)" for a deployment alias.</summary>
    public string DisplayName => AliasOf is null ? Id : Id + " (" + AliasOf + ")";

    /// <summary>The prefix of the count: "" for an exact count, "≈ " for an estimate.</summary>
    public string CountPrefix => EncodingIsExact ? string.Empty : "≈ ";

    /// <summary>How the count was made: "o200k_base" or "estimate: o200k_base count × 1.30 for claude-opus-5".</summary>
    public string DescribeCounting()
        => EncodingIsExact ? Tokenizer.Describe() : Tokenizer.Describe() + " for " + CatalogId;
}
