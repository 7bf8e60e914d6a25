using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The invocations of a tree whose method name (<c>x.Name(...)</c>, <c>Name(...)</c>, <c>Name&lt;T&gt;(...)</c>) is one of a
/// few names, found from the text: each occurrence of a name that the tree's identifier index holds is looked up as a
/// token, instead of walking every node of the tree.
/// <para>
/// Perf: a rule that binds only a handful of calls walked the whole document per keystroke to find them (a 1,000-line
/// document has some 20,000 nodes); a search of its text for the names it holds is a fraction of that. Identifiers written
/// with Unicode escapes (<c>\u0046ormat</c>) are not found, as the identifier index does not see them either.
/// </para>
/// </summary>
internal static class NamedInvocations
{
    /// <summary>The invocations in document order (an invocation before those nested in it).</summary>
    public static List<InvocationExpressionSyntax> Find(SyntaxTree tree, IdentifierIndex identifiers, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var found = new List<InvocationExpressionSyntax>();
        string? text = null;
        SyntaxNode? root = null;
        foreach (var name in names)
        {
            if (!identifiers.Contains(name))
            {
                continue;
            }

            text ??= tree.GetText(cancellationToken).ToString();
            root ??= tree.GetRoot(cancellationToken);
            for (var at = text.IndexOf(name, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, System.StringComparison.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsWordAt(text, at, name.Length) && InvocationNamedAt(root, at, name) is { } invocation)
                {
                    found.Add(invocation);
                }
            }
        }

        found.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        return found;
    }

    private static bool IsWordAt(string text, int at, int length)
        => (at == 0 || !IsIdentifierPart(text[at - 1])) && (at + length == text.Length || !IsIdentifierPart(text[at + length]));

    private static bool IsIdentifierPart(char c) => c < 128 ? char.IsLetterOrDigit(c) || c == '_' : SyntaxFacts.IsIdentifierPartCharacter(c);

    private static InvocationExpressionSyntax? InvocationNamedAt(SyntaxNode root, int position, string name)
    {
        var token = root.FindToken(position);
        if (!token.IsKind(SyntaxKind.IdentifierToken) || token.SpanStart > position || token.ValueText != name || token.Parent is not SimpleNameSyntax simple)
        {
            return null;
        }

        return simple.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == simple && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access => invocation,
            InvocationExpressionSyntax invocation when invocation.Expression == simple => invocation,
            _ => null,
        };
    }
}
