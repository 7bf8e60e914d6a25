using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// The argument names a call passes to a template, when the code fixes them: a <c>KernelArguments</c> created with constant
/// keys (<c>new KernelArguments { ["city"] = city }</c>), a local holding one that only gains constant keys, or no arguments at
/// all. Arguments built from a dictionary, a variable key, a loop, a parameter or a helper are dynamic: the rules say nothing.
/// </summary>
internal sealed class SuppliedArguments
{
    public static readonly SuppliedArguments Dynamic = new(isDynamic: true);

    private readonly List<(string Name, Location Location)> _names = new();

    private SuppliedArguments(bool isDynamic) => IsDynamic = isDynamic;

    public bool IsDynamic { get; }

    public IReadOnlyList<(string Name, Location Location)> Names => _names;

    /// <summary>Kernel arguments are matched to template variables ignoring case, as <c>KernelArguments</c> compares its keys.</summary>
    public bool Contains(string name) => _names.Any(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>What <paramref name="value"/> (the call's arguments, null when omitted) supplies.</summary>
    public static SuppliedArguments Read(IOperation? value, SemanticKernelTypes types)
    {
        if (value is null)
        {
            return new SuppliedArguments(isDynamic: false);
        }

        value = LocalWrites.Unwrap(value);
        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
            case IDefaultValueOperation:
                return new SuppliedArguments(isDynamic: false);
            case IObjectCreationOperation creation when types.IsArguments(creation.Type):
                return FromCreation(creation);
            case ILocalReferenceOperation reference when types.IsArguments(reference.Type):
                return FromLocal(reference.Local, LocalWrites.Root(reference), types);
            default:
                return Dynamic;
        }
    }

    private static SuppliedArguments FromCreation(IObjectCreationOperation creation)
    {
        // new KernelArguments(dictionary) copies keys the code does not show.
        if (creation.Arguments.Any(a => a.Parameter?.Name == "source"))
        {
            return Dynamic;
        }

        var supplied = new SuppliedArguments(isDynamic: false);
        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer }:
                    if (!supplied.TryAdd(indexer.Arguments.FirstOrDefault()?.Value))
                    {
                        return Dynamic;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation }:
                    // ExecutionSettings = ...: not a template argument.
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } add:
                    if (!supplied.TryAdd(add.Arguments.FirstOrDefault()?.Value))
                    {
                        return Dynamic;
                    }

                    break;
                default:
                    return Dynamic;
            }
        }

        return supplied;
    }

    /// <summary>A local created once with constant keys, afterwards only given constant keys, read, or passed to a rendering call.</summary>
    private static SuppliedArguments FromLocal(ILocalSymbol local, IOperation root, SemanticKernelTypes types)
    {
        if (LocalWrites.SingleValue(local, root) is not { } value || LocalWrites.Unwrap(value) is not IObjectCreationOperation creation || !types.IsArguments(creation.Type))
        {
            return Dynamic;
        }

        var supplied = FromCreation(creation);
        if (supplied.IsDynamic)
        {
            return supplied;
        }

        foreach (var reference in LocalWrites.References(local, root))
        {
            if (!supplied.ReadUse(reference, types))
            {
                return Dynamic;
            }
        }

        return supplied;
    }

    /// <summary>Adds the key a use of the local writes; false when the use may add keys the code does not show.</summary>
    private bool ReadUse(ILocalReferenceOperation reference, SemanticKernelTypes types)
    {
        switch (reference.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation call }:
                return types.IsInvokePrompt(call.TargetMethod) || types.IsInvokeFunction(call.TargetMethod);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == reference:
                return indexer.Parent is IAssignmentOperation assignment && assignment.Target == indexer
                    ? TryAdd(indexer.Arguments.FirstOrDefault()?.Value)
                    : true;
            case IPropertyReferenceOperation property when property.Instance == reference:
                // args.Count, args.ExecutionSettings = ...
                return true;
            case IInvocationOperation call when call.Instance == reference:
                return call.TargetMethod.Name switch
                {
                    "Add" => TryAdd(call.Arguments.FirstOrDefault()?.Value),
                    "ContainsName" or "ContainsKey" or "TryGetValue" => true,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private bool TryAdd(IOperation? key)
    {
        if (key?.ConstantValue is { HasValue: true, Value: string name })
        {
            _names.Add((name, key.Syntax.GetLocation()));
            return true;
        }

        return false;
    }
}
