namespace PromptAnalyzers.Text.Tokens;

/// <summary>What the package assumes about a model: its encoding and input price.</summary>
public sealed class ModelInfo
{
    public ModelInfo(string id, TokenEncoding encoding, decimal? inputPricePerMillion, bool encodingIsExact)
    {
        Id = id;
        Encoding = encoding;
        InputPricePerMillion = inputPricePerMillion;
        EncodingIsExact = encodingIsExact;
    }

    /// <summary>The model id as the code or configuration spelled it.</summary>
    public string Id { get; }

    public TokenEncoding Encoding { get; }

    /// <summary>USD per 1M input tokens, or null when the price is unknown.</summary>
    public decimal? InputPricePerMillion { get; }

    /// <summary>False for other vendors' models (Claude, Gemini, Llama, Mistral...): the count is an o200k_base estimate.</summary>
    public bool EncodingIsExact { get; }
}
