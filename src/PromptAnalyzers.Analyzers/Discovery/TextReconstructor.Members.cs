using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>Text held by members: constants and readonly fields, get-only properties, fields and properties set once in a constructor, and text returned by methods of this compilation.</summary>
internal sealed partial class TextReconstructor
{
    private PromptText ReconstructField(IFieldReferenceOperation reference, int depth)
    {
        var field = reference.Field;
        if (field.HasConstantValue && field.ConstantValue is string constant)
        {
            var origin = InitializerOf(field);
            if (origin is not null && SemanticModelFor(origin) is { } constantModel && _inProgress.Add(field))
            {
                // Rebuild the initializer so that each literal of a constant expression stays an origin.
                var rebuilt = WithGuard(field, () => Reconstruct(constantModel.GetOperation(origin, _cancellationToken), depth + 1));
                if (rebuilt.IsFullyStatic && rebuilt.Render() == constant)
                {
                    return rebuilt;
                }
            }

            _staticChars += constant.Length;
            return PromptText.Static(constant, origin);
        }

        if (field.IsReadOnly && InitializerOf(field) is { } initializer && SemanticModelFor(initializer) is { } semanticModel)
        {
            if (!_inProgress.Add(field))
            {
                return PromptText.Hole(field.Name);
            }

            return WithGuard(field, () => Reconstruct(semanticModel.GetOperation(initializer, _cancellationToken), depth + 1));
        }

        if (SingleConstructorAssignment(field, field.ContainingType) is { } assigned && _inProgress.Add(field))
        {
            return WithGuard(field, () => Reconstruct(assigned, depth + 1));
        }

        return PromptText.Hole(field.Name);
    }

