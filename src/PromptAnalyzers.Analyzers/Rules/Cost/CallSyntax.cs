using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// The calls and object creations that carry a prompt to its model, read from syntax around the prompt: what the cost
/// rules look at for the call's options (output limit, tools).
/// </summary>
internal static class CallSyntax
{
    private const int MaxAncestors = 16;

    /// <summary>The invocations and object creations enclosing <paramref name="prompt"/>, innermost first, up to its statement.</summary>
    public static IEnumerable<ExpressionSyntax> Enclosing(SyntaxNode prompt)
    {
        var steps = 0;
        for (var node = prompt.Parent; node is not null && steps < MaxAncestors && node is not MemberDeclarationSyntax; node = node.Parent, steps++)
        {
            if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
            {
                yield return (ExpressionSyntax)node;
            }

            if (node is StatementSyntax)
            {
                yield break;
            }
        }
    }

    /// <summary>The object creations that configure the call: the creation itself (Anthropic's MessageCreateParams) and each argument that is, or a local initialised with, an object creation.</summary>
    public static IEnumerable<BaseObjectCreationExpressionSyntax> OptionObjects(ExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (call is BaseObjectCreationExpressionSyntax self)
        {
            yield return self;
        }

        foreach (var argument in Arguments(call))
        {
            if (Resolve(argument.Expression, model, cancellationToken) is BaseObjectCreationExpressionSyntax creation)
            {
                yield return creation;
            }
        }
    }

    public static IEnumerable<ArgumentSyntax> Arguments(ExpressionSyntax call)
    {
        var list = call switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            _ => null,
        };
        return list is null ? System.Array.Empty<ArgumentSyntax>() : list.Arguments;
    }

    /// <summary>The expression itself, or for a local the expression it was initialised with.</summary>
    public static ExpressionSyntax Resolve(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        => expression is IdentifierNameSyntax identifier
            && model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value }
            ? value
            : expression;

    /// <summary>The value assigned to a member named one of <paramref name="names"/> in the creation's initializer, when the member is an SDK property.</summary>
    public static IEnumerable<(IPropertySymbol Property, ExpressionSyntax Value)> SdkAssignments(BaseObjectCreationExpressionSyntax creation, ICollection<string> names, SemanticModel model, CancellationToken cancellationToken)
    {
        if (creation.Initializer is null)
        {
            yield break;
        }

        foreach (var expression in creation.Initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
                && names.Contains(name.Identifier.ValueText)
                && model.GetSymbolInfo(name, cancellationToken).Symbol is IPropertySymbol property
                && Discovery.SinkCatalog.IsSdkSymbol(property))
            {
                yield return (property, assignment.Right);
            }
        }
    }
}
