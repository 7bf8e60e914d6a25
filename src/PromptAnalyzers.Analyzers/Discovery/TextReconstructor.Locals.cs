using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Text held by locals: the initializer, then each assignment and += before the use; of a write in a branch and the text
/// before it, the one with more static text; a conditional += adds a hole.
/// </summary>
internal sealed partial class TextReconstructor
{
    private PromptText ReconstructLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1 || !_inProgress.Add(local))
        {
            return PromptText.Hole(local.Name);
        }

        try
        {
            if (local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax declarator
                || reference.SemanticModel is not { } model
                || FunctionBodies.Enclosing(declarator) is not { } body)
            {
                return PromptText.Hole(local.Name);
            }

            if (IsStringBuilder(local.Type))
            {
                return PromptText.Hole(local.Name);
            }

            var text = declarator.Initializer is { } initializer
                ? Reconstruct(model.GetOperation(initializer.Value, _cancellationToken), depth + 1)
                : PromptText.Hole(local.Name);
            var declarationScope = declarator.FirstAncestorOrSelf<StatementSyntax>()?.Parent;

            foreach (var node in WritesTo(local, body, model))
            {
                if (node.SpanStart >= reference.Syntax.SpanStart)
                {
                    break;
                }

                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when IsReferenceTo(model, assignment.Left, local):
                        var conditional = IsConditional(assignment, declarationScope, reference.Syntax);
                        var value = Reconstruct(model.GetOperation(assignment.Right, _cancellationToken), depth + 1);
                        switch (assignment.Kind())
                        {
                            case SyntaxKind.SimpleAssignmentExpression:
                                // a write in a branch is one of the texts the local may hold: as for `a ? x : y`, the one
                                // with more static text stands for all (a cached copy or "" against the text built here)
                                text = !conditional ? value : StaticLength(value) > StaticLength(text) ? value : text;
                                break;
                            case SyntaxKind.AddAssignmentExpression:
                                text = PromptText.Concat(text, conditional ? PromptText.Hole(local.Name + " (conditional)") : value);
                                break;
                            default:
                                text = PromptText.Hole(local.Name);
                                break;
                        }

                        break;
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && IsReferenceTo(model, argument.Expression, local):
                        text = PromptText.Hole(local.Name);
                        break;
                }
            }

            return text;
        }
        finally
        {
            _inProgress.Remove(local);
        }
    }

    /// <summary>
    /// The assignments and ref/out arguments of a local in its body, in text order, found in one walk per local: walking
    /// the body again for every reference made a prompt with thousands of references to one local quadratic.
    /// </summary>
    private ImmutableArray<SyntaxNode> WritesTo(ILocalSymbol local, SyntaxNode body, SemanticModel model)
    {
        if (_writes.TryGetValue(local, out var cached))
        {
            return cached;
        }

        var writes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when IsReferenceTo(model, assignment.Left, local):
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && IsReferenceTo(model, argument.Expression, local):
                    writes.Add(node);
                    break;
            }
        }

        return _writes[local] = writes.ToImmutable();
    }

    private bool IsReferenceTo(SemanticModel model, ExpressionSyntax expression, ILocalSymbol local)
    {
        return expression is IdentifierNameSyntax identifier
            && identifier.Identifier.ValueText == local.Name
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local);
    }

    /// <summary>
    /// True when <paramref name="node"/> may or may not run before the use: it sits in a branch, loop, catch block, switch
    /// or lambda that does not also contain the use. A try block is the normal path and runs (a finally block always does).
    /// </summary>
    private static bool IsConditional(SyntaxNode node, SyntaxNode? declarationScope, SyntaxNode use)
    {
        for (var current = node.Parent; current is not null && current != declarationScope; current = current.Parent)
        {
            if (current.Span.Contains(use.Span))
            {
                return false;
            }

            switch (current)
            {
                case IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax or SwitchExpressionArmSyntax
                    or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    or CatchClauseSyntax or ConditionalExpressionSyntax or AnonymousFunctionExpressionSyntax
                    or LocalFunctionStatementSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression or (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression }:
                    return true;
            }
        }

        return false;
    }
}