    private ExpressionSyntax? InitializerOf(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return (field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
    }

    /// <summary>
    /// The value of a private field or get-only property whose only write is one assignment in a constructor (or its
    /// initializer, when that is the only write): a prompt set up once and sent later.
    /// </summary>
    private IOperation? SingleConstructorAssignment(ISymbol member, INamedTypeSymbol? type)
    {
        if (type is null || type.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        var writable = member switch
        {
            IFieldSymbol f => !f.IsConst && (f.DeclaredAccessibility == Accessibility.Private || f.IsReadOnly),
            IPropertySymbol p => p.SetMethod is null || p.SetMethod.DeclaredAccessibility == Accessibility.Private || p.SetMethod.IsInitOnly,
            _ => false,
        };
        if (!writable)
        {
            return null;
        }

        IOperation? value = null;
        var writes = 0;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(_cancellationToken);
            if (SemanticModelFor(declaration) is not { } model)
            {
                return null;
            }

            foreach (var node in declaration.DescendantNodes())
            {
                if (node is VariableDeclaratorSyntax { Initializer: { } initializer } declarator && member is IFieldSymbol
                    && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, _cancellationToken), member))
                {
                    writes++;
                    value = model.GetOperation(initializer.Value, _cancellationToken);
                }
                else if (node is PropertyDeclarationSyntax { Initializer: { } propertyInitializer } property && member is IPropertySymbol
                    && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(property, _cancellationToken), member))
                {
                    writes++;
                    value = model.GetOperation(propertyInitializer.Value, _cancellationToken);
                }
                else if (node is AssignmentExpressionSyntax assignment
                    && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, _cancellationToken).Symbol, member))
                {
                    writes++;
                    var inConstructor = assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not null
                        && assignment.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is null
                        && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
                    value = inConstructor ? model.GetOperation(assignment.Right, _cancellationToken) : null;
                }
                else if (node is ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None } argument
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(argument.Expression, _cancellationToken).Symbol, member))
                {
                    return null;
                }
            }
        }

        return writes == 1 ? value : null;
    }

    private PromptText ReconstructProperty(IPropertyReferenceOperation reference, int depth)
    {
        var property = reference.Property;
        if (property.DeclaringSyntaxReferences.Length != 1 || property.Parameters.Length > 0
            || property.SetMethod is { DeclaredAccessibility: not Accessibility.Private, IsInitOnly: false })
        {
            return PromptText.Hole(property.Name);
        }

        var syntax = property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) as PropertyDeclarationSyntax;
        ExpressionSyntax? body = syntax?.ExpressionBody?.Expression ?? (syntax?.AccessorList is null ? null : syntax.Initializer?.Value);
        if (syntax?.AccessorList is { } accessors && accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null))
        {
            body = null;
        }

        if (body is null && syntax?.AccessorList is { } autoAccessors && autoAccessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
            && SingleConstructorAssignment(property, property.ContainingType) is { } assigned && _inProgress.Add(property))
        {
            return WithGuard(property, () => Reconstruct(assigned, depth + 1));
        }

        if (body is null || SemanticModelFor(body) is not { } model || !_inProgress.Add(property))
        {
            return PromptText.Hole(property.Name);
        }

        return WithGuard(property, () => Reconstruct(model.GetOperation(body, _cancellationToken), depth + 1));
    }

    /// <summary>
    /// A method of this compilation that returns a prompt (`static string BuildPrompt(string name) => $"You are {name}..."`):
    /// its one returned expression, with the call's arguments in place of its parameters.
    /// </summary>
    private PromptText? ReturnedBy(IInvocationOperation invocation, int depth, bool awaited = false)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (!(awaited ? IsTaskOfString(method.ReturnType) : IsString(method.ReturnType)) || method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract || method.IsVirtual)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var returns = declaration switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => new List<ExpressionSyntax> { arrow.Expression },
            LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => new List<ExpressionSyntax> { arrow.Expression },
            MethodDeclarationSyntax { Body: { } block } => FunctionBodies.Returns(block, 8),
            LocalFunctionStatementSyntax { Body: { } block } => FunctionBodies.Returns(block, 8),
            _ => null,
        };
        if (returns is not { Count: > 0 } || SemanticModelFor(returns[0]) is not { } model || !_inProgress.Add(method))
        {
            return null;
        }

        return WithGuard(method, () =>
        {
            // Several returns: which one reaches the model is not known statically; as for `a ? x : y` and a local written
            // in branches, the return with more static text stands for all (a cached copy against the text built here).
            PromptText? richest = null;
            foreach (var returned in returns)
            {
                var operation = model.GetOperation(returned, _cancellationToken);
                var text = awaited && !method.IsAsync ? Reconstruct(ResultOf(operation), depth + 1) : Reconstruct(operation, depth + 1);
                richest = richest is null || StaticLength(text) > StaticLength(richest) ? text : richest;
            }

            var result = richest!;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && result.ContainsParameter(parameter.OriginalDefinition))
                {
                    result = result.Substitute(parameter.OriginalDefinition, argument.ArgumentKind == ArgumentKind.DefaultValue ? PromptText.Hole(parameter.Name) : Reconstruct(argument.Value, depth + 1));
                }
            }

            return result;
        });
    }

    /// <summary>Task&lt;string&gt; or ValueTask&lt;string&gt;: what an awaited helper that builds a prompt returns.</summary>
    private static bool IsTaskOfString(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && IsString(task.TypeArguments[0])
           && NamespaceNames.Is(task.ContainingNamespace, "System.Threading.Tasks");

    /// <summary>The text a method that is not async returns in a task: <c>Task.FromResult(text)</c>, <c>new ValueTask&lt;string&gt;(text)</c>.</summary>
    private static IOperation? ResultOf(IOperation? returned)
    {
        while (returned is IConversionOperation conversion)
        {
            returned = conversion.Operand;
        }

        return returned switch
        {
            IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult => fromResult.Arguments[0].Value,
            IObjectCreationOperation { Arguments.Length: 1 } creation when creation.Type?.Name == "ValueTask" => creation.Arguments[0].Value,
            _ => null,
        };
    }
}
