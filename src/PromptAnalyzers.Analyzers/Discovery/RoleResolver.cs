using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The role of the text at a sink: fixed by the sink, read from a role argument (<c>new ChatMessage(ChatRole.User, ...)</c>),
/// or taken from the message the text is part of. Also tells a message built inside a model's answer (not a prompt) and a
/// hardcoded turn of a sample exchange.
/// </summary>
internal sealed class RoleResolver
{
    /// <summary>How many parent operations are climbed looking for the enclosing message.</summary>
    private const int MaxSteps = 12;

    private readonly SinkCatalog _catalog;

    public RoleResolver(SinkCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>The role of a sink use, or null when the text is not a prompt (a tool result, a part outside any message).</summary>
    public PromptRole? RoleOf(SinkUse use) => RoleOf(use.Spec, use.Sink, 0);

    /// <summary>A message built as part of a model's answer (a fake IChatClient returning new ChatResponse(...)) is not a prompt.</summary>
    public bool IsInsideResponse(IOperation sink)
    {
        var steps = 0;
        for (var current = sink.Parent; current is not null && steps < MaxSteps; current = current.Parent, steps++)
        {
            switch (current)
            {
                case IObjectCreationOperation creation when _catalog.IsResponseType(creation.Type):
                    return true;
                case IInvocationOperation invocation when _catalog.IsResponseType(invocation.TargetMethod.ContainingType):
                    return true;
                case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A hardcoded turn of a sample exchange in the message list it is added to (see <see cref="FewShotTurns"/>).</summary>
    public bool IsSampleTurn(SinkUse use, PromptRole role)
    {
        if (MessageOf(use) is not { } message)
        {
            return false;
        }

        var turns = FewShotTurns.TurnsFrom(message, DescribeMessage);
        return !turns.IsEmpty && FewShotTurns.IsExample(turns.SetItem(0, new Turn(role, hardcoded: true)), 0);
    }

    /// <summary>The message a sink use is part of: the sink itself, or for a content part the message that encloses it.</summary>
    public IOperation? MessageOf(SinkUse use)
    {
        if (use.Spec.RoleSource != RoleSource.FromEnclosingMessage)
        {
            return use.Sink is ISimpleAssignmentOperation ? null : use.Sink;
        }

        var steps = 0;
        for (var current = use.Sink.Parent; current is not null && steps < MaxSteps; current = current.Parent, steps++)
        {
            switch (current)
            {
                case IObjectCreationOperation { Constructor: { } constructor } creation
                    when _catalog.TryGetRoleMember(constructor, out _) || _catalog.TryGetContainer(creation.Type!, out _):
                    return creation;
                case IInvocationOperation invocation when _catalog.TryGetRoleMember(invocation.TargetMethod, out _):
                    return invocation;
                case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>A message of a list as a turn: its role, and whether its text is a compile-time constant.</summary>
    private Turn DescribeMessage(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        foreach (var use in SinkMatcher.Uses(operation, _catalog))
        {
            if (RoleOf(use) is { } role)
            {
                return new Turn(role, use.Value.ConstantValue is { HasValue: true, Value: string });
            }
        }

        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation when _catalog.TryGetRoleMember(constructor, out var spec):
                return new Turn(RoleOf(spec, creation, 0), hardcoded: false);
            case IObjectCreationOperation creation when creation.Type is { } type && _catalog.TryGetContainer(type, out var containerRole):
                return new Turn(containerRole, hardcoded: false);
            case IInvocationOperation invocation when _catalog.TryGetRoleMember(invocation.TargetMethod, out var invocationSpec):
                return new Turn(RoleOf(invocationSpec, invocation, 0), hardcoded: false);
            default:
                return Turn.Live;
        }
    }

    private PromptRole? RoleOf(SinkSpec spec, IOperation sink, int depth)
    {
        switch (spec.RoleSource)
        {
            case RoleSource.Fixed:
                return spec.Role;
            case RoleSource.FromRoleArgument:
                var arguments = sink switch
                {
                    IInvocationOperation i => i.Arguments,
                    IObjectCreationOperation c => c.Arguments,
                    _ => ImmutableArray<IArgumentOperation>.Empty,
                };
                var roleArgument = arguments.FirstOrDefault(a => a.Parameter?.Name == spec.RoleParameter);
                return roleArgument is null ? PromptRole.Unknown : RoleFromValue(roleArgument.Value);
            default:
                return depth > 2 ? null : EnclosingRole(sink, depth);
        }
    }

    private PromptRole? EnclosingRole(IOperation sink, int depth)
    {
        var steps = 0;
        for (var current = sink.Parent; current is not null && steps < MaxSteps; current = current.Parent, steps++)
        {
            switch (current)
            {
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    if (_catalog.TryGetRoleMember(constructor, out var creationSpec))
                    {
                        return RoleOf(creationSpec, creation, depth + 1);
                    }

                    if (_catalog.TryGetContainer(creation.Type!, out var containerRole))
                    {
                        return containerRole;
                    }

                    break;
                case IInvocationOperation invocation when _catalog.TryGetRoleMember(invocation.TargetMethod, out var invocationSpec):
                    return RoleOf(invocationSpec, invocation, depth + 1);
                case IConversionOperation conversion when conversion.Type is { } type && _catalog.TryGetContainer(type, out var conversionRole):
                    return conversionRole;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when _catalog.TryGetProperty(property.Property, out var propertySpec) && propertySpec.RoleSource == RoleSource.Fixed:
                    return propertySpec.Role;
                case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation or IReturnOperation:
                    return null; // Left the expression without meeting a message: not part of a prompt.
            }
        }

        return null;
    }

    private static PromptRole? RoleFromValue(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        string? name = value switch
        {
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.Name,
            IFieldReferenceOperation { Field.IsStatic: true } field => field.Field.Name,
            IObjectCreationOperation creation when creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } => text,
            _ => null,
        };

        if (name is null)
        {
            return PromptRole.Unknown;
        }

        if (string.Equals(name, "Tool", StringComparison.OrdinalIgnoreCase))
        {
            return null; // A tool result is not a prompt.
        }

        return PromptRoleExtensions.FromName(name) ?? PromptRole.Unknown;
    }
}
