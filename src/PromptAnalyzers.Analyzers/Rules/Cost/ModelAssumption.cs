using System.Globalization;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>The model and price a cost estimate assumes, and where each came from (so the message can say how to change it).</summary>
internal sealed class ModelAssumption
{
    private ModelAssumption(ModelInfo model, bool fromCode, decimal? price, bool priceOverridden)
    {
        Model = model;
        FromCode = fromCode;
        Price = price;
        PriceOverridden = priceOverridden;
    }

    public ModelInfo Model { get; }

    /// <summary>True when the code (or the prompt file) ties the model id to the call; false when prompt_analyzers.default_model applies.</summary>
    public bool FromCode { get; }

    /// <summary>USD per 1M input tokens, or null when unknown.</summary>
    public decimal? Price { get; }

    public bool PriceOverridden { get; }

    public static ModelAssumption For(PromptSite site, PromptAnalyzersOptions options) => For(site.Model.ModelId, options);

    /// <summary>The model the code or prompt file names (<paramref name="modelId"/>), else prompt_analyzers.default_model.</summary>
    public static ModelAssumption For(string? modelId, PromptAnalyzersOptions options)
    {
        var fromCode = modelId is not null;
        var model = ModelCatalog.Resolve(modelId ?? options.DefaultModel);
        var overridden = options.PriceOverride(model.Id);
        return new ModelAssumption(model, fromCode, overridden ?? model.InputPricePerMillion, overridden is not null);
    }

    /// <summary>"gpt-4o (prompt_analyzers.default_model) at $2.50/1M input ≈ $0.0032 per call, $3.21 per 1,000 calls".</summary>
    public string DescribeCost(int tokens)
    {
        var model = Model.Id + (FromCode ? string.Empty : " (" + OptionKeys.DefaultModel + ")");
        if (Price is not { } price)
        {
            return model + ": no known price; set " + OptionKeys.PricePrefix + Model.Id + " = <USD per 1M input tokens> to estimate the cost";
        }

        return model
            + " at " + CostFormatter.FormatPricePerMillion(price) + "/1M input"
            + (PriceOverridden ? " (" + OptionKeys.PricePrefix + Model.Id + ")" : string.Empty)
            + " ≈ " + CostFormatter.FormatPerCallAndPerThousand(tokens, price);
    }
}
