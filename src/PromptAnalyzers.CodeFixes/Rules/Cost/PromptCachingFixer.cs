using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Rules.Cost;

namespace PromptAnalyzers.CodeFixes.Rules.Cost;

/// <summary>
/// PA2003 fix: in an interpolated string, the sentences or lines that carry the first dynamic holes move after the static
/// text that follows them; across messages, the message with the dynamic part moves after the static messages that follow
/// it (<see cref="MessageOrder"/>, where the analyzer found the move mechanical). Either way the prompt starts with a static
/// prefix the provider can cache, and every piece is kept, in the same order apart from that one move (see
/// <see cref="CacheOrder"/> and docs/rules/PA2003.md).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PromptCachingFixer)), Shared]
public sealed class PromptCachingFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the fix (Fix All groups by it).</summary>
    public const string EquivalenceKey = "PA2003.MoveDynamicPartAfterStaticText";

    public const string Title = "Move the dynamic part after the static text";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DynamicContentBeforeCachablePrefix);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (MessageMove.From(diagnostic.Properties) is { } move)
            {
                if (MessageOrder.Apply(root, move) is { } moved)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(moved)), EquivalenceKey), diagnostic);
                }

                continue;
            }

            if (MessageMove.IsAcrossMessages(diagnostic.Properties))
            {
                continue; // Reordering the message's own text would not bring the later messages into the cached prefix.
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            while (node is ParenthesizedExpressionSyntax or ArgumentSyntax)
            {
                node = node is ArgumentSyntax argument ? argument.Expression : ((ParenthesizedExpressionSyntax)node).Expression;
            }

            if (node is InterpolatedStringExpressionSyntax interpolated
                && CacheOrder.Reorder(interpolated, expression => model.GetConstantValue(expression, context.CancellationToken).HasValue) is { } reordered)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(interpolated, reordered.WithTriviaFrom(interpolated)))), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
