using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Reuses a <see cref="SinkCatalog"/> across compilations that share their references. The IDE creates a new compilation
/// for every keystroke; resolving some 70 SDK types by metadata name costs about 13 ms each time, while the metadata
/// symbols themselves are shared by compilations whose references are the same objects. A catalog is reused only when
/// the references are identical, when it resolved no type from source, and when the new compilation hands out the very
/// same assembly symbol for the catalog's anchor reference (proof that its symbols are the new compilation's too).
/// </summary>
internal static class SinkCatalogCache
{
    private const int Capacity = 8;

    private static readonly object Gate = new();
    private static ImmutableList<Entry> _entries = ImmutableList<Entry>.Empty;

    private sealed class Entry
    {
        public Entry(ImmutableArray<MetadataReference> references, SinkCatalog catalog, MetadataReference? anchorReference, ISymbol? anchorAssembly)
        {
            References = references;
            Catalog = catalog;
            AnchorReference = anchorReference;
            AnchorAssembly = anchorAssembly;
        }

        public ImmutableArray<MetadataReference> References { get; }

        public SinkCatalog Catalog { get; }

        public MetadataReference? AnchorReference { get; }

        public ISymbol? AnchorAssembly { get; }
    }

    public static SinkCatalog GetOrCreate(Compilation compilation)
    {
        var references = compilation.References.ToImmutableArray();
        foreach (var entry in _entries)
        {
            if (Matches(entry, references, compilation))
            {
                return entry.Catalog;
            }
        }

        var catalog = SinkCatalog.Create(compilation);
        if (catalog.HasSourceTypes)
        {
            return catalog; // Types declared in this compilation's source are its own: nothing to share.
        }

        var anchorAssembly = catalog.AnchorAssembly;
        var anchorReference = anchorAssembly is null ? null : compilation.GetMetadataReference(anchorAssembly);
        if (anchorAssembly is not null && anchorReference is null)
        {
            return catalog;
        }

        lock (Gate)
        {
            var entries = _entries.Insert(0, new Entry(references, catalog, anchorReference, anchorAssembly));
            _entries = entries.Count > Capacity ? entries.RemoveAt(entries.Count - 1) : entries;
        }

        return catalog;
    }

    private static bool Matches(Entry entry, ImmutableArray<MetadataReference> references, Compilation compilation)
    {
        if (entry.References.Length != references.Length)
        {
            return false;
        }

        for (var i = 0; i < references.Length; i++)
        {
            if (!ReferenceEquals(entry.References[i], references[i]))
            {
                return false;
            }
        }

        if (entry.AnchorReference is not null && !ReferenceEquals(compilation.GetAssemblyOrModuleSymbol(entry.AnchorReference), entry.AnchorAssembly))
        {
            return false;
        }

        // The new compilation's own source may declare a type with an SDK name (a shim, a test stand-in): then it
        // resolves differently and needs its own catalog. Perf: the source assembly's set of declared type names is kept
        // by the compiler across snapshots, so a simple-name lookup costs almost nothing; only a name declared in source
        // is looked up by its metadata name (that builds the snapshot's merged declarations: done for all 70 names, it
        // costs 3 ms per keystroke).
        var declared = compilation.Assembly.TypeNames;
        for (var i = 0; i < SimpleTypeNames.Length; i++)
        {
            if (declared.Contains(SimpleTypeNames[i]) && compilation.Assembly.GetTypeByMetadataName(SinkCatalog.AllTypeNames[i]) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The simple name (no namespace, containing type or arity) of each of <see cref="SinkCatalog.AllTypeNames"/>.</summary>
    private static readonly ImmutableArray<string> SimpleTypeNames = SinkCatalog.AllTypeNames.Select(SimpleName).ToImmutableArray();

    internal static string SimpleName(string metadataName)
    {
        var start = metadataName.LastIndexOfAny(new[] { '.', '+' }) + 1;
        var arity = metadataName.IndexOf('`', start);
        return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
    }
}
