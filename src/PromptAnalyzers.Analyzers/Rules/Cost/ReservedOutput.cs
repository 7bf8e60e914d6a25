using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// The output limit the code sets on the call that sends a prompt: <c>new ChatOptions { MaxOutputTokens = 1000 }</c>
/// (Microsoft.Extensions.AI), <c>ChatCompletionOptions.MaxOutputTokenCount</c> (OpenAI), <c>MaxTokens</c> (Anthropic,
/// Semantic Kernel execution settings). Looked up only when a prompt would otherwise overflow its model's context window,
/// so the cost rules pay nothing for it on ordinary prompts.
/// </summary>
internal static class ReservedOutput
{
    private const int MaxAncestors = 16;

    private static readonly HashSet<string> OutputLimitProperties = new()
    {
        "MaxOutputTokens", "MaxOutputTokenCount", "MaxTokens", "MaxCompletionTokens",
    };

    /// <summary>The constant output limit on the calls and object creations around <paramref name="prompt"/> (within its statement), or null.</summary>
    public static int? FromCode(SyntaxNode prompt, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(prompt.SyntaxTree))
        {
            return null;
        }

        var model = compilation.GetSemanticModel(prompt.SyntaxTree);
        var steps = 0;
        for (var node = prompt.Parent; node is not null && steps < MaxAncestors && node is not MemberDeclarationSyntax; node = node.Parent, steps++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = node switch
            {
                BaseObjectCreationExpressionSyntax creation => FromCreation(creation, model, cancellationToken) ?? FromArguments(creation.ArgumentList, model, cancellationToken),
                InvocationExpressionSyntax invocation => FromArguments(invocation.ArgumentList, model, cancellationToken),
                _ => null,
            };

            if (found is not null)
            {
                return found;
            }

            if (node is StatementSyntax)
            {
                break;
            }
        }

        return null;
    }

    private static int? FromArguments(ArgumentListSyntax? arguments, SemanticModel model, CancellationToken cancellationToken)
    {
        if (arguments is null)
        {
            return null;
        }

        foreach (var argument in arguments.Arguments)
        {
            var value = argument.Expression is IdentifierNameSyntax identifier ? LocalInitializer(identifier, model, cancellationToken) : argument.Expression;
            if (value is BaseObjectCreationExpressionSyntax creation && FromCreation(creation, model, cancellationToken) is { } limit)
            {
                return limit;
            }
        }

        return null;
    }

    /// <summary><c>new ChatOptions { MaxOutputTokens = 1000 }</c>: the limit, when the property is an SDK's and the value a constant.</summary>
    private static int? FromCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (creation.Initializer is null)
        {
            return null;
        }

        foreach (var expression in creation.Initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
                && OutputLimitProperties.Contains(name.Identifier.ValueText)
                && model.GetSymbolInfo(name, cancellationToken).Symbol is IPropertySymbol property
                && SinkCatalog.IsSdkSymbol(property)
                && model.GetConstantValue(assignment.Right, cancellationToken) is { HasValue: true, Value: { } value }
                && AsTokens(value) is { } limit)
            {
                return limit;
            }
        }

        return null;
    }

    /// <summary>An int or long constant (Anthropic's MaxTokens is a long) as a positive token count.</summary>
    private static int? AsTokens(object value) => value switch
    {
        int i when i > 0 => i,
        long l when l > 0 && l <= int.MaxValue => (int)l,
        _ => null,
    };

    private static ExpressionSyntax? LocalInitializer(IdentifierNameSyntax identifier, SemanticModel model, CancellationToken cancellationToken)
        => model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value }
            ? value
            : null;
}
