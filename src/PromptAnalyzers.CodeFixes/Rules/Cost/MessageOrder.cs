using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules.Cost;

namespace PromptAnalyzers.CodeFixes.Rules.Cost;

/// <summary>
/// The reordering behind the PA2003 fix across messages: the element (of an array or collection initializer, or of a
/// collection expression) or the statement that holds the dynamic message moves after the one the analyzer named
/// (<see cref="MessageMove"/>). Only that node changes place: each node keeps its leading trivia (indentation, comments
/// above it), each position keeps its trailing trivia and separators, so the layout stays and nothing is lost.
/// </summary>
internal static class MessageOrder
{
    /// <summary>The root with the move made, or null when the two nodes are not where the analyzer saw them.</summary>
    public static SyntaxNode? Apply(SyntaxNode root, MessageMove move)
    {
        if (Slot(root, move.Move) is not { Parent: { } parent } moved || Slot(root, move.After) is not { } after || after.Parent != parent)
        {
            return null;
        }

        switch (parent)
        {
            case BlockSyntax block when moved is StatementSyntax movedStatement && after is StatementSyntax afterStatement:
                var statements = Reorder(block.Statements, block.Statements.IndexOf(movedStatement), block.Statements.IndexOf(afterStatement));
                return statements is null ? null : root.ReplaceNode(block, block.WithStatements(SyntaxFactory.List(statements)));
            case InitializerExpressionSyntax initializer when moved is ExpressionSyntax movedExpression && after is ExpressionSyntax afterExpression:
                var expressions = Reorder(initializer.Expressions, initializer.Expressions.IndexOf(movedExpression), initializer.Expressions.IndexOf(afterExpression));
                return expressions is null ? null : root.ReplaceNode(initializer, initializer.WithExpressions(SyntaxFactory.SeparatedList(expressions, initializer.Expressions.GetSeparators())));
            case CollectionExpressionSyntax collection when moved is CollectionElementSyntax movedElement && after is CollectionElementSyntax afterElement:
                var elements = Reorder(collection.Elements, collection.Elements.IndexOf(movedElement), collection.Elements.IndexOf(afterElement));
                return elements is null ? null : root.ReplaceNode(collection, collection.WithElements(SyntaxFactory.SeparatedList(elements, collection.Elements.GetSeparators())));
            default:
                return null;
        }
    }

    private static SyntaxNode? Slot(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: false);
        return node.Span == span ? node : null;
    }

    /// <summary>The nodes with the one at <paramref name="from"/> moved after the one at <paramref name="after"/>; trailing trivia stays with each position.</summary>
    private static List<T>? Reorder<T>(IReadOnlyList<T> nodes, int from, int after)
        where T : SyntaxNode
    {
        if (from < 0 || after <= from)
        {
            return null;
        }

        var order = new List<T>(nodes);
        var moved = order[from];
        order.RemoveAt(from);
        order.Insert(after, moved);
        for (var i = from; i <= after; i++)
        {
            order[i] = order[i].WithTrailingTrivia(nodes[i].GetTrailingTrivia());
        }

        return order;
    }
}
