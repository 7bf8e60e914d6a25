using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Hand-written JSON request bodies sent through the SDKs' protocol methods (ChatClient.CompleteChat(BinaryContent, ...)):
/// <c>BinaryContent.Create(BinaryData.FromString("{...}"))</c>, <c>BinaryData.FromBytes("{...}"u8.ToArray())</c>. The
/// messages of the body are prompts, located at the literal.
/// </summary>
internal static class RequestBodies
{
    private const int MaxSteps = 8;

    public static IEnumerable<(SyntaxNode Literal, string Json)> Find(IInvocationOperation invocation, INamedTypeSymbol binaryContent, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type, binaryContent)
                && JsonText(argument.Value, 0, cancellationToken) is { } found)
            {
                yield return found;
            }
        }
    }

    private static (SyntaxNode Literal, string Json)? JsonText(IOperation? operation, int steps, CancellationToken cancellationToken)
    {
        while (operation is not null && steps++ < MaxSteps)
        {
            if (operation.Syntax is LiteralExpressionSyntax utf8 && utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            {
                return (utf8, utf8.Token.ValueText);
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal:
                    return (literal.Syntax, text);
                case IInvocationOperation call when call.TargetMethod.Name is "Create" or "FromString" or "FromBytes" or "ToArray" or "AsMemory":
                    operation = call.Arguments.Length > 0 ? call.Arguments[0].Value : call.Instance;
                    continue;
                case IObjectCreationOperation creation when creation.Arguments.Length > 0:
                    operation = creation.Arguments[0].Value;
                    continue;
                case ILocalReferenceOperation local
                    when local.Local.DeclaringSyntaxReferences.Length == 1
                    && local.Local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }:
                    operation = local.SemanticModel?.GetOperation(initializer.Value, cancellationToken);
                    continue;
                default:
                    if (operation.ConstantValue is { HasValue: true, Value: string constant })
                    {
                        return (operation.Syntax, constant);
                    }

                    return null;
            }
        }

        return null;
    }

    public static ImmutableArray<(PromptRole Role, string Text)> Messages(string json)
    {
        var builder = ImmutableArray.CreateBuilder<(PromptRole, string)>();
        foreach (var message in RequestBodyMessages.Read(json))
        {
            if (PromptRoleExtensions.FromName(message.Role) is { } role && !string.IsNullOrWhiteSpace(message.Text))
            {
                builder.Add((role, message.Text));
            }
        }

        return builder.ToImmutable();
    }
}
