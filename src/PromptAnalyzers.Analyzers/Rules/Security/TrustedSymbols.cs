using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// Symbols a team trusts, from <c>prompt_analyzers.trusted_sources</c> (members and types whose values are trusted) and
/// <c>prompt_analyzers.sanitizers</c> (methods whose return value is trusted). An entry is a documentation ID
/// (<c>M:Contoso.Tenants.TenantSettings.GetPersona(System.String)</c>, <c>T:Contoso.Tenants.TenantSettings</c>) or a name:
/// <c>Type.Member</c>, <c>Namespace.Type.Member</c>, or a type's name (every member of the type).
/// </summary>
internal sealed class TrustedSymbols
{
    public static readonly TrustedSymbols None = new(string.Empty);

    /// <summary>Entries are separated by <c>;</c> or white space (neither appears in a documentation ID or a member name).</summary>
    private static readonly char[] Separators = { ';', ' ', '\t' };

    private readonly HashSet<string> _entries;

    public TrustedSymbols(string value)
    {
        _entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = entry.Trim();
            if (trimmed.Length > 0)
            {
                _entries.Add(trimmed);
            }
        }
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>True when <paramref name="symbol"/> (a method, property, field or parameter) or its type of declaration is listed.</summary>
    public bool Contains(ISymbol symbol)
    {
        if (_entries.Count == 0)
        {
            return false;
        }

        var definition = symbol.OriginalDefinition;
        if (definition is IMethodSymbol { ReducedFrom: { } extension })
        {
            definition = extension;
        }

        if (DocumentationCommentId.CreateDeclarationId(definition) is { } id && (_entries.Contains(id) || _entries.Contains(WithoutReturnType(id))))
        {
            return true;
        }

        var type = definition.ContainingType;
        if (type is null)
        {
            return false;
        }

        var member = definition is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol?.Name ?? definition.Name : definition.Name;
        var fullType = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return _entries.Contains(type.Name + "." + member)
            || _entries.Contains(fullType + "." + member)
            || _entries.Contains(type.Name)
            || _entries.Contains(fullType)
            || (DocumentationCommentId.CreateDeclarationId(type) is { } typeId && _entries.Contains(typeId));
    }

    /// <summary>Some compilers write a method's return type after <c>~</c> in its ID; the ID users copy from docs has none.</summary>
    private static string WithoutReturnType(string id)
    {
        var tilde = id.IndexOf('~');
        return tilde < 0 ? id : id.Substring(0, tilde);
    }
}
