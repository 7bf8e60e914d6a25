using System.Collections.Generic;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>The model a cost estimate assumes, and where it came from (so the message can say how to change it).</summary>
internal sealed class ModelAssumption
{
    private ModelAssumption(ModelInfo model, bool fromCode)
    {
        Model = model;
        FromCode = fromCode;
    }

    /// <summary>The resolved model: catalogue row, aliases and .editorconfig overrides applied.</summary>
    public ModelInfo Model { get; }

    /// <summary>True when the code (or the prompt file) ties the model id to the call; false when prompt_analyzers.default_model applies.</summary>
    public bool FromCode { get; }

    /// <summary>USD per 1M input tokens, or null when unknown.</summary>
    public decimal? Price => Model.InputPricePerMillion;

    public static ModelAssumption For(PromptSite site, PromptAnalyzersOptions options) => For(site.Model.ModelId, options);

    /// <summary>The model the code or prompt file names (<paramref name="modelId"/>), else prompt_analyzers.default_model.</summary>
    public static ModelAssumption For(string? modelId, PromptAnalyzersOptions options)
        => new(options.ResolveModel(modelId ?? options.DefaultModel), modelId is not null);

    /// <summary>
    /// "gpt-4o (retires 2027-01-14)", "gpt-5.6-terra (prompt_analyzers.default_model)", "contoso-chat (gpt-4.1-mini, retires
    /// 2027-01-14)": the model, the model a deployment alias names, and what to know about it.
    /// </summary>
    public string DescribeModel()
    {
        var notes = new List<string>(3);
        if (Model.AliasOf is { } aliasOf)
        {
            notes.Add(aliasOf);
        }

        if (!FromCode)
        {
            notes.Add(OptionKeys.DefaultModel);
        }

        if (Model.RetirementNote is { } retirement)
        {
            notes.Add(retirement);
        }

        return notes.Count == 0 ? Model.Id : Model.Id + " (" + string.Join(", ", notes) + ")";
    }

    /// <summary>"gpt-4o (prompt_analyzers.default_model) at $2.50/1M input ≈ $0.0032 per call, $3.21 per 1,000 calls".</summary>
    public string DescribeCost(int tokens)
    {
        if (Price is not { } price)
        {
            return DescribeModel() + ": no known price; set " + ModelSettingKeys.Price + Model.CatalogId.ToLowerInvariant() + " = <USD per 1M input tokens> to estimate the cost";
        }

        return DescribeModel()
            + " at " + CostFormatter.FormatPricePerMillion(price) + "/1M input"
            + (Model.PriceOverridden ? " (" + ModelSettingKeys.Price + Model.PricedAs + ")" : string.Empty)
            + " ≈ " + CostFormatter.FormatPerCallAndPerThousand(tokens, price);
    }
}
