using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Security;

/// <summary>Values held by symbols: members (request data, fields and properties of the user's types), locals and parameters.</summary>
internal sealed partial class UntrustedInputTrace
{
    /// <summary>
    /// A property or field: request data (<c>Request.Query["persona"]</c>, <c>file.FileName</c>), a user's message text, a
    /// member of an untrusted value (<c>request.Persona</c> on a bound record), or a field or property of the user's types
    /// (the values written to it in its type).
    /// </summary>
    private UntrustedInput? TraceMember(IOperation reference, ISymbol member, IOperation? instance, Frame frame, int depth)
    {
        if (_trusted.Contains(member))
        {
            return null;
        }

        if (_sources.OfMember(member, reference.Syntax) is { } read)
        {
            return read;
        }

        if (member is IPropertySymbol { IsIndexer: true } indexer && instance is not null && Trace(instance, frame, depth + 1) is { } collection)
        {
            var key = reference is IPropertyReferenceOperation { Arguments: [var first, ..] } ? first.Value : null;
            return InputSources.Keyed(collection, key, reference.Syntax) ?? collection;
        }

        if (member is IPropertySymbol property && _sources.IsMessageText(property) && instance is not null && IsUserMessage(instance))
        {
            return new UntrustedInput("user message text", null, reference.Syntax);
        }

        if (instance is not null and not IInstanceReferenceOperation)
        {
            return Trace(instance, frame, depth + 1)?.Member(member.Name);
        }

        if (_sources.OfBoundProperty(member, reference.Syntax) is { } bound)
        {
            return bound;
        }

        return member.ContainingType?.DeclaringSyntaxReferences.Length > 0 ? TraceWrites(member, frame, depth) : null;
    }

    /// <summary>The message a user wrote: picked from a conversation by the user role, directly or through a local.</summary>
    private bool IsUserMessage(IOperation instance)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        if (instance is IConditionalAccessInstanceOperation && EnclosingConditionalAccess(instance) is { } access)
        {
            instance = access.Operation;
        }

        if (instance is ILocalReferenceOperation local && local.Local.DeclaringSyntaxReferences.Length == 1
            && local.Local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
            && local.SemanticModel?.GetOperation(initializer.Value, _cancellationToken) is { } value)
        {
            instance = value;
        }

