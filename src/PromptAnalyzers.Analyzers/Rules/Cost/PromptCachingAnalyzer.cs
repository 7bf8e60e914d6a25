using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// PA2003: a dynamic part (a hole: today's date, a user name, retrieved text) comes before static text that would reach
/// the provider's prompt-cache minimum on its own. Providers cache only an identical prefix of the whole request
/// (instructions, then the messages in order: OpenAI and Azure OpenAI automatically from 1,024 tokens, Gemini implicitly
/// from its per-model minimum, Anthropic up to a breakpoint), so the static text after the hole is paid at the full input
/// price on every call. Within one prompt text, and across the messages of one C# message list (<see cref="MessageList"/>):
/// once per request, at its first such dynamic part. Also an Anthropic cache breakpoint set on or after a block with a
/// dynamic part (<see cref="CacheBreakpoints"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptCachingAnalyzer : PromptSiteAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DynamicContentBeforeCachablePrefix,
        title: "Dynamic content before a cacheable static prefix",
        messageFormat: "{0} puts a dynamic part ({1}) before {2} tokens of static text{3}: providers cache only an identical prompt prefix (from {4} tokens for {5}), so that text is paid in full on every call; moving the dynamic part after it would save about {6} per 1,000 calls at the cached-input price ({7}/1M)",
        RuleCategories.Cost,
        DiagnosticSeverity.Info,
        description: "Prompt caching bills a repeated prompt prefix at the cached-input price (a tenth or less of the input price on current models), but only an identical prefix of the whole request (instructions, then the messages in order) from the provider's minimum length on. A date, a user name or retrieved text at the start of a prompt, or in a message before the static instructions and examples, makes every prefix different. Put the static instructions and examples first and the per-request parts last.");

    /// <summary>PA2003 on an Anthropic cache breakpoint (cache_control) set on or after a block with a dynamic part.</summary>
    public static readonly DiagnosticDescriptor BreakpointRule = RuleDescriptors.Create(
        RuleIdentifiers.DynamicContentBeforeCachablePrefix,
        title: "Dynamic content before a cacheable static prefix",
        messageFormat: "Cache breakpoint (cache_control) after a dynamic part ({0}): the cached prefix runs up to the breakpoint and includes that part, so every call writes a cache entry of its own (at the cache-write price) and none is read again; put the blocks with dynamic parts after the last breakpoint",
        RuleCategories.Cost,
        DiagnosticSeverity.Info,
        description: Rule.Description.ToString());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, BreakpointRule);

    /// <summary>The messages of each C# message list are checked together; every other site on its own.</summary>
    private protected override void AnalyzeTree(ReportContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        var inLists = AnalyzeMessageLists(context, sites, options, discovery);
        foreach (var group in sites.GroupBy(site => site.Node))
        {
            if (IsInGeneratedCode(context.SemanticModel, group.Key, context.CancellationToken))
            {
                continue;
            }

            foreach (var site in group)
            {
                if (inLists is null || !inLists.Contains(site))
                {
                    AnalyzeSite(context, site, options, discovery);
                }
            }
        }

        foreach (var (breakpoint, hole) in CacheBreakpoints.Find(context.SemanticModel, sites, discovery, context.CancellationToken))
        {
            if (!IsInGeneratedCode(context.SemanticModel, breakpoint, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(BreakpointRule, breakpoint.GetLocation(), hole));
            }
        }
    }

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (site.IsTemplate || site.Text.HoleCount == 0 || !context.CanReport(Rule, site.Location))
        {
            return;
        }

        var assumption = ModelAssumption.For(site, options);
        if (!Caches(assumption.Model, out var minimum))
        {
            return;
        }

        var parts = new List<RequestPart>(site.Text.Parts.Length);
        RequestPart.AddParts(site.Text, 0, site, parts);
        if (CacheBreak.First(parts, assumption.Model.Tokenizer, minimum) is { } found)
        {
            Report(context, site.Location, site.AdditionalLocations(), site.Role, found, 0, assumption, minimum, move: null);
        }
    }

    /// <summary>
    /// Checks the messages of each C# message list that a site of this document belongs to, as one request; returns the
    /// sites checked that way (null when none was).
    /// </summary>
    private static HashSet<PromptSite>? AnalyzeMessageLists(ReportContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        // Perf: a list is built in one member, so the static text of the member's message sites bounds what any of its
        // requests can cache; most members are far below the minimum (1,024 tokens and more) and build no list.
        var bounds = StaticBound.ByMember(sites);
        if (bounds is null)
        {
            return null;
        }

        HashSet<PromptSite>? checkedSites = null;
        Dictionary<SyntaxNode, List<PromptSite>>? sitesByMessage = null;
        var seen = new HashSet<SyntaxNode>();
        foreach (var site in sites)
        {
            if (site.Message is not { } message || seen.Contains(message.Syntax))
            {
                continue;
            }

            var assumption = ModelAssumption.For(site, options);
            if (!Caches(assumption.Model, out var minimum) || bounds[StaticBound.MemberOf(site.Node)].MostTokens(assumption.Model.Tokenizer) < minimum)
            {
                continue;
            }

            var list = MessageList.Of(message);
            seen.Add(message.Syntax);
            if (list.IsEmpty)
            {
                continue;
            }

            sitesByMessage ??= BySyntaxOfMessage(sites);
            checkedSites ??= new HashSet<PromptSite>();
            foreach (var syntax in RequestParts.MessageSyntax(list))
            {
                seen.Add(syntax);
                if (sitesByMessage.TryGetValue(syntax, out var messageSites))
                {
                    checkedSites.UnionWith(messageSites);
                }
            }

            if (RequestParts.MostStaticTokens(list, sitesByMessage, assumption.Model.Tokenizer) < minimum)
            {
                continue; // Perf: the whole list's static text is below the minimum: no run in it can reach it.
            }

            var request = RequestParts.Of(list, sitesByMessage, discovery, context.CancellationToken);

            if (CacheBreak.First(request.Parts, assumption.Model.Tokenizer, minimum) is not { } found
                || request.Messages[request.Parts[found.Hole].Message] is not { } dynamicMessage)
            {
                continue;
            }

            var at = request.Parts[found.Hole].Site;
            var location = at?.Location ?? dynamicMessage.TextNode.GetLocation();
            if (IsInGeneratedCode(context.SemanticModel, at?.Node ?? dynamicMessage.TextNode, context.CancellationToken) || !context.CanReport(Rule, location))
            {
                continue;
            }

            var move = MessageMove.Find(request, request.Parts[found.Hole].Message, assumption.Model.Tokenizer, minimum);
            Report(context, location, at?.AdditionalLocations() ?? ImmutableArray<Location>.Empty, dynamicMessage.Role, found, request.Parts[found.Hole].Message, assumption, minimum, move);
        }

        return checkedSites;
    }

    private static Dictionary<SyntaxNode, List<PromptSite>> BySyntaxOfMessage(ImmutableArray<PromptSite> sites)
    {
        var bySyntax = new Dictionary<SyntaxNode, List<PromptSite>>();
        foreach (var site in sites)
        {
            if (site.Message is { } message)
            {
                if (!bySyntax.TryGetValue(message.Syntax, out var list))
                {
                    bySyntax[message.Syntax] = list = new List<PromptSite>(1);
                }

                if (!list.Contains(site))
                {
                    list.Add(site);
                }
            }
        }

        foreach (var list in bySyntax.Values)
        {
            list.Sort((a, b) => a.Node.SpanStart.CompareTo(b.Node.SpanStart));
        }

        return bySyntax;
    }

    private static bool Caches(ModelInfo model, out int minimum)
    {
        minimum = model.CacheMinTokens ?? 0;
        return model.CacheMinTokens is not null
            && model.InputPricePerMillion is { } input
            && model.CachedInputPricePerMillion is { } cached
            && cached < input;
    }

    private static void Report(ReportContext context, Location location, IEnumerable<Location> additionalLocations, PromptRole role, CacheBreak found, int holeMessage, ModelAssumption assumption, int minimum, MessageMove? move)
    {
        var model = assumption.Model;
        var input = model.InputPricePerMillion ?? 0m;
        var cached = model.CachedInputPricePerMillion ?? 0m;
        var saving = CostFormatter.CostOf(found.Tokens, input - cached) * 1000m;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            location,
            additionalLocations,
            MessageMove.Properties(move, acrossMessages: found.LastMessage != holeMessage),
            role.Describe(),
            found.HoleDescription,
            model.CountPrefix + CostFormatter.FormatTokens(found.Tokens),
            WhereTheTextIs(found, holeMessage),
            CostFormatter.FormatTokens(minimum),
            assumption.DescribeModel(),
            CostFormatter.FormatUsd(saving),
            CostFormatter.FormatPricePerMillion(cached)));
    }

    /// <summary>Empty when the static text is in the same message as the dynamic part, else " in the next 2 messages" or " in the rest of this message and the next one".</summary>
    private static string WhereTheTextIs(CacheBreak found, int holeMessage)
    {
        var later = found.LastMessage - holeMessage;
        if (later == 0)
        {
            return string.Empty;
        }

        var next = later == 1 ? "the next message" : "the next " + later.ToString(CultureInfo.InvariantCulture) + " messages";
        return found.InOwnMessage ? " in the rest of this message and " + next : " in " + next;
    }

    /// <summary>An upper bound on the tokens of the static text of a member's message sites, to skip the message lists of members that cannot reach a minimum.</summary>
    private readonly struct StaticBound
    {
        private StaticBound(long bytes, long chars)
        {
            Bytes = bytes;
            Chars = chars;
        }

        private long Bytes { get; }

        private long Chars { get; }

        /// <summary>The bound of each member with message sites (keyed by <see cref="MemberOf"/>), or null when no site is in a message.</summary>
        public static Dictionary<SyntaxNode, StaticBound>? ByMember(ImmutableArray<PromptSite> sites)
        {
            Dictionary<SyntaxNode, StaticBound>? bounds = null;
            foreach (var site in sites)
            {
                if (site.Message is null)
                {
                    continue;
                }

                long bytes = 0;
                long chars = 0;
                foreach (var part in site.Text.Parts)
                {
                    if (part.Text is { } text)
                    {
                        bytes += Encoding.UTF8.GetByteCount(text);
                        chars += text.Length;
                    }
                }

                bounds ??= new Dictionary<SyntaxNode, StaticBound>();
                var member = MemberOf(site.Node);
                bounds[member] = bounds.TryGetValue(member, out var sum) ? new StaticBound(sum.Bytes + bytes, sum.Chars + chars) : new StaticBound(bytes, chars);
            }

            return bounds;
        }

        /// <summary>The member declaration around a node; top-level statements together are one member (their compilation unit).</summary>
        public static SyntaxNode MemberOf(SyntaxNode node)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is MemberDeclarationSyntax member)
                {
                    return member is GlobalStatementSyntax && member.Parent is { } unit ? unit : member;
                }
            }

            return node.SyntaxTree.GetRoot();
        }

        public decimal MostTokens(TokenizerSpec tokenizer) => CacheBreak.MostTokens(Bytes, Chars, tokenizer);
    }
}
