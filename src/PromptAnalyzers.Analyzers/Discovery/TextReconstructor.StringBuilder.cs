using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>Text built with a StringBuilder local: its Append calls in order up to the ToString, records appended in a loop becoming whole collections.</summary>
internal sealed partial class TextReconstructor
{
    private bool IsStringBuilder(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, _discovery.Catalog.StringBuilderType);

    private PromptText ReconstructStringBuilder(ILocalReferenceOperation builder, IInvocationOperation toStringCall, int depth)
    {
        var local = builder.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax declarator
            || builder.SemanticModel is not { } model
            || FunctionBodies.Enclosing(declarator) is not { } body
            || !_inProgress.Add(local))
        {
            return PromptText.Hole(local.Name);
        }

        try
        {
            var declarationScope = declarator.FirstAncestorOrSelf<StatementSyntax>()?.Parent;
            var text = PromptText.Empty;
            var wholeLoops = new HashSet<SyntaxNode>();
            if (declarator.Initializer?.Value is { } initializerSyntax
                && model.GetOperation(initializerSyntax, _cancellationToken) is IObjectCreationOperation creation)
            {
                var initial = creation.Arguments.FirstOrDefault(a => IsString(a.Value.Type));
                if (initial is not null)
                {
                    text = Reconstruct(initial.Value, depth + 1);
                }
            }
            else
            {
                text = PromptText.Hole(local.Name);
            }

            foreach (var node in body.DescendantNodes())
            {
                if (node.SpanStart >= toStringCall.Syntax.SpanStart)
                {
                    break;
                }

                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local.Name || declarator.Span.Contains(node.Span))
                {
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local))
                {
                    continue;
                }

                // Walk the call chain that starts at this reference: sb.Append("a").AppendLine("b")
                SyntaxNode current = identifier;
                var handled = false;
                while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                    && access.Parent is InvocationExpressionSyntax call
                    && model.GetOperation(call, _cancellationToken) is IInvocationOperation append
                    && IsStringBuilder(append.TargetMethod.ContainingType))
                {
                    if (call.SpanStart >= toStringCall.Syntax.SpanStart && call.Span.Contains(toStringCall.Syntax.Span))
                    {
                        handled = true;
                        break;
                    }

                    var conditional = IsConditional(call, declarationScope, toStringCall.Syntax);
                    if (conditional && RecordLoop(call, declarationScope, model) is { } loop)
                    {
                        // Each record of a whole collection appended in turn: the whole collection, once per loop.
                        if (wholeLoops.Add(loop.Loop))
                        {
                            text = PromptText.Concat(text, Document(loop.Read));
                        }

                        handled = true;
                        current = call;
                        continue;
                    }

                    var appended = Appended(append, depth);
                    if (appended is null)
                    {
                        if (append.TargetMethod.Name == "Clear" && !conditional)
                        {
                            text = PromptText.Empty;
                        }
                        else if (append.TargetMethod.Name is not ("ToString" or "EnsureCapacity") && append.TargetMethod.Name != "get_Length")
                        {
                            text = PromptText.Concat(text, PromptText.Hole(local.Name + "." + append.TargetMethod.Name));
                        }
                    }
                    else
                    {
                        text = PromptText.Concat(text, conditional ? PromptText.Hole(local.Name + " (conditional)") : appended);
                    }

                    handled = true;
                    current = call;
                }

                if (!handled && current == identifier && identifier.Parent is ArgumentSyntax)
                {
                    // The builder is handed to other code, which may append anything.
                    text = PromptText.Concat(text, PromptText.Hole(local.Name + " (passed on)"));
                }
            }

            return text;
        }
        finally
        {
            _inProgress.Remove(local);
        }
    }

    /// <summary>
    /// The foreach loop an append runs in, when the loop goes over a collection read in full (<see cref="WholeCollections"/>)
    /// and appends on every record: no branch between the append and the loop, no break, continue or return in it.
    /// </summary>
    private (SyntaxNode Loop, SyntaxNode Read)? RecordLoop(SyntaxNode append, SyntaxNode? declarationScope, SemanticModel model)
    {
        for (var current = append.Parent; current is not null && current != declarationScope; current = current.Parent)
        {
            switch (current)
            {
                case ForEachStatementSyntax loop:
                    if (loop.Statement.DescendantNodesAndSelf().Any(n => n is BreakStatementSyntax or ContinueStatementSyntax or ReturnStatementSyntax or YieldStatementSyntax))
                    {
                        return null;
                    }

                    return Collections.ReadOf(model.GetOperation(loop.Expression, _cancellationToken)) is { } read ? (loop, read) : null;
                case BlockSyntax or ExpressionStatementSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or ArgumentSyntax or ArgumentListSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private PromptText? Appended(IInvocationOperation append, int depth)
    {
        switch (append.TargetMethod.Name)
        {
            case "Append" when append.Arguments.Length == 1:
                return ReconstructValue(append.Arguments[0].Value, depth + 1);
            case "AppendLine" when append.Arguments.Length == 0:
                return PromptText.Static("\n", null);
            case "AppendLine" when append.Arguments.Length == 1:
                return PromptText.Concat(ReconstructValue(append.Arguments[0].Value, depth + 1), PromptText.Static("\n", null));
            case "AppendFormat":
                return ReconstructFormat(append, depth);
            default:
                return null;
        }
    }
}
