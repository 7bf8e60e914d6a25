using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// The values written to each field and property of the user's types (initializers and assignments in the declarations of
/// the member's type), bound once per compilation and shared by every document run of PA4001.
/// <para>
/// Perf: finding them walks every declaration of the type and binds each assignment that names the member; done per
/// query, that walk was a fifth of PA4001's time on the benchmark compilation (the same members are read in many
/// documents). Only what the code says is kept, not what a trace concluded from it, so results do not depend on which
/// document asked first. One instance per compilation (created at compilation start): nothing outlives it.
/// </para>
/// </summary>
internal sealed class MemberWrites
{
    private readonly PromptDiscovery _discovery;
    private readonly int _limit;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation?>> _writes = new(SymbolEqualityComparer.Default);

    /// <summary>Per declaration of a type: the nodes that may write each name, in text order (<see cref="WriteCandidates"/>).</summary>
    private readonly ConcurrentDictionary<SyntaxNode, Dictionary<string, List<SyntaxNode>>> _candidates = new();

    /// <summary>The same, for members only a constructor or an initializer can write (<see cref="IsWrittenOnlyAtConstruction"/>).</summary>
    private readonly ConcurrentDictionary<SyntaxNode, Dictionary<string, List<SyntaxNode>>> _constructionCandidates = new();

    /// <param name="limit">How many writes a caller follows at most: one more is kept, to tell "more than that" apart.</param>
    public MemberWrites(PromptDiscovery discovery, int limit)
    {
        _discovery = discovery;
        _limit = limit;
    }

    /// <summary>
    /// The written values of <paramref name="member"/> in text order, declaration by declaration, as operations (null where
    /// a value has none). At most one more than the limit; the list ends early at a declaration in a tree outside the
    /// compilation, where nothing after it can be followed.
    /// </summary>
    public ImmutableArray<IOperation?> Of(ISymbol member, CancellationToken cancellationToken)
    {
        if (_writes.TryGetValue(member, out var known))
        {
            return known;
        }

        // Computed outside the dictionary's lock: a cancelled computation throws and caches nothing.
        var writes = Find(member, cancellationToken);
        return _writes.GetOrAdd(member, writes);
    }

    private ImmutableArray<IOperation?> Find(ISymbol member, CancellationToken cancellationToken)
    {
        var writes = ImmutableArray.CreateBuilder<IOperation?>();
        foreach (var reference in member.ContainingType.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            if (_discovery.GetSemanticModel(declaration.SyntaxTree) is not { } model)
            {
                break;
            }

            foreach (var written in WrittenValues(declaration, member, model, cancellationToken))
            {
                writes.Add(model.GetOperation(written, cancellationToken));
                if (writes.Count > _limit)
                {
                    return writes.ToImmutable();
                }
            }
        }

        return writes.ToImmutable();
    }

    /// <summary>The initializer and every value assigned to <paramref name="member"/> in one declaration of its type.</summary>
    private IEnumerable<ExpressionSyntax> WrittenValues(SyntaxNode declaration, ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        var onlyAtConstruction = IsWrittenOnlyAtConstruction(member);
        var candidates = onlyAtConstruction ? _constructionCandidates : _candidates;
        if (!candidates.TryGetValue(declaration, out var byName))
        {
            byName = candidates.GetOrAdd(declaration, WriteCandidates(declaration, onlyAtConstruction, cancellationToken));
        }

        if (!byName.TryGetValue(member.Name, out var nodes))
        {
            yield break;
        }

        foreach (var node in nodes)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), member):
                    yield return initializer.Value;
                    break;
                case PropertyDeclarationSyntax { Initializer: { } initializer } declared
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declared, cancellationToken), member):
                    yield return initializer.Value;
                    break;
                case AssignmentExpressionSyntax assignment
                    when SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition):
                    yield return assignment.Right;
                    break;
            }
        }
    }

    /// <summary>
    /// A readonly or const field, or a property with no setter: the language lets only its initializer and the constructors
    /// of its own type write it, so methods, accessors and nested types need not be read.
    /// </summary>
    private static bool IsWrittenOnlyAtConstruction(ISymbol member)
        => member is IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true } or IPropertySymbol { SetMethod: null };

    /// <summary>
    /// The initialized variables and properties and the assignments of one type declaration, by the name they write, in
    /// text order; with <paramref name="onlyAtConstruction"/>, only in its field and property declarations and constructors.
    /// Perf: one walk of the declaration for all of its members, where each member used to walk it again; and for readonly
    /// fields and get-only properties (most of what prompts read) a walk that skips the bodies of methods.
    /// </summary>
    private static Dictionary<string, List<SyntaxNode>> WriteCandidates(SyntaxNode declaration, bool onlyAtConstruction, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, List<SyntaxNode>>(System.StringComparer.Ordinal);
        var walked = onlyAtConstruction
            ? declaration.DescendantNodes(node => node == declaration || node is not MemberDeclarationSyntax || node is FieldDeclarationSyntax or PropertyDeclarationSyntax or ConstructorDeclarationSyntax)
            : declaration.DescendantNodes();
        foreach (var node in walked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = node switch
            {
                VariableDeclaratorSyntax { Initializer: not null } declarator => declarator.Identifier.ValueText,
                PropertyDeclarationSyntax { Initializer: not null } property => property.Identifier.ValueText,
                AssignmentExpressionSyntax assignment => WrittenName(assignment.Left),
                _ => null,
            };
            if (name is not null)
            {
                if (!byName.TryGetValue(name, out var written))
                {
                    byName[name] = written = new List<SyntaxNode>();
                }

                written.Add(node);
            }
        }

        return byName;
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
