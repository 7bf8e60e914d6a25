using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>PA2001 (token and cost estimate of every prompt), PA2002 (prompt over its token budget) and PA2004 (prompt over the model's context window).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptCostAnalyzer : PromptSiteAnalyzer
{
    public static readonly DiagnosticDescriptor TokenEstimateRule = RuleDescriptors.Create(
        RuleIdentifiers.PromptTokenEstimate,
        title: "Prompt token and cost estimate",
        messageFormat: "{0}: {1} tokens ({2}){3}; {4}",
        RuleCategories.Cost,
        DiagnosticSeverity.Info,
        description: "Every call sends the prompt's tokens again and pays for them. The estimate counts the prompt's static text exactly with the model's tiktoken encoding, or, for models without a public tokenizer (Claude, Gemini), gives a labelled estimate (≈); dynamic parts are left out and counted. Change the assumed model with prompt_analyzers.default_model, map deployment names with prompt_analyzers.model_alias.<deployment> and prices with prompt_analyzers.price.<model-id>.");

    public static readonly DiagnosticDescriptor TokenBudgetRule = RuleDescriptors.Create(
        RuleIdentifiers.PromptExceedsTokenBudget,
        title: "Prompt exceeds its token budget",
        messageFormat: "{0} is {1} tokens ({2}) of static text, over the budget of {3} tokens (prompt_analyzers.token_budget): retrieve what each question needs instead of sending it all on every call",
        RuleCategories.Cost,
        DiagnosticSeverity.Warning,
        description: "A long prompt costs its full length on every call, dilutes the model's attention and leaves less room for the conversation. Move reference material into a retrieval store and send only the relevant part, or raise prompt_analyzers.token_budget.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(TokenEstimateRule, TokenBudgetRule, ContextWindowRule.Rule);

    /// <summary>
    /// The messages of one template or request body, or an argument that reaches several sinks, share one expression: one
    /// estimate covers them all (the distinct texts' tokens added up), so the location is reported once and the count is the
    /// whole prompt's.
    /// </summary>
    private protected override void AnalyzeSites(ReportContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (sites.Length == 1)
        {
            AnalyzeSite(context, sites[0], options, discovery);
            return;
        }

        var first = sites[0];
        var assumption = ModelAssumption.For(first, options);
        var tokens = 0;
        var dynamicParts = 0;
        var role = first.Role;
        var counted = new HashSet<(PromptRole, string)>();
        foreach (var site in sites)
        {
            if (counted.Add((site.Role, site.Text.Render())))
            {
                var (siteTokens, siteDynamicParts) = PromptTokens.Count(site, assumption.Model.Tokenizer);
                tokens += siteTokens;
                dynamicParts += siteDynamicParts;
                role = site.Role == role ? role : PromptRole.Unknown;
            }
        }

        if (tokens == 0)
        {
            return;
        }

        var semanticModel = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        var toolTokens = ToolTokens(first.Node, role, assumption, context);
        foreach (var diagnostic in CostDiagnostics(first.Location, first.AdditionalLocations(), role, tokens, dynamicParts, assumption, options, () => ReservedOutput.FromCode(first.Node, semanticModel, cancellationToken), toolTokens, first.Sink))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        var assumption = ModelAssumption.For(site, options);
        var (tokens, dynamicParts) = PromptTokens.Count(site, assumption.Model.Tokenizer);
        if (tokens == 0)
        {
            return;
        }

        var semanticModel = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        var toolTokens = ToolTokens(site.Node, site.Role, assumption, context);
        foreach (var diagnostic in CostDiagnostics(site.Location, site.AdditionalLocations(), site.Role, tokens, dynamicParts, assumption, options, () => ReservedOutput.FromCode(site.Node, semanticModel, cancellationToken), toolTokens, site.Sink))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// The tokens of the function tools passed with the call, for the prompt that carries the call's instructions (OpenAI
    /// renders tool definitions into the system message): system, developer, template and whole prompts, not user or
    /// assistant turns, so that a call's tools are counted once.
    /// </summary>
    private static int ToolTokens(SyntaxNode prompt, PromptRole role, ModelAssumption assumption, ReportContext context)
    {
        if (role is PromptRole.User or PromptRole.Assistant)
        {
            return 0;
        }

        var tools = ToolDefinitions.FromCode(prompt, context.SemanticModel, context.CancellationToken);
        if (tools.Count == 0)
        {
            return 0;
        }

        var tokenizer = assumption.Model.Tokenizer;
        var tokens = ToolDefinitionTokens.Count(tools, tokenizer.Encoding);
        return tokenizer.CharsPerToken > 0 ? tokens : tokenizer.Count(tokens, 0);
    }

    /// <summary>The Sink property of a prompt file's PA2001: the file is the prompt, no call sends it.</summary>
    internal const string PromptFileSink = "prompt file";

    /// <summary>The ModelSource property when the call, its client or the prompt file names the model.</summary>
    internal const string ModelFromCode = "code";

    /// <summary>The ModelSource property when prompt_analyzers.default_model applies.</summary>
    internal const string ModelFromDefault = "default_model";

    /// <summary>
    /// PA2001 for a prompt of <paramref name="tokens"/> static tokens, PA2002 when that is over the budget, PA2004 when it
    /// does not fit the model's context window with the output reserved (<paramref name="codeOutputLimit"/>: the limit the
    /// code sets, asked only then). Shared by the C# prompt sites and the prompt files, so both read the same.
    /// </summary>
    internal static IEnumerable<Diagnostic> CostDiagnostics(
        Location location,
        IEnumerable<Location> additionalLocations,
        PromptRole role,
        int tokens,
        int dynamicParts,
        ModelAssumption assumption,
        PromptAnalyzersOptions options,
        System.Func<int?>? codeOutputLimit = null,
        int toolTokens = 0,
        string? sink = null)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties["Tokens"] = tokens.ToString(CultureInfo.InvariantCulture);
        properties["Encoding"] = TokenCounter.NameOf(assumption.Model.Encoding);
        properties["Model"] = assumption.Model.Id;
        properties["DynamicParts"] = dynamicParts.ToString(CultureInfo.InvariantCulture);
        properties["Role"] = role.ToString();
        properties["ToolTokens"] = toolTokens.ToString(CultureInfo.InvariantCulture);
        properties["Sink"] = sink ?? PromptFileSink;
        properties["ModelSource"] = assumption.FromCode ? ModelFromCode : ModelFromDefault;

        var encoding = assumption.Model.DescribeCounting();
        var count = assumption.Model.CountPrefix + CostFormatter.FormatTokens(tokens);
        var dynamic = dynamicParts switch
        {
            0 => string.Empty,
            1 => " + 1 dynamic part",
            _ => " + " + dynamicParts.ToString("N0", CultureInfo.InvariantCulture) + " dynamic parts",
        };
        if (toolTokens > 0)
        {
            dynamic += " + " + assumption.Model.CountPrefix + CostFormatter.FormatTokens(toolTokens) + " tokens of tool definitions";
        }

        yield return Diagnostic.Create(
            TokenEstimateRule,
            location,
            additionalLocations,
            properties.ToImmutable(),
            role.Describe(),
            count,
            encoding,
            dynamic,
            assumption.DescribeCost(tokens + toolTokens));

        if (tokens > options.TokenBudget)
        {
            yield return Diagnostic.Create(
                TokenBudgetRule,
                location,
                additionalLocations,
                properties.ToImmutable(),
                role.Describe(),
                count,
                encoding,
                CostFormatter.FormatTokens(options.TokenBudget));
        }

        if (ContextWindowRule.Check(location, additionalLocations, role.Describe(), count, encoding, tokens, assumption, codeOutputLimit) is { } overWindow)
        {
            yield return overWindow;
        }
    }
}
