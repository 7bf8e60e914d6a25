using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>What a local holds when the member writes it once, and where the member reads it.</summary>
internal static class LocalWrites
{
    /// <summary>The root of the member's operation tree that <paramref name="operation"/> belongs to.</summary>
    public static IOperation Root(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>The value <paramref name="local"/> is declared with, when that is its only write in the member; otherwise null.</summary>
    public static IOperation? SingleValue(ILocalSymbol local, IOperation root)
    {
        IOperation? value = null;
        int writes = 0;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        value = initializer.Value;
                        writes++;
                    }

                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsWritten(reference):
                    writes++;
                    break;
            }
        }

        return writes == 1 ? value : null;
    }

    /// <summary>Every read or write of <paramref name="local"/> in the member (its declaration excepted).</summary>
    public static IEnumerable<ILocalReferenceOperation> References(ILocalSymbol local, IOperation root)
        => root.Descendants().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

    /// <summary>Strips the implicit conversions and parentheses around a value.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static bool IsWritten(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        IIncrementOrDecrementOperation => true,
        _ => false,
    };
}
