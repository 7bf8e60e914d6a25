using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The methods of this compilation that a call may dispatch to: for an interface member, its implementations; for an
/// abstract, virtual or overriding method, its overrides. A call through the user's own interface (<c>IAIService.Ask</c>)
/// reaches the model in whichever implementation runs, so discovery follows each of them like a helper.
/// </summary>
internal static class SourceImplementations
{
    /// <summary>True when a call to <paramref name="method"/> can run a method other than its own body.</summary>
    public static bool IsDispatched(IMethodSymbol method)
    {
        if (method.IsStatic || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        return method.ContainingType.TypeKind == TypeKind.Interface
            || method.IsAbstract
            || (!method.ContainingType.IsSealed && (method.IsVirtual || (method.IsOverride && !method.IsSealed)));
    }

    /// <summary>
    /// The source methods that implement or override <paramref name="method"/>. Perf: candidates are found by name in the
    /// compiler's declaration table (no type walk, no binding); explicit implementations are named "IService.Ask".
    /// </summary>
    public static IEnumerable<IMethodSymbol> Of(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!IsDispatched(method))
        {
            yield break;
        }

        var name = method.Name;
        var suffix = "." + name;
        foreach (var symbol in compilation.GetSymbolsWithName(n => n == name || n.EndsWith(suffix, System.StringComparison.Ordinal), SymbolFilter.Member, cancellationToken))
        {
            if (symbol is IMethodSymbol candidate
                && !SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, method)
                && candidate.DeclaringSyntaxReferences.Length == 1
                && Implements(candidate, method))
            {
                yield return candidate;
            }
        }
    }

    private static bool Implements(IMethodSymbol candidate, IMethodSymbol method)
    {
        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            var type = candidate.ContainingType;
            foreach (var implemented in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, method.ContainingType.OriginalDefinition))
                {
                    continue;
                }

                foreach (var member in implemented.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, method)
                        && type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation
                        && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, candidate.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
            {
                return true;
            }
        }

        return false;
    }
}
