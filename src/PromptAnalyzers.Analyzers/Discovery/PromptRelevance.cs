using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Which syntax trees of a compilation can contain a prompt site, decided from their text alone so that the others are
/// never bound or walked by the prompt rules. A tree is relevant when it names an entry point of a referenced SDK (a sink
/// method, constructor type or property, a type text converts into, a method taking such a type or a request body), a
/// global alias of one, a declared prompt method, or a prompt helper: a method declared in a relevant tree, taking
/// parameters, whose body names any of these (followed as deep as discovery follows helpers).
/// <para>
/// The test is by name, so it errs on the side of looking: a tree that only mentions a name (in a comment, a string, an
/// unrelated member) is analysed as before. What it cannot see is a prompt built in a tree that names none of these,
/// e.g. <c>history.Add("...")</c> on a list of OpenAI messages declared in another file with no SDK name in this one.
/// </para>
/// </summary>
internal sealed class PromptRelevance
{
    private readonly HashSet<SyntaxTree> _relevant;
    private readonly NameSet _posting;

    /// <summary>The compilation's trees in order, to tell which trees the next snapshot replaced (see <see cref="TryReuse"/>).</summary>
    private readonly SyntaxTree[] _trees;

    /// <summary>Every name whose presence in a tree can change the answer: <see cref="Names"/> and the posting and schema names.</summary>
    private readonly int[] _deciding;

    /// <summary>The global aliases of entry points, by the tree that declares them (only trees that declare any).</summary>
    private readonly Dictionary<SyntaxTree, int[]> _globalAliases;

    private readonly SinkCatalog _catalog;
    private readonly int _maxHelperDepth;

    private PromptRelevance(HashSet<SyntaxTree> relevant, NameSet names, NameSet posting, SyntaxTree[] trees, Dictionary<SyntaxTree, int[]> globalAliases, SinkCatalog catalog, int maxHelperDepth, long reusedFrom, int[]? deciding = null)
    {
        _relevant = relevant;
        Names = names;
        _posting = posting;
        _trees = trees;
        _globalAliases = globalAliases;
        _catalog = catalog;
        _maxHelperDepth = maxHelperDepth;
        ReusedFrom = reusedFrom;
        Id = Interlocked.Increment(ref _lastId);
        // Perf: an answer carried over has the same names, so it takes the deciding names along instead of sorting them again on every keystroke.
        _deciding = deciding ?? NameSet.FromHashes(names.Hashes.Concat(posting.Hashes).Concat(PostingNames.Hashes).Concat(SchemaNames.Hashes)).Hashes;
    }

    /// <summary>Every name that makes a tree relevant, helpers included.</summary>
    public NameSet Names { get; }

    private static long _lastId;

    /// <summary>Tells answers apart (for tests).</summary>
    internal long Id { get; }

    /// <summary>The <see cref="Id"/> of the earlier answer this one was carried over from; 0 when computed from every tree. (Not the answer itself: a chain of answers would keep every snapshot's trees alive.)</summary>
    internal long ReusedFrom { get; }

    /// <summary>The relevant trees (for tests).</summary>
    internal IReadOnlyCollection<SyntaxTree> RelevantTrees => _relevant;

    /// <summary>The names of the methods that post request bodies (for tests).</summary>
    internal NameSet PostingMethodNames => _posting;

    /// <summary>True for a method name that posts request bodies by hand: a posting call, or a method whose body names one.</summary>
    public bool IsPostingMethod(string name) => !_posting.IsEmpty && _posting.Contains(IdentifierIndex.Hash(name));

    public bool IsRelevant(SyntaxTree tree) => _relevant.Contains(tree);

