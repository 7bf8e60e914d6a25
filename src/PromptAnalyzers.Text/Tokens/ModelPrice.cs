namespace PromptAnalyzers.Text.Tokens;

/// <summary>One row of the built-in price table: a model id (and its dated snapshots) and its list input price.</summary>
public sealed class ModelPrice
{
    public ModelPrice(string modelId, string vendor, decimal inputPricePerMillion)
    {
        ModelId = modelId;
        Vendor = vendor;
        InputPricePerMillion = inputPricePerMillion;
    }

    /// <summary>The model id, lower case, as the vendor's API spells it; ids that extend it with "-..." share the price.</summary>
    public string ModelId { get; }

    /// <summary>OpenAI, Anthropic or Google.</summary>
    public string Vendor { get; }

    /// <summary>USD per 1M input tokens, the vendor's public list price (standard tier, no caching or batch discount).</summary>
    public decimal InputPricePerMillion { get; }

    /// <summary>The encoding the package counts this model's tokens in.</summary>
    public TokenEncoding Encoding => ModelCatalog.EncodingOf(ModelId, out _);

    /// <summary>False when <see cref="Encoding"/> is only an estimate (the model is not an OpenAI model).</summary>
    public bool EncodingIsExact
    {
        get
        {
            ModelCatalog.EncodingOf(ModelId, out bool exact);
            return exact;
        }
    }
}
