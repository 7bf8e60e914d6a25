using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// PA2005, the last rung of the ladder "prompt first, then retrieval for knowledge, and fine-tune only for a narrow task at
/// volume": a large static block (instructions and examples) sent on every call at a volume where it costs more than a
/// threshold a month. Off unless prompt_analyzers.calls_per_day is set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptVolumeAnalyzer : PromptSiteAnalyzer
{
    private const int DaysPerMonth = 30;

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.LargeStaticBlockAtVolume,
        title: "Large static prompt sent on every call at volume",
        messageFormat: "{0} sends {1} tokens of static text on every call: at {2} calls a day that is {3} a month on {4}{5}; {6}",
        RuleCategories.Cost,
        DiagnosticSeverity.Info,
        description: "First squeeze the prompt, then move knowledge into retrieval, and only fine-tune when the same narrow task runs at volume and every extra chunk of prompt costs money. At the configured volume (prompt_analyzers.calls_per_day) this prompt's static part costs more than prompt_analyzers.monthly_cost_threshold a month; prompt caching cuts that, and a fine-tuned or LoRA-adapted small model could carry the format and examples instead. Never fine-tune facts: move them to retrieval.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (options.CallsPerDay is not { } callsPerDay || site.Role is PromptRole.User or PromptRole.Assistant || !context.CanReport(Rule, site.Location))
        {
            return;
        }

        var assumption = ModelAssumption.For(site, options);
        var (tokens, _) = PromptTokens.Count(site, assumption.Model.Tokenizer);
        if (tokens < options.StaticBlockTokens || assumption.Price is not { } price)
        {
            return;
        }

        var monthlyCalls = callsPerDay * DaysPerMonth;
        var monthly = CostFormatter.CostOf(tokens, price) * monthlyCalls;
        if (monthly <= options.MonthlyCostThreshold)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.Location,
            site.AdditionalLocations(),
            site.Role.Describe(),
            assumption.Model.CountPrefix + CostFormatter.FormatTokens(tokens),
            callsPerDay.ToString("N0", CultureInfo.InvariantCulture),
            CostFormatter.FormatUsd(monthly),
            assumption.DescribeModel(),
            CachingNote(assumption.Model, tokens, monthlyCalls, monthly),
            HasFacts(site, options, context) ? RetrievalFirst : FineTuneAtVolume));
    }

    private const string RetrievalFirst = "the prompt also hardcodes facts (PA1001): move them into retrieval first, then see what the prompt still costs; never fine-tune facts";

    private const string FineTuneAtVolume = "at this volume a fine-tuned or LoRA-adapted small model could carry the format and examples instead of sending them with every call";

    /// <summary>"; prompt caching would bring it to $X (saving $Y)" when the model caches a prefix this long, else empty.</summary>
    private static string CachingNote(ModelInfo model, int tokens, long monthlyCalls, decimal monthly)
    {
        if (model.CachedInputPricePerMillion is not { } cached || model.CacheMinTokens is not { } minimum || tokens < minimum)
        {
            return string.Empty;
        }

        var withCaching = CostFormatter.CostOf(tokens, cached) * monthlyCalls;
        return "; prompt caching (a static prefix, " + CostFormatter.FormatPricePerMillion(cached) + "/1M cached input) would bring it to "
            + CostFormatter.FormatUsd(withCaching) + " (saving " + CostFormatter.FormatUsd(monthly - withCaching) + ")";
    }

    /// <summary>True when PA1001 would find facts in the prompt (same detector and threshold).</summary>
    private static bool HasFacts(PromptSite site, PromptAnalyzersOptions options, ReportContext context)
    {
        if (!KnowledgeScope.Covers(site.Kind, options, trainingExample: false))
        {
            return false;
        }

        var report = PromptFacts.Detect(site.Text.Render(), context.CancellationToken);
        return report.MeetsThreshold(options.MinFacts) && report.Facts.Count > 0;
    }
}
