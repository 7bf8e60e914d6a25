using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// Anthropic's explicit cache breakpoints: a block (system or content) whose <c>CacheControl</c> is set caches the request
/// up to and including that block. When that block, or a block before it in the same list, has a dynamic part, every call
/// writes a cache entry of its own and none is read again. Looks at the block's own text and the blocks before it in the
/// same collection (<see cref="MessageList"/>), found from the CacheControl assignments of a document that names it.
/// </summary>
internal static class CacheBreakpoints
{
    private static readonly NameSet CacheControlNames = NameSet.From(new[] { "CacheControl" }, new[] { "CacheControl" });

    /// <summary>
    /// The breakpoints of the document (CacheControl assignments of SDK blocks) with the first dynamic part at or before
    /// them, each with that part.
    /// </summary>
    public static IEnumerable<(SyntaxNode Breakpoint, string Hole)> Find(SemanticModel model, ImmutableArray<PromptSite> sites, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        var tree = model.SyntaxTree;
        if (!IdentifierIndex.For(tree, cancellationToken).ContainsAny(CacheControlNames))
        {
            yield break; // Perf: the tree's identifier index (already built) says whether it names CacheControl at all.
        }

        SiteContext? context = null;
        foreach (var assignment in tree.GetRoot(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment is not { Left: IdentifierNameSyntax { Identifier.ValueText: "CacheControl" }, Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax block } }
                || !SetsBreakpoint(assignment, model, cancellationToken)
                || model.GetOperation(block, cancellationToken) is not { } operation)
            {
                continue;
            }

            var list = MessageList.Of(operation);
            var blocks = list.IsEmpty ? ImmutableArray.Create<IOperation?>(operation) : list.Messages;
            var last = list.IsEmpty ? 0 : list.Index;
            for (var i = 0; i <= last; i++)
            {
                if (blocks[i] is not { } earlier)
                {
                    continue; // Not shown here: nothing to say about it.
                }

                var hole = FirstHole(earlier, sites) ?? DynamicText(earlier, context ??= new SiteContext(discovery, cancellationToken));
                if (hole is not null)
                {
                    yield return (assignment, hole);
                    break;
                }
            }
        }
    }

    /// <summary>True when the assignment sets the CacheControl property of an SDK type (to something other than null).</summary>
    private static bool SetsBreakpoint(AssignmentExpressionSyntax assignment, SemanticModel model, CancellationToken cancellationToken)
        => !assignment.Right.IsKind(SyntaxKind.NullLiteralExpression)
            && !assignment.Right.IsKind(SyntaxKind.DefaultLiteralExpression)
            && model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property
            && SinkCatalog.IsSdkSymbol(property);

    /// <summary>The first hole of the sites whose text is in <paramref name="block"/>.</summary>
    private static string? FirstHole(IOperation block, ImmutableArray<PromptSite> sites)
    {
        var span = block.Syntax.Span;
        foreach (var site in sites)
        {
            if (site.Node.SyntaxTree != block.Syntax.SyntaxTree || !span.Contains(site.Node.Span) || site.IsTemplate)
            {
                continue;
            }

            foreach (var part in site.Text.Parts)
            {
                if (part.IsHole)
                {
                    return part.HoleDescription ?? "a dynamic value";
                }
            }
        }

        return null;
    }

    /// <summary>The hole of a block whose text is all dynamic (discovery made no site for it: <c>new TextBlockParam { Text = context }</c>).</summary>
    private static string? DynamicText(IOperation block, SiteContext context)
    {
        foreach (var operation in block.DescendantsAndSelf())
        {
            foreach (var use in SinkMatcher.Uses(operation, context.Discovery.Catalog))
            {
                var text = context.Text.Reconstruct(use.Value);
                if (!text.HasStaticText)
                {
                    foreach (var part in text.Parts)
                    {
                        if (part.IsHole)
                        {
                            return part.HoleDescription ?? "a dynamic value";
                        }
                    }
                }
            }
        }

        return null;
    }
}
