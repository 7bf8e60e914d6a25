using System.Threading;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// A type of a referenced library, recognised by symbol: looked up by its metadata name the first time a type of the same
/// simple name and arity is compared with it, then kept for the compilation.
/// <para>
/// Perf: every keystroke in an IDE makes a new compilation, so a rule's compilation-start work runs again each time.
/// <c>GetTypeByMetadataName</c> searches every referenced assembly (a dozen lookups per rule; a scratch probe, not kept,
/// timed 0.15-0.6 ms each on the benchmark compilation), while most documents never compare a symbol with most of these types. The name check costs nothing and
/// leaves the answer exact: a type of another name cannot be this one.
/// </para>
/// </summary>
internal sealed class KnownType
{
    private readonly Compilation _compilation;
    private readonly string _metadataName;
    private readonly string _name;
    private readonly int _arity;
    private INamedTypeSymbol? _symbol;
    private int _resolved;

    public KnownType(Compilation compilation, string metadataName)
    {
        _compilation = compilation;
        _metadataName = metadataName;
        _name = SinkCatalogCache.SimpleName(metadataName);
        var tick = metadataName.LastIndexOf('`');
        _arity = tick < 0 ? 0 : int.Parse(metadataName.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The type, or null when the compilation does not reference it (or references it twice).</summary>
    public INamedTypeSymbol? Symbol
    {
        get
        {
            if (Volatile.Read(ref _resolved) == 0)
            {
                // Two threads may both look it up: the answer is the same, and the lookup has no side effect.
                _symbol = _compilation.GetTypeByMetadataName(_metadataName);
                Volatile.Write(ref _resolved, 1);
            }

            return _symbol;
        }
    }

    /// <summary>True when <paramref name="type"/> (or its generic definition) is this type.</summary>
    public bool Is(ITypeSymbol? type)
        => type is not null
            && type.Name == _name
            && (type is INamedTypeSymbol named ? named.Arity : 0) == _arity
            && Symbol is { } symbol
            && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbol);

    /// <summary>True when a base type of <paramref name="type"/> (not the type itself) is this type.</summary>
    public bool IsBaseOf(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (Is(current))
            {
                return true;
            }
        }

        return false;
    }
}
