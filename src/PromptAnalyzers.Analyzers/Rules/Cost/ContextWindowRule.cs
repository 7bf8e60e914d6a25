using System;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// PA2004: the prompt's static tokens plus the output the call reserves do not fit the model's context window. Checked
/// with the counts PA2001 already made, for C# prompt sites and prompt files alike.
/// </summary>
internal static class ContextWindowRule
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PromptExceedsContextWindow,
        title: "Prompt exceeds the model's context window",
        messageFormat: "{0} is {1} tokens ({2}) of static text; with {3} tokens reserved for output ({4}) that is {5} tokens, over the {6}-token context window of {7}: the request will be rejected or cut",
        RuleCategories.Cost,
        DiagnosticSeverity.Error,
        description: "A model accepts at most its context window of input and output tokens together. A prompt whose static text plus the output the call reserves (MaxOutputTokens when the code sets it, else the model's maximum output) is over the window fails or loses text on every call. Send less (retrieve what each question needs), lower the output limit, or use a model with a larger window. Windows come from the model catalogue; set prompt_analyzers.context_window.<model-id> for a model it does not know.");

    /// <summary>
    /// PA2004 for <paramref name="tokens"/> static tokens, or null when they fit (or the window is unknown).
    /// <paramref name="codeOutputLimit"/> is asked only when the prompt would not fit with the model's own output maximum.
    /// </summary>
    public static Diagnostic? Check(Location location, System.Collections.Generic.IEnumerable<Location> additionalLocations, string role, string count, string counting, int tokens, ModelAssumption assumption, Func<int?>? codeOutputLimit)
    {
        var model = assumption.Model;
        if (model.ContextWindow is not { } window)
        {
            return null;
        }

        var modelReserve = ModelReserve(model, window);
        if ((long)tokens + modelReserve <= window)
        {
            return null;
        }

        var fromCode = codeOutputLimit?.Invoke();
        var reserved = fromCode ?? modelReserve;
        var total = (long)tokens + reserved;
        if (total <= window)
        {
            return null;
        }

        var source = fromCode is not null ? "the output limit the call sets" : "the model's maximum output";
        return Diagnostic.Create(
            Rule,
            location,
            additionalLocations,
            role,
            count,
            counting,
            CostFormatter.FormatTokens(reserved),
            source,
            CostFormatter.FormatTokens(total),
            CostFormatter.FormatTokens(window),
            assumption.DescribeModel());
    }

    /// <summary>
    /// The output the model reserves when the code sets no limit: its maximum output, unless that is the whole window (the
    /// model shares one budget between input and output, so nothing is set aside up front).
    /// </summary>
    private static int ModelReserve(ModelInfo model, int window)
        => model.MaxOutput is { } maxOutput && maxOutput < window ? maxOutput : 0;
}
