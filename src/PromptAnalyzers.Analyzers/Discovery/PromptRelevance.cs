using System;
using System.Collections.Generic;
using System.Linq;
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

    private PromptRelevance(HashSet<SyntaxTree> relevant, NameSet names, NameSet posting)
    {
        _relevant = relevant;
        Names = names;
        _posting = posting;
    }

    private readonly NameSet _posting;

    /// <summary>Every name that makes a tree relevant, helpers included.</summary>
    public NameSet Names { get; }

    /// <summary>True for a method name that posts request bodies by hand: a posting call, or a method whose body names one.</summary>
    public bool IsPostingMethod(string name) => !_posting.IsEmpty && _posting.Contains(IdentifierIndex.Hash(name));

    public bool IsRelevant(SyntaxTree tree) => _relevant.Contains(tree);

    public static PromptRelevance Compute(Compilation compilation, SinkCatalog catalog, int maxHelperDepth, CancellationToken cancellationToken)
    {
        var entryNames = catalog.EntryNames;
        var trees = compilation.SyntaxTrees.ToList();
        var indexes = new Dictionary<SyntaxTree, IdentifierIndex>(trees.Count);
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

        var names = new HashSet<long>(entryNames.Hashes);
        var pending = new HashSet<long>(GlobalAliases(relevant, entryNames, cancellationToken));

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

        return new PromptRelevance(relevant, NameSet.FromHashes(names), posting);
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
    private static NameSet AddPostingTrees(List<SyntaxTree> trees, Dictionary<SyntaxTree, IdentifierIndex> indexes, HashSet<SyntaxTree> relevant, HashSet<long> names, HashSet<long> pending, CancellationToken cancellationToken)
    {
        var posters = new HashSet<long>(PostingNames.Hashes);
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

    /// <summary><c>global using Msg = OpenAI.Chat.SystemChatMessage;</c> lets every file write the alias alone.</summary>
    private static IEnumerable<long> GlobalAliases(HashSet<SyntaxTree> relevant, NameSet entryNames, CancellationToken cancellationToken)
    {
        foreach (var tree in relevant)
        {
            foreach (var alias in AliasesOf(tree.GetRoot(cancellationToken), entryNames, globalOnly: true))
            {
                yield return alias;
            }
        }
    }

    /// <summary>The names of the using aliases in <paramref name="root"/> whose target names any of <paramref name="names"/>.</summary>
    internal static IEnumerable<long> AliasesOf(SyntaxNode root, NameSet names, bool globalOnly)
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