    /// <summary>
    /// The relevance of <paramref name="compilation"/>'s trees. Perf: the IDE makes a new compilation for every keystroke, in
    /// which one tree replaced its previous version; when each tree replaced since the project's last answer is equivalent to the one it replaces (<see cref="TryReuse"/>), that answer is carried over instead of matching
    /// every tree of the project again (about 2.6 ms per keystroke in a 2,000-file project).
    /// </summary>
    public static PromptRelevance Compute(Compilation compilation, SinkCatalog catalog, int maxHelperDepth, CancellationToken cancellationToken)
    {
        var trees = compilation.SyntaxTrees.ToArray();
        if (trees.Length == 0)
        {
            return ComputeFromEveryTree(trees, catalog, maxHelperDepth, cancellationToken);
        }

        var (first, last) = (trees[0], trees[trees.Length - 1]);
        foreach (var key in new[] { first, last })
        {
            if (Previous.TryGetValue(key, out var box) && Volatile.Read(ref box.Value) is { } previous
                && previous.TryReuse(trees, catalog, maxHelperDepth, cancellationToken) is { } reused)
            {
                Remember(first, last, reused);
                return reused;
            }
        }

        var computed = ComputeFromEveryTree(trees, catalog, maxHelperDepth, cancellationToken);
        Remember(first, last, computed);
        return computed;
    }

    /// <summary>
    /// The last answer computed for a project, found from its first and last trees: an edit replaces one tree, so at least
    /// one of the two is the same object in the next snapshot. Held by those trees (an ephemeron, not a static list), so it
    /// goes away with the project's trees and never keeps a closed project in memory; it holds the trees of the snapshot it
    /// answered, which are the project's current trees but for the few replaced since.
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<PromptRelevance?>> Previous = new();

    private static void Remember(SyntaxTree first, SyntaxTree last, PromptRelevance relevance)
    {
        Volatile.Write(ref Previous.GetValue(first, _ => new StrongBox<PromptRelevance?>()).Value, relevance);
        Volatile.Write(ref Previous.GetValue(last, _ => new StrongBox<PromptRelevance?>()).Value, relevance);
    }

    /// <summary>The answer computed from every tree, ignoring earlier snapshots.</summary>
    internal static PromptRelevance ComputeFromEveryTree(SyntaxTree[] trees, SinkCatalog catalog, int maxHelperDepth, CancellationToken cancellationToken)
    {
        var entryNames = catalog.EntryNames;
        var indexes = new Dictionary<SyntaxTree, IdentifierIndex>(trees.Length);
        var relevant = new HashSet<SyntaxTree>();
        foreach (var tree in trees)
        {
            var index = IdentifierIndex.For(tree, cancellationToken);
            indexes[tree] = index;
            if (index.ContainsAny(entryNames))
            {
                relevant.Add(tree);
            }
        }

        var names = new HashSet<int>(entryNames.Hashes);
        var globalAliases = new Dictionary<SyntaxTree, int[]>();
        var pending = new HashSet<int>();
        foreach (var tree in relevant)
        {
            var aliases = AliasesOf(tree.GetRoot(cancellationToken), entryNames, globalOnly: true).ToArray();
            if (aliases.Length > 0)
            {
                globalAliases[tree] = aliases;
                pending.UnionWith(aliases);
            }
        }

        // Round 0: methods of relevant trees whose body names an SDK entry point (cached per tree across snapshots).
        foreach (var tree in relevant)
        {
            pending.UnionWith(indexes[tree].HelpersOf(entryNames, cancellationToken));
        }

        var posting = catalog.Http.IsAvailable ? AddPostingTrees(trees, indexes, relevant, names, pending, cancellationToken) : NameSet.Empty;

        // Later rounds: trees that call the helpers found so far, and methods that call those helpers. The round's names are
        // interned, so in the next IDE snapshot the unchanged trees answer from their caches.
        for (var depth = 0; depth <= maxHelperDepth; depth++)
        {
            pending.ExceptWith(names);
            if (pending.Count == 0)
            {
                break;
            }

            names.UnionWith(pending);
            var added = NameSet.Intern(pending);
            pending.Clear();
            foreach (var tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!relevant.Contains(tree) && indexes[tree].ContainsAny(added))
                {
                    relevant.Add(tree);
                }
            }

            foreach (var tree in relevant)
            {
                pending.UnionWith(indexes[tree].HelpersOf(added, cancellationToken));

                // A relevant tree reached only now also declares helpers of SDK entry points.
                pending.UnionWith(indexes[tree].HelpersOf(entryNames, cancellationToken));
            }
        }

