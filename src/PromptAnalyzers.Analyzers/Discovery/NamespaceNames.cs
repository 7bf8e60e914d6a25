using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Namespace checks that compare a symbol's namespace chain with a dotted name in place.
/// <para>
/// Perf: <c>ContainingNamespace.ToDisplayString()</c> builds a new string on every call; the value traces of PA4001 and
/// discovery ask this for every call and member they meet.
/// </para>
/// </summary>
internal static class NamespaceNames
{
    /// <summary>True when <paramref name="ns"/> is exactly <paramref name="dotted"/> ("System.Text.Json").</summary>
    public static bool Is(INamespaceSymbol? ns, string dotted)
    {
        var end = dotted.Length;
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            var name = ns.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return ns.ContainingNamespace is null or { IsGlobalNamespace: true };
            }

            if (dotted[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary>True when <paramref name="ns"/> is one of <paramref name="dotted"/>.</summary>
    public static bool IsAny(INamespaceSymbol? ns, string[] dotted)
    {
        foreach (var name in dotted)
        {
            if (Is(ns, name))
            {
                return true;
            }
        }

        return false;
    }
}
