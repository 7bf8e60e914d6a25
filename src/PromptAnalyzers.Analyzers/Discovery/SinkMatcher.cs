using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>A text-carrying operation at an SDK sink, and how its role is known.</summary>
internal readonly struct SinkUse
{
    public SinkUse(IOperation value, IOperation sink, SinkSpec spec)
    {
        Value = value;
        Sink = sink;
        Spec = spec;
    }

    /// <summary>The text handed to the SDK (an argument's value, an assigned value, a converted string).</summary>
    public IOperation Value { get; }

    /// <summary>The call, creation, assignment or conversion that hands the text over.</summary>
    public IOperation Sink { get; }

    /// <summary>The catalog row the sink matched.</summary>
    public SinkSpec Spec { get; }
}

/// <summary>Matches an operation against the <see cref="SinkCatalog"/>: which of its values it hands to an SDK as prompt text.</summary>
internal static class SinkMatcher
{
    /// <summary>The texts <paramref name="operation"/> hands to SDK sinks directly (no helper, no request body).</summary>
    public static IEnumerable<SinkUse> Uses(IOperation operation, SinkCatalog catalog)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when catalog.TryGetMethod(invocation.TargetMethod, out var specs):
                return ArgumentSinks(invocation, invocation.Arguments, specs);
            case IObjectCreationOperation { Constructor: { } constructor } creation when catalog.TryGetMethod(constructor, out var specs):
                return ArgumentSinks(creation, creation.Arguments, specs);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                when catalog.TryGetProperty(property.Property, out var spec) && assignment.Value.Type?.SpecialType == SpecialType.System_String:
                return new[] { new SinkUse(assignment.Value, assignment, spec) };
            case IConversionOperation { OperatorMethod: not null, Operand.Type.SpecialType: SpecialType.System_String } conversion
                when conversion.Type is INamedTypeSymbol target && catalog.TryGetConversion(target, out var spec):
                return new[] { new SinkUse(conversion.Operand, conversion, spec) };
            default:
                return Array.Empty<SinkUse>();
        }
    }

    private static IEnumerable<SinkUse> ArgumentSinks(IOperation sink, ImmutableArray<IArgumentOperation> arguments, SinkSpec[] specs)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            foreach (var spec in specs)
            {
                if (spec.Parameter == parameter.Name)
                {
                    yield return new SinkUse(argument.Value, sink, spec);
                    break;
                }
            }
        }
    }
}
