using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tool.Analysis;

/// <summary>
/// The cost of one call of a prompt, from its PA2001 diagnostic: the static tokens and the tokens of the tool definitions
/// sent with it, at the input price the package's model catalogue (with the project's <c>prompt_analyzers.price.*</c> and
/// <c>model_alias.*</c> options) gives its model, or the <c>--model</c> override. Without an override, the same figure the
/// PA2001 message states; with one, the tokens stay those counted for the prompt's own model.
/// </summary>
internal static class PromptPricing
{
    /// <summary>
    /// The model the prompt is priced as (<paramref name="modelOverride"/> or its own) and USD per call, null for a
    /// model without a known price; (null, null) for a diagnostic that is not PA2001.
    /// </summary>
    public static (string? Model, decimal? CostPerCall) Price(Diagnostic diagnostic, AnalyzerConfigOptionsProvider options, string? modelOverride)
    {
        var model = modelOverride ?? diagnostic.Properties.GetValueOrDefault("Model");
        if (diagnostic.Id != "PA2001" || model is null)
        {
            return (null, null);
        }

        var config = diagnostic.Location.SourceTree is { } tree ? options.GetOptions(tree) : options.GlobalOptions;
        var info = ModelCatalog.Resolve(model, key => config.TryGetValue(key, out var value) ? value : null);
        if (info.InputPricePerMillion is not { } price)
        {
            return (model, null);
        }

        return (model, CostFormatter.CostOf(Number(diagnostic, "Tokens") + Number(diagnostic, "ToolTokens"), price));
    }

    private static long Number(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