        return new PromptRelevance(relevant, NameSet.FromHashes(names), posting, trees, globalAliases, catalog, maxHelperDepth, reusedFrom: 0);
    }

    /// <summary>
    /// This answer for a snapshot whose trees are these ones, when that can be told without matching every tree: the same
    /// number of trees, at most a few replaced, each replacement equivalent to the tree it replaces for every question
    /// <see cref="ComputeFromEveryTree"/> asks. A tree is asked only whether it names one of the deciding names (the answer's
    /// names and the posting and schema names: every set it is matched against is among them), which methods name them (the
    /// helpers), and which global aliases it declares; so two versions of a tree are equivalent when they name the same
    /// deciding names, declare the same methods naming the same deciding names, and the same global aliases. Typing inside a
    /// prompt, a comment or an ordinary statement keeps a tree equivalent; naming an SDK entry point or a helper for the first
    /// time, or declaring a method, does not, and the answer is computed again.
    /// </summary>
    private PromptRelevance? TryReuse(SyntaxTree[] trees, SinkCatalog catalog, int maxHelperDepth, CancellationToken cancellationToken)
    {
        const int MaxReplaced = 4;
        if (!SameQuestions(catalog) || maxHelperDepth != _maxHelperDepth || trees.Length != _trees.Length)
        {
            return null;
        }

        Span<int> replaced = stackalloc int[MaxReplaced];
        var count = 0;
        for (var i = 0; i < trees.Length; i++)
        {
            if (!ReferenceEquals(trees[i], _trees[i]))
            {
                if (count == MaxReplaced)
                {
                    return null;
                }

                replaced[count++] = i;
            }
        }

        if (count == 0 && ReferenceEquals(catalog, _catalog))
        {
            return this;
        }

        for (var k = 0; k < count; k++)
        {
            if (!IsEquivalent(_trees[replaced[k]], trees[replaced[k]], cancellationToken))
            {
                return null;
            }
        }

        var relevant = new HashSet<SyntaxTree>(_relevant);
        var globalAliases = _globalAliases.Count == 0 ? _globalAliases : new Dictionary<SyntaxTree, int[]>(_globalAliases);
        for (var k = 0; k < count; k++)
        {
            var (before, after) = (_trees[replaced[k]], trees[replaced[k]]);
            if (relevant.Remove(before))
            {
                relevant.Add(after);
            }

            if (globalAliases.TryGetValue(before, out var aliases))
            {
                globalAliases.Remove(before);
                globalAliases[after] = aliases;
            }
        }

        return new PromptRelevance(relevant, Names, _posting, trees, globalAliases, catalog, maxHelperDepth, reusedFrom: Id, _deciding);
    }

    /// <summary>
    /// True when <paramref name="catalog"/> asks the trees what this answer's catalog asked: the same entry names and the same
    /// posting check. Usually the same object (shared across snapshots); an equal one when the shared catalog was evicted
    /// and built again for the same references.
    /// </summary>
    private bool SameQuestions(SinkCatalog catalog)
        => ReferenceEquals(catalog, _catalog)
        || (catalog.Http.IsAvailable == _catalog.Http.IsAvailable && catalog.EntryNames.Hashes.AsSpan().SequenceEqual(_catalog.EntryNames.Hashes));

    private bool IsEquivalent(SyntaxTree before, SyntaxTree after, CancellationToken cancellationToken)
    {
        var old = IdentifierIndex.For(before, cancellationToken);
        var index = IdentifierIndex.For(after, cancellationToken);
        if (!SameWithin(old.Hashes, index.Hashes, _deciding))
        {
            return false;
        }

        // Methods are asked for their helpers only in relevant trees and in trees that name a posting call.
        if (_relevant.Contains(before) || old.ContainsAny(PostingNames))
        {
            var oldMethods = old.Methods(cancellationToken);
            var methods = index.Methods(cancellationToken);
            if (oldMethods.Length != methods.Length)
            {
                return false;
            }

            for (var i = 0; i < methods.Length; i++)
            {
                if (oldMethods[i].Name != methods[i].Name || !SameWithin(oldMethods[i].Identifiers, methods[i].Identifiers, _deciding))
                {
                    return false;
                }
            }
        }

        // Global aliases are read in the trees that name an entry point (the same in both versions, by the check above).
        if (old.ContainsAny(_catalog.EntryNames))
        {
            var oldAliases = _globalAliases.TryGetValue(before, out var kept) ? kept : Array.Empty<int>();
            if (!oldAliases.SequenceEqual(AliasesOf(after.GetRoot(cancellationToken), _catalog.EntryNames, globalOnly: true)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when two sorted arrays hold the same elements among <paramref name="within"/> (sorted too).</summary>
    internal static bool SameWithin(int[] a, int[] b, int[] within)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            // The smaller of the two heads is in one array only.
            var only = j >= b.Length || (i < a.Length && a[i] < b[j]) ? a[i++] : b[j++];
            if (IdentifierIndex.BinarySearch(within, only))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Names of the calls and contents that post a body by hand (<see cref="HttpBodyTypes.EntryNames"/>).</summary>
    private static readonly NameSet PostingNames = NameSet.From(HttpBodyTypes.EntryNames);

    /// <summary>Member names of the LLM request schemas (<see cref="HttpBodyTypes.SchemaNames"/>).</summary>
    private static readonly NameSet SchemaNames = NameSet.From(HttpBodyTypes.SchemaNames);

    /// <summary>
    /// Trees that post a request body by hand: posting is common in code that never calls an LLM, so a tree is relevant only
    /// when it names a posting call or content (or a method that posts what it is given: <c>client.PostChatAsync(body)</c>)
    /// together with a member name of an LLM request schema (<c>messages</c>, <c>contents</c>, <c>prompt</c>...). Their methods
    /// that post become helpers, followed like the others.
    /// </summary>
    private static NameSet AddPostingTrees(SyntaxTree[] trees, Dictionary<SyntaxTree, IdentifierIndex> indexes, HashSet<SyntaxTree> relevant, HashSet<int> names, HashSet<int> pending, CancellationToken cancellationToken)
    {
        var posters = new HashSet<int>(PostingNames.Hashes);
        foreach (var tree in trees)
        {
            if (indexes[tree].ContainsAny(PostingNames))
            {
                posters.UnionWith(indexes[tree].HelpersOf(PostingNames, cancellationToken));
            }
        }

        var posting = NameSet.Intern(posters);
        names.UnionWith(posting.Hashes);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (indexes[tree].ContainsAny(posting) && indexes[tree].ContainsAny(SchemaNames))
            {
                relevant.Add(tree);
                pending.UnionWith(indexes[tree].HelpersOf(posting, cancellationToken));
            }
        }

        return posting;
    }

    /// <summary>The names of the using aliases in <paramref name="root"/> whose target names any of <paramref name="names"/>.</summary>
    internal static IEnumerable<int> AliasesOf(SyntaxNode root, NameSet names, bool globalOnly)
    {
        foreach (var directive in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
        {
            if (directive.Alias is { } alias && directive.Name is { } target
                && (!globalOnly || directive.GlobalKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GlobalKeyword))
                && target.DescendantTokens().Any(t => names.Contains(IdentifierIndex.Hash(t.ValueText))))
            {
                yield return IdentifierIndex.Hash(alias.Name.Identifier.ValueText);
            }
        }
    }

    /// <summary>The simple method names a prompt_analyzers.prompt_methods value declares.</summary>
    public static NameSet DeclaredMethodNames(string promptMethods)
        => string.IsNullOrWhiteSpace(promptMethods) ? NameSet.Empty : NameSet.From(DeclaredPromptMethods.MethodNames(promptMethods));
}
