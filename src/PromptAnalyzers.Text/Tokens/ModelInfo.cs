namespace PromptAnalyzers.Text.Tokens;

/// <summary>What the package assumes about a model: its encoding and input price.</summary>
public sealed class ModelInfo
{
    public ModelInfo(string id, TokenEncoding encoding, decimal? inputPricePerMillion, bool encodingIsExact)
        : this(id, encoding, inputPricePerMillion, encodingIsExact, pricedAs: null)
    {
    }

    public ModelInfo(string id, TokenEncoding encoding, decimal? inputPricePerMillion, bool encodingIsExact, string? pricedAs)
    {
        Id = id;
        Encoding = encoding;
        InputPricePerMillion = inputPricePerMillion;
        EncodingIsExact = encodingIsExact;
        PricedAs = pricedAs;
    }

    /// <summary>The model id as the code or configuration spelled it.</summary>
    public string Id { get; }

    public TokenEncoding Encoding { get; }

    /// <summary>USD per 1M input tokens, or null when the price is unknown.</summary>
    public decimal? InputPricePerMillion { get; }

    /// <summary>False for other vendors' models (Claude, Gemini, Llama, Mistral...): the count is an o200k_base estimate.</summary>
    public bool EncodingIsExact { get; }

    /// <summary>
    /// Where the price comes from: the price-table model id that matched (gpt-4o-mini for gpt-4o-mini-2024-07-18), the
    /// configured key for an .editorconfig override, or null when the price is unknown.
    /// </summary>
    public string? PricedAs { get; }

    /// <summary>The encoding's tiktoken name (o200k_base, cl100k_base).</summary>
    public string EncodingName => TokenCounter.NameOf(Encoding);
}
