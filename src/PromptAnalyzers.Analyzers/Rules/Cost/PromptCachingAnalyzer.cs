using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// PA2003: a dynamic part (a hole: today's date, a user name, retrieved text) comes before static text that would reach
/// the provider's prompt-cache minimum on its own. Providers cache only an identical prefix (OpenAI and Azure OpenAI
/// automatically from 1,024 tokens, Gemini implicitly from its per-model minimum, Anthropic up to a breakpoint), so the
/// static text after the hole is paid at the full input price on every call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptCachingAnalyzer : PromptSiteAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DynamicContentBeforeCachablePrefix,
        title: "Dynamic content before a cacheable static prefix",
        messageFormat: "{0} puts a dynamic part ({1}) before {2} tokens of static text: providers cache only an identical prompt prefix (from {3} tokens for {4}), so that text is paid in full on every call; moving the dynamic part after it would save about {5} per 1,000 calls at the cached-input price ({6}/1M)",
        RuleCategories.Cost,
        DiagnosticSeverity.Info,
        description: "Prompt caching bills a repeated prompt prefix at the cached-input price (a tenth or less of the input price on current models), but only an identical prefix from the provider's minimum length on. A date, a user name or retrieved text at the start of a prompt makes every prefix different. Put the static instructions and examples first and the per-request parts last.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (site.IsTemplate || site.Text.HoleCount == 0 || !context.CanReport(Rule, site.Location))
        {
            return;
        }

        var assumption = ModelAssumption.For(site, options);
        var model = assumption.Model;
        if (model.CacheMinTokens is not { } minimum || model.InputPricePerMillion is not { } input || model.CachedInputPricePerMillion is not { } cached || cached >= input)
        {
            return;
        }

        if (FirstHoleBeforeCachableText(site.Text, model.Tokenizer, minimum) is not { } found)
        {
            return;
        }

        var saving = CostFormatter.CostOf(found.Tokens, input - cached) * 1000m;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.Location,
            site.AdditionalLocations(),
            site.Role.Describe(),
            found.Hole,
            model.CountPrefix + CostFormatter.FormatTokens(found.Tokens),
            CostFormatter.FormatTokens(minimum),
            assumption.DescribeModel(),
            CostFormatter.FormatUsd(saving),
            CostFormatter.FormatPricePerMillion(cached)));
    }

    /// <summary>The first hole followed by a run of static text (up to the next hole) of at least <paramref name="minimum"/> tokens.</summary>
    private static (string Hole, int Tokens)? FirstHoleBeforeCachableText(PromptText text, TokenizerSpec tokenizer, int minimum)
    {
        var parts = text.Parts;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].IsHole)
            {
                continue;
            }

            var run = new StringBuilder();
            for (var j = i + 1; j < parts.Length && !parts[j].IsHole; j++)
            {
                run.Append(parts[j].Text);
            }

            if (run.Length == 0)
            {
                continue;
            }

            var runText = run.ToString();
            if (MostTokens(runText, tokenizer) < minimum)
            {
                continue; // Perf: most runs are far below the minimum; no need to tokenize them to know.
            }

            var tokens = PromptTokens.CountCached(runText, tokenizer);
            if (tokens >= minimum)
            {
                return (parts[i].HoleDescription ?? "a dynamic value", tokens);
            }
        }

        return null;
    }

    /// <summary>
    /// An upper bound on the count: a byte-level BPE token covers at least one UTF-8 byte (times the estimate's factor when
    /// above 1), and a characters-per-token estimate gives at most one token per character.
    /// </summary>
    private static decimal MostTokens(string text, TokenizerSpec tokenizer)
        => tokenizer.CharsPerToken > 0 ? text.Length : decimal.Ceiling(Encoding.UTF8.GetByteCount(text) * (tokenizer.Factor > 1m ? tokenizer.Factor : 1m));
}
