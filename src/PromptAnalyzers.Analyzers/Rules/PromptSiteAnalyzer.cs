using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

                var siteContext = new ReportContext(modelContext.ReportDiagnostic, modelContext.SemanticModel, modelContext.CancellationToken);
                AnalyzeTree(siteContext, discovery.FindSitesInTree(modelContext.SemanticModel, options, modelContext.CancellationToken), options, discovery);
            });
        });
    }

    /// <summary>
    /// Checks the sites of one document: by default each expression's sites together (<see cref="AnalyzeSites"/>), skipping
    /// generated code. A rule that looks across the sites of a document (the messages of one request) overrides this.
    /// </summary>
    private protected virtual void AnalyzeTree(ReportContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        // The same sites, grouped by discovery once for every rule (a rule that needs them ungrouped overrides this).
        foreach (var group in discovery.FindSiteGroupsInTree(context.SemanticModel, options, context.CancellationToken))
        {
            if (!IsInGeneratedCode(context.SemanticModel, group[0].Node, context.CancellationToken))
            {
                AnalyzeSites(context, group, options, discovery);
            }
        }
    }

    /// <summary>
    /// Checks the sites of one expression (usually one; several for the messages of one template or request body, or an
    /// argument that reaches several sinks) and reports what the rule finds. A rule reports a location once (see
    /// <see cref="ReportContext"/>); by default the first site that the rule reports on wins.
    /// </summary>
    private protected virtual void AnalyzeSites(ReportContext context, ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        foreach (var site in sites)
        {
            AnalyzeSite(context, site, options, discovery);
        }
    }

    /// <summary>Checks one prompt site and reports what the rule finds.</summary>
    private protected abstract void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery);

    /// <summary>
    /// True inside a member or type marked [System.CodeDom.Compiler.GeneratedCode], on any of its partial declarations (the
    /// driver skips generated files; this is the symbol check it would otherwise make on every diagnostic).
    /// </summary>
    internal static bool IsInGeneratedCode(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (!MayBeInGeneratedCode(node))
        {
            return false;
        }

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

    /// <summary>
    /// False when no attribute can reach <paramref name="node"/>'s enclosing symbols: none of the declarations around it
    /// (types, members, accessors, local functions, lambdas) has an attribute list, and none of the types around it is
    /// partial (whose other parts, in other files, could carry one). Then the symbol walk, which asks the semantic model for
    /// the enclosing symbol (about a third of the prompt rules' time per keystroke), is not needed.
    /// </summary>
    internal static bool MayBeInGeneratedCode(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case TypeDeclarationSyntax type when type.AttributeLists.Count > 0 || type.Modifiers.Any(SyntaxKind.PartialKeyword):
                case MemberDeclarationSyntax member when member.AttributeLists.Count > 0:
                case AccessorDeclarationSyntax accessor when accessor.AttributeLists.Count > 0:
                case StatementSyntax statement when statement.AttributeLists.Count > 0:
                case LambdaExpressionSyntax lambda when lambda.AttributeLists.Count > 0:
                    return true;
            }
        }

        return false;
    }
}
