using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The identifiers a syntax tree's text contains, as sorted 64-bit hashes, and the same per method declaration. Built once
/// per tree from its text (no syntax walk, no binding) and kept while the tree lives: unchanged trees are the same objects
/// in every IDE snapshot, so a keystroke rebuilds only the edited document's index.
/// <para>
/// Used by <see cref="PromptRelevance"/> to leave alone, without binding them, the trees that cannot contain a prompt. A hash
/// collision can only make a tree look relevant (more work, same result), never hide one.
/// </para>
/// </summary>
internal sealed class IdentifierIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, IdentifierIndex> Cache = new();

    private readonly SyntaxTree _tree;
    private readonly long[] _hashes;
    private MethodEntry[]? _methods;

    /// <summary>The last name set this tree was matched against and the answer (the catalog's entry names, reused across snapshots).</summary>
    private Tuple<NameSet, bool>? _lastMatch;
    private Tuple<NameSet, long[]>? _lastHelpers;

    private IdentifierIndex(SyntaxTree tree, long[] hashes)
    {
        _tree = tree;
        _hashes = hashes;
    }

    /// <summary>A method-like declaration a prompt can be passed through: its name as callers spell it and the identifiers of its body.</summary>
    internal readonly struct MethodEntry
    {
        public MethodEntry(long name, long[] identifiers)
        {
            Name = name;
            Identifiers = identifiers;
        }

        public long Name { get; }

        public long[] Identifiers { get; }
    }

    public static IdentifierIndex For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var index))
        {
            return index;
        }

        var text = tree.GetText(cancellationToken);
        var created = new IdentifierIndex(tree, Scan(text, new TextSpan(0, text.Length), cancellationToken));
        return Cache.GetValue(tree, _ => created);
    }

    /// <summary>True when the tree mentions any of <paramref name="names"/> as an identifier (or in text spelled like one).</summary>
    public bool ContainsAny(NameSet names)
    {
        var last = _lastMatch;
        if (last is not null && ReferenceEquals(last.Item1, names))
        {
            return last.Item2;
        }

        var result = Intersects(_hashes, names.Hashes);
        _lastMatch = Tuple.Create(names, result);
        return result;
    }

    /// <summary>The tree's identifiers (sorted hashes).</summary>
    public long[] Hashes => _hashes;

    /// <summary>
    /// Names of this tree's method-like declarations whose body names any of <paramref name="names"/>; the answer for the last
    /// set asked (the catalog's entry names, the same object across snapshots) is kept.
    /// </summary>
    public long[] HelpersOf(NameSet names, CancellationToken cancellationToken)
    {
        var last = _lastHelpers;
        if (last is not null && ReferenceEquals(last.Item1, names))
        {
            return last.Item2;
        }

        var helpers = new List<long>();
        foreach (var method in Methods(cancellationToken))
        {
            if (Intersects(method.Identifiers, names.Hashes))
            {
                helpers.Add(method.Name);
            }
        }

        var result = helpers.ToArray();
        _lastHelpers = Tuple.Create(names, result);
        return result;
    }

    /// <summary>The tree's method-like declarations that take parameters (methods, constructors, types with primary constructors).</summary>
    public MethodEntry[] Methods(CancellationToken cancellationToken)
    {
        if (_methods is { } methods)
        {
            return methods;
        }

        var text = _tree.GetText(cancellationToken);
        var list = new List<MethodEntry>();
        foreach (var node in _tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            SyntaxToken name;
            switch (node)
            {
                case MethodDeclarationSyntax { ParameterList.Parameters.Count: > 0 } method:
                    name = method.Identifier;
                    break;
                case ConstructorDeclarationSyntax { ParameterList.Parameters.Count: > 0 } constructor:
                    name = constructor.Identifier; // Callers write new Type(...).
                    break;
                case TypeDeclarationSyntax { ParameterList.Parameters.Count: > 0 } type:
                    name = type.Identifier; // A primary constructor.
                    break;
                default:
                    continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            list.Add(new MethodEntry(Hash(name.ValueText), Scan(text, node.Span, cancellationToken)));
        }

        methods = list.ToArray();
        _methods = methods;
        return methods;
    }

    internal static bool Intersects(long[] sorted, long[] names)
    {
        if (sorted.Length == 0 || names.Length == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (Array.BinarySearch(sorted, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>64-bit FNV-1a of an identifier's characters.</summary>
    public static long Hash(string name)
    {
        var hash = Offset;
        foreach (var c in name)
        {
            hash = (hash ^ c) * Prime;
        }

        return unchecked((long)hash);
    }

    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Hashes every identifier-like run of characters in <paramref name="span"/>; sorted, distinct.</summary>
    internal static long[] Scan(SourceText text, TextSpan span, CancellationToken cancellationToken)
    {
        var found = new HashSet<long>();
        var buffer = new char[Math.Min(span.Length, 8192)];
        var inIdentifier = false;
        var hash = Offset;
        for (var chunkStart = span.Start; chunkStart < span.End; chunkStart += buffer.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(buffer.Length, span.End - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, length);
            for (var i = 0; i < length; i++)
            {
                var c = buffer[i];
                if (IsIdentifierPart(c) && (inIdentifier || !IsDigit(c)))
                {
                    if (!inIdentifier)
                    {
                        inIdentifier = true;
                        hash = Offset;
                    }

                    hash = (hash ^ c) * Prime;
                }
                else if (inIdentifier)
                {
                    found.Add(unchecked((long)hash));
                    inIdentifier = false;
                }
            }
        }

        if (inIdentifier)
        {
            found.Add(unchecked((long)hash));
        }

        var result = new long[found.Count];
        found.CopyTo(result);
        Array.Sort(result);
        return result;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentifierPart(char c)
        => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'
           || (c > 127 && SyntaxFacts.IsIdentifierPartCharacter(c));
}

/// <summary>A set of identifier names, as the sorted hashes <see cref="IdentifierIndex"/> compares against.</summary>
internal sealed class NameSet
{
    public static readonly NameSet Empty = new(Array.Empty<long>());

    private NameSet(long[] hashes)
    {
        Hashes = hashes;
    }

    public long[] Hashes { get; }

    public bool IsEmpty => Hashes.Length == 0;

    public static NameSet From(IEnumerable<string> names)
    {
        var hashes = new HashSet<long>();
        foreach (var name in names)
        {
            if (!string.IsNullOrEmpty(name))
            {
                hashes.Add(IdentifierIndex.Hash(name));
            }
        }

        return FromHashes(hashes);
    }

    public static NameSet FromHashes(IEnumerable<long> hashes)
    {
        var array = new HashSet<long>(hashes).ToArrayCompat();
        Array.Sort(array);
        return new NameSet(array);
    }

    public bool Contains(long hash) => Array.BinarySearch(Hashes, hash) >= 0;
}

internal static class HashSetExtensions
{
    public static long[] ToArrayCompat(this HashSet<long> set)
    {
        var array = new long[set.Count];
        set.CopyTo(array);
        return array;
    }
}
