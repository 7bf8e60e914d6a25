using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules;

/// <summary>
/// Base of the rules that look at prompt sites in C#: registers once per compilation (returning at once when the
/// compilation references no LLM SDK and declares no prompt method), asks the shared discovery for the sites of each
/// relevant document and hands them to the rule.
/// <para>
/// Perf: the rules register a semantic-model action per document, not operation actions. Operation actions make the
/// analyzer driver bind every method body of the compilation through a semantic model and build its operation tree (about
/// 8% of a large compilation's compile time, whatever the callbacks do); a document is bound here only when its text names
/// an SDK entry point, a prompt helper or a declared prompt method (<see cref="PromptRelevance"/>).
/// </para>
/// </summary>
public abstract class PromptSiteAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files are not analysed (the driver skips them); members marked [GeneratedCode] in other files are
        // skipped below. Perf: without ReportDiagnostics the driver would also check every diagnostic we report against the
        // [GeneratedCode] symbols of its tree, a walk of all the tree's tokens once per snapshot.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var discovery = PromptDiscovery.For(start.Compilation);
            if (!discovery.IsRelevant(start.Options))
            {
                return;
            }

            start.RegisterSemanticModelAction(modelContext =>
            {
                var tree = modelContext.SemanticModel.SyntaxTree;
                var options = PromptAnalyzersOptions.For(modelContext.Options, tree);
                if (!discovery.IsRelevantTree(tree, options, modelContext.CancellationToken))
                {
                    return;
                }

                var siteContext = new SiteContext(modelContext.ReportDiagnostic, modelContext.SemanticModel, modelContext.CancellationToken);
                foreach (var group in discovery.FindSitesInTree(modelContext.SemanticModel, options, modelContext.CancellationToken).GroupBy(site => site.Node))
                {
                    if (!IsInGeneratedCode(modelContext.SemanticModel, group.Key, modelContext.CancellationToken))
                    {
                        AnalyzeSites(siteContext, group.ToImmutableArray(), options, discovery);
                    }
                }
            });
        });
    }

    /// <summary>
    /// Checks the sites of one expression (usually one; several for the messages of one template or request body, or an
    /// argument that reaches several sinks) and reports what the rule finds. A rule reports a location once (see
    /// <see cref="SiteContext"/>); by default the first site that the rule reports on wins.
    /// </summary>
    private protected virtual void AnalyzeSites(SiteContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        foreach (var site in sites)
        {
            AnalyzeSite(context, site, options, discovery);
        }
    }

    /// <summary>Checks one prompt site and reports what the rule finds.</summary>
    private protected abstract void AnalyzeSite(SiteContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery);

    /// <summary>
    /// True inside a member or type marked [System.CodeDom.Compiler.GeneratedCode], on any of its partial declarations (the
    /// driver skips generated files; this is the symbol check it would otherwise make on every diagnostic).
    /// </summary>
    internal static bool IsInGeneratedCode(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        for (var symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken); symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// What a rule needs to report on the sites of one document: the report callback of the analysis context, its cancellation,
/// and the locations reported so far. A rule reports a location at most once: several sites can share one (the messages of one
/// template, an argument that reaches two sinks). Every site of a document is located in that document, so the set lives for
/// one run of the document's action: no state is shared between threads, and a second run for the same document (an IDE
/// asking again for a span) reports again instead of finding its locations taken.
/// </summary>
internal readonly struct SiteContext
{
    private readonly Action<Diagnostic> _report;
    private readonly HashSet<(string Id, SyntaxTree? Tree, TextSpan Span)> _reported;

    public SiteContext(Action<Diagnostic> report, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _report = report;
        SemanticModel = semanticModel;
        _reported = new HashSet<(string, SyntaxTree?, TextSpan)>();
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>The semantic model of the document whose sites these are (every site's node is in it).</summary>
    public SemanticModel SemanticModel { get; }

    /// <summary>True when this rule has not reported at <paramref name="location"/> yet in this run.</summary>
    public bool CanReport(DiagnosticDescriptor rule, Location location) => !_reported.Contains((rule.Id, location.SourceTree, location.SourceSpan));

    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (_reported.Add((diagnostic.Id, diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan)))
        {
            _report(diagnostic);
        }
    }
}