        return instance is IInvocationOperation selection && _sources.SelectsUserRole(selection);
    }

    /// <summary>The values written to a field or property of the user's type, in the declarations of that type (<see cref="MemberWrites"/>).</summary>
    private UntrustedInput? TraceWrites(ISymbol member, Frame frame, int depth)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) || !_inProgress.Add(member))
        {
            return null;
        }

        try
        {
            if (member is IPropertySymbol { GetMethod: { } getter } property && !IsAutoProperty(property))
            {
                return getter.DeclaringSyntaxReferences.Length == 1 ? TraceGetter(getter, frame, depth) : null;
            }

            var writes = 0;
            foreach (var written in _memberWrites.Of(member, _cancellationToken))
            {
                if (++writes > MaxWrites)
                {
                    return null;
                }

                if (Trace(written, Frame.Top, depth + 1) is { } input)
                {
                    return input;
                }
            }

            return null;
        }
        finally
        {
            _inProgress.Remove(member);
        }
    }

    private UntrustedInput? TraceGetter(IMethodSymbol getter, Frame frame, int depth)
    {
        var syntax = getter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var returned = syntax switch
        {
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            AccessorDeclarationSyntax { ExpressionBody: { } body } => body.Expression,
            AccessorDeclarationSyntax { Body: { } block } => FunctionBodies.SingleReturn(block),
            _ => null,
        };
        return returned is not null && _discovery.GetSemanticModel(returned.SyntaxTree) is { } model
            ? Trace(model.GetOperation(returned, _cancellationToken), frame, depth + 1)
            : null;
    }

    private static bool IsAutoProperty(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
            && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    /// <summary>
    /// A local: its initializer, every value assigned to it, what it is declared from (a foreach collection, an out
    /// argument's call, a pattern's value) and the values added to it (<c>builder.Append(x)</c>, <c>list.Add(x)</c>).
    /// </summary>
    private UntrustedInput? TraceLocal(ILocalReferenceOperation reference, Frame frame, int depth)
    {
        var local = reference.Local;
        if (frame == Frame.Top && _locals.TryGetValue(local, out var known))
        {
            return known; // Perf: a local used in many holes (or many sinks) is traced once per document run.
        }

        if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model || !_inProgress.Add(local))
        {
            return null;
        }

        var result = TraceLocalValues(local, model, frame, depth);
        if (frame == Frame.Top)
        {
            _locals[local] = result;
        }

        return result;
    }

    private UntrustedInput? TraceLocalValues(ILocalSymbol local, SemanticModel model, Frame frame, int depth)
    {
        try
        {
            var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            if (FunctionBodies.Enclosing(declaration) is not { } body)
            {
                return null;
            }

            var writes = 0;
            foreach (var written in LocalValues(local, declaration, body, model))
            {
                if (++writes > MaxWrites)
                {
                    return null;
                }

                if (Trace(written, frame, depth + 1) is { } input)
                {
                    return input;
                }
            }

            return null;
        }
        finally
        {
            _inProgress.Remove(local);
        }
    }

    private IEnumerable<IOperation> LocalValues(ILocalSymbol local, SyntaxNode declaration, SyntaxNode body, SemanticModel model)
    {
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer: { } initializer }:
                yield return model.GetOperation(initializer.Value, _cancellationToken)!;
                break;
            case ForEachStatementSyntax forEach:
                yield return model.GetOperation(forEach.Expression, _cancellationToken)!;
                break;
            case SingleVariableDesignationSyntax designation when designation.FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is InvocationExpressionSyntax call
                && model.GetOperation(call, _cancellationToken) is IInvocationOperation { Instance: { } receiver }:
                yield return receiver;
                break;
            case SingleVariableDesignationSyntax designation when designation.FirstAncestorOrSelf<IsPatternExpressionSyntax>() is { } pattern:
                yield return model.GetOperation(pattern.Expression, _cancellationToken)!;
                break;
        }

        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when IsLocal(assignment.Left, local, model):
                    yield return model.GetOperation(assignment.Right, _cancellationToken)!;
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call when ReceiverIsLocal(access.Expression, local, model)
                    && model.GetOperation(call, _cancellationToken) is IInvocationOperation { TargetMethod.ReturnsVoid: var returnsVoid } added
                    && (returnsVoid || SymbolEqualityComparer.Default.Equals(added.TargetMethod.ReturnType, local.Type)) && IsFrameworkType(added.TargetMethod.ContainingType):
                    foreach (var argument in added.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
            }
        }
    }

    /// <summary>The local itself or a chain of calls on it (<c>builder.Append(a).Append(b)</c>).</summary>
    private bool ReceiverIsLocal(ExpressionSyntax receiver, ILocalSymbol local, SemanticModel model)
    {
        while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner })
        {
            receiver = inner.Expression;
        }

        return IsLocal(receiver, local, model);
    }

    private bool IsLocal(ExpressionSyntax expression, ILocalSymbol local, SemanticModel model)
        => expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local);

    /// <summary>
    /// A parameter: the argument of the helper call being followed into, or a parameter the framework binds from a request
    /// (<see cref="InputSources.OfParameter"/>). A parameter of any other method ends the trace here; its callers are the
    /// rule's helper sinks.
    /// </summary>
    private UntrustedInput? TraceParameter(IParameterReferenceOperation reference, Frame frame, int depth)
    {
        var parameter = reference.Parameter.OriginalDefinition;
        if (frame.Arguments.TryGetValue(parameter, out var argument))
        {
            return Trace(argument, frame.Caller ?? Frame.Top, depth + 1);
        }

        if (_trusted.Contains(parameter))
        {
            return null;
        }

        // Perf: a parameter is read in many holes and sinks; whether the framework binds it is worked out once per document run.
        if (!_parameters.TryGetValue(parameter, out var input))
        {
            input = _sources.OfParameter(parameter, reference.SemanticModel, _cancellationToken);
            _parameters[parameter] = input;
        }

        return input;
    }
}
