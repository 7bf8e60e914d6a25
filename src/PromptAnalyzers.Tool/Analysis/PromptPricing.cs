using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tool.Analysis;

/// <summary>
/// The cost of one call of a prompt, from its PA2001 diagnostic: the static tokens and the tokens of the tool definitions
/// sent with it, at the input price the package's model catalogue (with the project's <c>prompt_analyzers.price.*</c> and
/// <c>model_alias.*</c> options) gives its model. The same figure the PA2001 message states.
/// </summary>
internal static class PromptPricing
{
    /// <summary>USD per call, or null for a diagnostic that is not PA2001 or a model without a known price.</summary>
    public static decimal? CostPerCall(Diagnostic diagnostic, AnalyzerConfigOptionsProvider options)
    {
        if (diagnostic.Id != "PA2001" || !diagnostic.Properties.TryGetValue("Model", out var model) || model is null)
        {
            return null;
        }

        var config = diagnostic.Location.SourceTree is { } tree ? options.GetOptions(tree) : options.GlobalOptions;
        var info = ModelCatalog.Resolve(model, key => config.TryGetValue(key, out var value) ? value : null);
        if (info.InputPricePerMillion is not { } price)
        {
            return null;
        }

        return CostFormatter.CostOf(Number(diagnostic, "Tokens") + Number(diagnostic, "ToolTokens"), price);
    }

    private static long Number(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
