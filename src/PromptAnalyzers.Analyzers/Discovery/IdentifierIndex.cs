using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The identifiers a syntax tree's text contains, as sorted 32-bit hashes, and the same per method declaration. Built once
/// per tree from its text (no syntax walk, no binding) and kept while the tree lives: unchanged trees are the same objects
/// in every IDE snapshot, so a keystroke rebuilds only the edited document's index.
/// <para>
/// Used by <see cref="PromptRelevance"/> to leave alone, without binding them, the trees that cannot contain a prompt. A hash
/// collision can only make a tree look relevant (more work, same result), never hide one.
/// </para>
/// <para>
/// Perf: 32-bit hashes, not 64: the index of every tree of a project is kept, and in a compiler process each megabyte
/// allocated costs milliseconds of collections (the benchmark's 1,950 files held 6 MB of 64-bit hashes). A file names a
/// few hundred identifiers and the deciding names are a few thousand, so about one tree in several thousand is bound for
/// nothing because of a collision.
/// </para>
/// </summary>
internal sealed partial class IdentifierIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, IdentifierIndex> Cache = new();

    private readonly SyntaxTree _tree;
    private readonly int[] _hashes;
    private MethodEntry[]? _methods;

    /// <summary>
    /// Answers for the last name sets this tree was matched against. Name sets are interned (<see cref="NameSet.Intern"/>), so
    /// the catalog's entry names and the helper names of each round are the same objects from one snapshot to the next and
    /// an unchanged tree answers from here.
    /// </summary>
    private CodeUnit[]? _units;
    private SmallCache<bool> _matches;
    private SmallCache<int[]> _helpers;

    private IdentifierIndex(SyntaxTree tree, int[] hashes)
    {
        _tree = tree;
        _hashes = hashes;
    }

    /// <summary>A method-like declaration a prompt can be passed through: its name as callers spell it and the identifiers of its body.</summary>
    internal readonly struct MethodEntry
    {
        public MethodEntry(int name, int[] identifiers)
        {
            Name = name;
            Identifiers = identifiers;
        }

        public int Name { get; }

        public int[] Identifiers { get; }
    }

    /// <summary>The index of a tree, built once and cached for the tree's lifetime.</summary>
    public static IdentifierIndex For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var index))
        {
            return index;
        }

        var text = tree.GetText(cancellationToken);
        var created = new IdentifierIndex(tree, Scan(text, 0, text.Length, cancellationToken));
        return Cache.GetValue(tree, _ => created);
    }

    /// <summary>True when the tree mentions any of <paramref name="names"/> as an identifier (or in text spelled like one).</summary>
    public bool ContainsAny(NameSet names)
    {
        if (_matches.TryGet(names, out var cached))
        {
            return cached;
        }

        var result = Intersects(_hashes, names.Hashes);
        _matches.Add(names, result);
        return result;
    }

    /// <summary>True when the tree mentions <paramref name="name"/> as an identifier (or in text spelled like one).</summary>
    public bool Contains(string name) => BinarySearch(_hashes, Hash(name));

    /// <summary>The tree's identifiers (sorted hashes).</summary>
    public int[] Hashes => _hashes;

    /// <summary>
    /// Names of this tree's method-like declarations whose body names any of <paramref name="names"/>; the answer for the last
    /// set asked (the catalog's entry names, the same object across snapshots) is kept.
    /// </summary>
    public int[] HelpersOf(NameSet names, CancellationToken cancellationToken)
    {
        if (_helpers.TryGet(names, out var cached))
        {
            return cached;
        }

        var helpers = new List<int>();
        foreach (var method in Methods(cancellationToken))
        {
            if (Intersects(method.Identifiers, names.Hashes))
            {
                helpers.Add(method.Name);
            }
        }

        var result = helpers.ToArray();
        _helpers.Add(names, result);
        return result;
    }

    /// <summary>The tree's method-like declarations that take parameters (methods, constructors, types with primary constructors).</summary>
    public MethodEntry[] Methods(CancellationToken cancellationToken)
    {
        if (_methods is { } methods)
        {
            return methods;
        }

        // From the units, so that a tree is not scanned again: a method or constructor is its own unit; a type with a
        // primary constructor passes its parameters to all its members.
        var units = Units(cancellationToken);
        var list = new List<MethodEntry>();
        foreach (var unit in units)
        {
            switch (unit.Nodes[0])
            {
                case MethodDeclarationSyntax { ParameterList.Parameters.Count: > 0 } method:
                    list.Add(new MethodEntry(Hash(method.Identifier.ValueText), unit.Identifiers));
                    break;
                case ConstructorDeclarationSyntax { ParameterList.Parameters.Count: > 0 } constructor:
                    list.Add(new MethodEntry(Hash(constructor.Identifier.ValueText), unit.Identifiers)); // Callers write new Type(...).
                    break;
            }
        }

        foreach (var node in _tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is TypeDeclarationSyntax { ParameterList.Parameters.Count: > 0 } type)
            {
                var identifiers = new List<int>();
                foreach (var unit in units)
                {
                    if (type.Span.Contains(unit.Nodes[0].Span))
                    {
                        identifiers.AddRange(unit.Identifiers);
                    }
                }

                list.Add(new MethodEntry(Hash(type.Identifier.ValueText), NameSet.FromHashes(identifiers).Hashes));
            }
        }

        methods = list.ToArray();
        _methods = methods;
        return methods;
    }

    /// <summary>
    /// The tree's code in the units it is bound in: each member of a type (method, constructor, property, field, event...), the
    /// base list of a type with a primary constructor, and all top-level statements together; with their identifiers and the
    /// names they declare (a field's variables, a property's name). Discovery binds only the units that name something
    /// relevant, so a document with a few prompts among many ordinary members binds those few.
    /// </summary>
    public CodeUnit[] Units(CancellationToken cancellationToken)
    {
        if (_units is { } units)
        {
            return units;
        }

        var text = _tree.GetText(cancellationToken);
        var list = new List<CodeUnit>();
        var globals = new List<SyntaxNode>();
        var root = _tree.GetRoot(cancellationToken);
        AddUnits(root, text, list, globals, cancellationToken);
        if (globals.Count > 0)
        {
            var identifiers = new List<int>();
            foreach (var statement in globals)
            {
                identifiers.AddRange(Scan(text, statement.SpanStart, statement.Span.End, cancellationToken));
            }

            list.Add(new CodeUnit(globals.ToArray(), NameSet.FromHashes(identifiers).Hashes, Array.Empty<int>()));
        }

        units = list.ToArray();
        _units = units;
        return units;
    }

    private static void AddUnits(SyntaxNode container, SourceText text, List<CodeUnit> units, List<SyntaxNode> globals, CancellationToken cancellationToken)
    {
        foreach (var child in container.ChildNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case GlobalStatementSyntax statement:
                    globals.Add(statement);
                    break;
                case BaseNamespaceDeclarationSyntax:
                    AddUnits(child, text, units, globals, cancellationToken);
                    break;
                case TypeDeclarationSyntax type:
                    if (type.BaseList is { } baseList && baseList.Types.Any(t => t is PrimaryConstructorBaseTypeSyntax))
                    {
                        units.Add(Unit(baseList, text, Array.Empty<int>(), cancellationToken));
                    }

                    AddUnits(type, text, units, globals, cancellationToken);
                    break;
                case BaseFieldDeclarationSyntax field:
                    var names = new int[field.Declaration.Variables.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = Hash(field.Declaration.Variables[i].Identifier.ValueText);
                    }

                    units.Add(Unit(field, text, names, cancellationToken));
                    break;
                case PropertyDeclarationSyntax property:
                    units.Add(Unit(property, text, new[] { Hash(property.Identifier.ValueText) }, cancellationToken));
                    break;
                case MemberDeclarationSyntax member when member is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax):
                    units.Add(Unit(member, text, Array.Empty<int>(), cancellationToken));
                    break;
            }
        }
    }

    private static CodeUnit Unit(SyntaxNode node, SourceText text, int[] declares, CancellationToken cancellationToken)
        => new(new[] { node }, Scan(text, node.SpanStart, node.Span.End, cancellationToken), declares);

    /// <summary>True when two sorted arrays share an element: a merge when they are of similar size, else binary searches.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    internal static bool Intersects(int[] sorted, int[] names)
    {
        if (sorted.Length == 0 || names.Length == 0)
        {
            return false;
        }

        if (names.Length * 8 < sorted.Length)
        {
            foreach (var name in names)
            {
                if (BinarySearch(sorted, name))
                {
                    return true;
                }
            }

            return false;
        }

        int i = 0, j = 0;
        while (i < sorted.Length && j < names.Length)
        {
            var a = sorted[i];
            var b = names[j];
            if (a == b)
            {
                return true;
            }

            if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    internal static bool BinarySearch(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var current = sorted[middle];
            if (current == value)
            {
                return true;
            }

            if (current < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>32-bit FNV-1a of an identifier's characters.</summary>
    public static int Hash(string name)
    {
        var hash = Offset;
        foreach (var c in name)
        {
            hash = (hash ^ c) * Prime;
        }

        return unchecked((int)hash);
    }

    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>
    /// The hash of a name used as an assignment target (<c>Instructions = ...</c>), kept apart from the plain name so that
    /// property sinks with common names (System, Text, Content) match only where something is assigned to them.
    /// </summary>
    public static int AssignedHash(string name) => Assigned(Hash(name));

    private static int Assigned(int hash) => hash ^ 0x5bd1e995;
}

/// <summary>A piece of a tree bound as a whole (see <see cref="IdentifierIndex.Units"/>).</summary>
internal sealed class CodeUnit
{
    public CodeUnit(SyntaxNode[] nodes, int[] identifiers, int[] declares)
    {
        Nodes = nodes;
        Identifiers = identifiers;
        Declares = declares;
    }

    /// <summary>The member or statement nodes bound together as one unit.</summary>
    public SyntaxNode[] Nodes { get; }

    /// <summary>Sorted hashes of every identifier the unit mentions.</summary>
    public int[] Identifiers { get; }

    /// <summary>Sorted hashes of the names the unit declares (its methods, fields, properties).</summary>
    public int[] Declares { get; }
}

/// <summary>A set of identifier names, as the sorted hashes <see cref="IdentifierIndex"/> compares against.</summary>
internal sealed class NameSet
{
    public static readonly NameSet Empty = new(Array.Empty<int>());

    private NameSet(int[] hashes)
    {
        Hashes = hashes;
    }

    /// <summary>The names' hashes, sorted for binary search.</summary>
    public int[] Hashes { get; }

    public bool IsEmpty => Hashes.Length == 0;

    /// <summary>The set of <paramref name="names"/>; <paramref name="assignedNames"/> match only where assigned ("Instructions = ...").</summary>
    public static NameSet From(IEnumerable<string> names, IEnumerable<string>? assignedNames = null)
    {
        var hashes = new List<int>();
        foreach (var name in names)
        {
            if (!string.IsNullOrEmpty(name))
            {
                hashes.Add(IdentifierIndex.Hash(name));
            }
        }

        foreach (var name in assignedNames ?? Array.Empty<string>())
        {
            if (!string.IsNullOrEmpty(name))
            {
                hashes.Add(IdentifierIndex.AssignedHash(name));
            }
        }

        return FromHashes(hashes);
    }

    /// <summary>
    /// The set of <paramref name="hashes"/>, sorted, each once. Perf: sorted by <see cref="HashSort"/> and made distinct in
    /// place; LINQ's Distinct and Array.Sort of longs were JIT-compiled on first use, 15 of a first catalog's 47 ms.
    /// </summary>
    public static NameSet FromHashes(IEnumerable<int> hashes)
    {
        var array = hashes.ToArray();
        if (array.Length == 0)
        {
            return Empty;
        }

        HashSort.Sort(array);
        var count = 1;
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i] != array[count - 1])
            {
                array[count++] = array[i];
            }
        }

        if (count < array.Length)
        {
            Array.Resize(ref array, count);
        }

        return new NameSet(array);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NameSet> Interned = new();

    /// <summary>The one <see cref="NameSet"/> object for these names while it is in use (see <see cref="IdentifierIndex"/>'s caches).</summary>
    public static NameSet Intern(IEnumerable<int> hashes)
    {
        var set = FromHashes(hashes);
        var key = new System.Text.StringBuilder(set.Hashes.Length * 8);
        foreach (var hash in set.Hashes)
        {
            key.Append(hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Interned.Count > 256)
        {
            Interned.Clear();
        }

        return Interned.GetOrAdd(key.ToString(), set);
    }

    public bool Contains(int hash) => IdentifierIndex.BinarySearch(Hashes, hash);
}


/// <summary>A few answers keyed by name-set identity; immutable nodes, so readers never lock and a lost race only recomputes.</summary>
/// <remarks>
/// Perf: a list of immutable nodes, newest first, rather than an array copied on every answer added: each tree of a project
/// is asked against several name sets in its first analysis, and the copies were 1.4 MB of the benchmark's cold round.
/// </remarks>
internal struct SmallCache<TValue>
{
    private const int Capacity = 8;

    private Node? _head;

    // Perf: asked for every tree of the compilation and every name set; compiled optimized at its first call, as tiering did
    // not promote it during a large compilation's first analysis (2026-12-07 profile).
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public bool TryGet(NameSet key, out TValue value)
    {
        for (var node = Volatile.Read(ref _head); node is not null; node = node.Next)
        {
            if (ReferenceEquals(node.Key, key))
            {
                value = node.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Add(NameSet key, TValue value)
    {
        var head = Volatile.Read(ref _head);
        if (head is not null && head.Count >= Capacity)
        {
            head = Keep(head, Capacity / 2); // The older half goes, so a full cache copies nodes once every few answers.
        }

        Volatile.Write(ref _head, new Node(key, value, head));
    }

    /// <summary>The first <paramref name="count"/> nodes of <paramref name="node"/>'s list, as a new list.</summary>
    private static Node? Keep(Node? node, int count)
        => node is null || count == 0 ? null : new Node(node.Key, node.Value, Keep(node.Next, count - 1));

    private sealed class Node
    {
        public Node(NameSet key, TValue value, Node? next)
        {
            Key = key;
            Value = value;
            Next = next;
            Count = next is null ? 1 : next.Count + 1;
        }

        public NameSet Key { get; }

        public TValue Value { get; }

        public Node? Next { get; }

        /// <summary>The nodes in the list from this one.</summary>
        public int Count { get; }
    }
}
