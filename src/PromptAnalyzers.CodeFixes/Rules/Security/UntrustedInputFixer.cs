using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Rules.Security;

namespace PromptAnalyzers.CodeFixes.Rules.Security;

/// <summary>
/// PA4001 fix: the untrusted hole of a system or developer message in a message list moves into a user message placed
/// right after it; the instructions keep a reference to it. Offered only where the meaning is kept (see docs/rules/PA4001.md).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UntrustedInputFixer)), Shared]
public sealed class UntrustedInputFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the fix (Fix All groups by it).</summary>
    public const string EquivalenceKey = "PA4001.MoveInputToUserMessage";

    /// <summary>What the instructions say where the input was.</summary>
    public const string Reference = "(see the user's preferences in the next message)";

    public const string Title = "Move the untrusted input into a user message";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UntrustedInputInInstructions);

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
            if (MessageSplit.Plan(root, model, diagnostic, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(plan.Apply(root))), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}

/// <summary>
/// One system or developer message split in two: the instructions with a reference where the untrusted hole was, and a
/// user message of the same SDK with the hole's value, inserted after it in its list.
/// </summary>
internal sealed class MessageSplit
{
    private readonly ExpressionSyntax _message;
    private readonly SyntaxNode _hole;
    private readonly SyntaxNode _holeReplacement;
    private readonly ExpressionSyntax _userMessage;

    private MessageSplit(ExpressionSyntax message, SyntaxNode hole, SyntaxNode holeReplacement, ExpressionSyntax userMessage)
    {
        _message = message;
        _hole = hole;
        _holeReplacement = holeReplacement;
        _userMessage = userMessage;
    }

    /// <summary>The split for a diagnostic, or null where the fix is not offered.</summary>
    public static MessageSplit? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(UntrustedInputDiagnostics.HoleProperty) || diagnostic.AdditionalLocations.Count == 0)
        {
            return null;
        }

        var value = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
        var hole = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
        if (value is null || !value.Span.Contains(hole.Span) || value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax message } })
        {
            return null;
        }

        if (!IsInMessageList(message) || !HasOtherText(value, hole))
        {
            return null;
        }

        var content = HoleValue(hole, model, cancellationToken);
        var userMessage = content is null ? null : UserMessage(message, model, content, cancellationToken);
        if (userMessage is null)
        {
            return null;
        }

        if (hole is InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } interpolation)
        {
            return new MessageSplit(message, interpolated, WithReference(interpolated, interpolation), userMessage);
        }

        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(UntrustedInputFixer.Reference)).WithTriviaFrom(hole);
        return new MessageSplit(message, hole, literal, userMessage);
    }

    /// <summary>
    /// The interpolated string with the reference written where <paramref name="hole"/> was, merged with the text around
    /// it into one text part (as the parser would read the fixed code).
    /// </summary>
    private static InterpolatedStringExpressionSyntax WithReference(InterpolatedStringExpressionSyntax interpolated, InterpolationSyntax hole)
    {
        var contents = new System.Collections.Generic.List<InterpolatedStringContentSyntax>();
        string? text = null;
        string? value = null;
        foreach (var content in interpolated.Contents)
        {
            var (partText, partValue) = content switch
            {
                InterpolatedStringTextSyntax literal => (literal.TextToken.Text, literal.TextToken.ValueText),
                _ when content == hole => (UntrustedInputFixer.Reference, UntrustedInputFixer.Reference),
                _ => ((string?)null, (string?)null),
            };
            if (partText is not null)
            {
                text += partText;
                value += partValue;
                continue;
            }

            AddText(contents, text, value);
            text = value = null;
            contents.Add(content);
        }

        AddText(contents, text, value);
        return interpolated.WithContents(SyntaxFactory.List(contents));
    }

    private static void AddText(System.Collections.Generic.List<InterpolatedStringContentSyntax> contents, string? text, string? value)
    {
        if (text is not null)
        {
            contents.Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, text, value ?? text, default)));
        }
    }

    public SyntaxNode Apply(SyntaxNode root)
    {
        var rewrittenMessage = _message.ReplaceNode(_hole, _holeReplacement);
        var newRoot = root.TrackNodes(_message);
        var message = newRoot.GetCurrentNode(_message)!;
        return message.Parent switch
        {
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element =>
                newRoot.ReplaceNode(collection, collection.WithElements(InsertAfter(collection.Elements, element, (CollectionElementSyntax)SyntaxFactory.ExpressionElement(_userMessage), e => e.ReplaceNode(((ExpressionElementSyntax)e).Expression, rewrittenMessage)))),
            InitializerExpressionSyntax initializer =>
                newRoot.ReplaceNode(initializer, initializer.WithExpressions(InsertAfter(initializer.Expressions, message, _userMessage, _ => rewrittenMessage.WithTriviaFrom(message)))),
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax add } } when add.Parent is ExpressionStatementSyntax statement =>
                InsertStatementAfter(newRoot, statement, message, rewrittenMessage, add),
            _ => root,
        };
    }

    /// <summary>
    /// Inserts <paramref name="added"/> after <paramref name="item"/> (which <paramref name="rewrite"/> replaces), with the
    /// item's indentation and the separator's line break, so a one-per-line list stays one per line.
    /// </summary>
    private static SeparatedSyntaxList<T> InsertAfter<T>(SeparatedSyntaxList<T> list, T item, T added, System.Func<T, T> rewrite)
        where T : SyntaxNode
    {
        var index = list.IndexOf(item);
        var nodes = list.GetWithSeparators();
        var position = nodes.IndexOf(item);
        var rewritten = rewrite(item);
        nodes = nodes.Replace(nodes[position], rewritten);
        var newItem = added.WithLeadingTrivia(item.GetLeadingTrivia());
        if (index < list.SeparatorCount)
        {
            var separator = nodes[position + 1].AsToken();
            return SyntaxFactory.SeparatedList<T>(nodes.InsertRange(position + 2, new SyntaxNodeOrToken[] { newItem, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separator.TrailingTrivia) }));
        }

        var trailing = rewritten.GetTrailingTrivia();
        nodes = nodes.Replace(nodes[position], rewritten.WithoutTrailingTrivia());
        return SyntaxFactory.SeparatedList<T>(nodes.InsertRange(position + 1, new SyntaxNodeOrToken[] { SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(ContainsLineBreak(trailing) ? trailing : SyntaxFactory.TriviaList(SyntaxFactory.Space)), newItem.WithTrailingTrivia(trailing) }));
    }

    private static bool ContainsLineBreak(SyntaxTriviaList trivia) => trivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

    private SyntaxNode InsertStatementAfter(SyntaxNode root, ExpressionStatementSyntax statement, SyntaxNode message, ExpressionSyntax rewrittenMessage, InvocationExpressionSyntax add)
    {
        var added = statement.WithExpression(add.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(_userMessage)))));
        var fixedStatement = statement.ReplaceNode(message, rewrittenMessage.WithTriviaFrom(message));
        if (statement.Parent is GlobalStatementSyntax global)
        {
            return root.ReplaceNode(global, new SyntaxNode[] { global.WithStatement(fixedStatement), SyntaxFactory.GlobalStatement(added) });
        }

        return root.ReplaceNode(statement, new SyntaxNode[] { fixedStatement, added });
    }

    /// <summary>An element of a collection expression, a collection or array initializer, or the argument of an Add statement.</summary>
    private static bool IsInMessageList(BaseObjectCreationExpressionSyntax message) => message.Parent switch
    {
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax } => true,
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.ArrayInitializerExpression } => true,
        ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" }, Parent: ExpressionStatementSyntax } } } => true,
        _ => false,
    };

    /// <summary>The instructions keep static text of their own besides the hole (otherwise nothing of them would remain).</summary>
    private static bool HasOtherText(ExpressionSyntax value, SyntaxNode hole)
    {
        foreach (var token in value.DescendantTokens())
        {
            if (hole.Span.Contains(token.Span))
            {
                continue;
            }

            if ((token.IsKind(SyntaxKind.InterpolatedStringTextToken) || token.IsKind(SyntaxKind.StringLiteralToken)) && !string.IsNullOrWhiteSpace(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hole's value as the user message's text: a string operand as it is, anything else interpolated.</summary>
    private static ExpressionSyntax? HoleValue(SyntaxNode hole, SemanticModel model, CancellationToken cancellationToken)
    {
        if (hole is InterpolationSyntax interpolation)
        {
            return InterpolatedOf(SyntaxFactory.Interpolation(interpolation.Expression.WithoutTrivia(), interpolation.AlignmentClause, interpolation.FormatClause));
        }

        if (hole is not ExpressionSyntax expression)
        {
            return null;
        }

        return model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String
            ? expression.WithoutTrivia()
            : InterpolatedOf(SyntaxFactory.Interpolation(expression.WithoutTrivia()));
    }

    private static InterpolatedStringExpressionSyntax InterpolatedOf(InterpolationSyntax interpolation)
        => SyntaxFactory.InterpolatedStringExpression(SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken), SyntaxFactory.SingletonList<InterpolatedStringContentSyntax>(interpolation));

    /// <summary>
    /// A user message of the message's SDK: <c>new ChatMessage(ChatRole.User, text)</c> with the role written as the
    /// original's, or OpenAI's <c>UserChatMessage</c> for a <c>SystemChatMessage</c>/<c>DeveloperChatMessage</c>.
    /// </summary>
    private static ExpressionSyntax? UserMessage(BaseObjectCreationExpressionSyntax message, SemanticModel model, ExpressionSyntax content, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(message, cancellationToken).Type is not INamedTypeSymbol type)
        {
            return null;
        }

        var typeName = type.ToDisplayString();
        if (typeName == "Microsoft.Extensions.AI.ChatMessage" && message.ArgumentList is { Arguments: [{ Expression: MemberAccessExpressionSyntax role }, _] })
        {
            var userRole = role.WithName(SyntaxFactory.IdentifierName("User"));
            var arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(userRole), SyntaxFactory.Argument(content) }));
            return message is ObjectCreationExpressionSyntax explicitCreation
                ? SyntaxFactory.ObjectCreationExpression(explicitCreation.Type.WithoutTrivia()).WithNewKeyword(explicitCreation.NewKeyword.WithLeadingTrivia()).WithArgumentList(arguments)
                : SyntaxFactory.ImplicitObjectCreationExpression().WithArgumentList(arguments);
        }

        if (typeName is "OpenAI.Chat.SystemChatMessage" or "OpenAI.Chat.DeveloperChatMessage" && message is ObjectCreationExpressionSyntax creation && RenamedType(creation.Type, "UserChatMessage") is { } userType)
        {
            return SyntaxFactory.ObjectCreationExpression(userType)
                .WithNewKeyword(creation.NewKeyword.WithLeadingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(content))));
        }

        return null;
    }

    /// <summary>The same type syntax (simple or qualified) with its last name replaced.</summary>
    private static TypeSyntax? RenamedType(TypeSyntax type, string name) => type switch
    {
        IdentifierNameSyntax identifier => SyntaxFactory.IdentifierName(name).WithTriviaFrom(identifier),
        QualifiedNameSyntax qualified => qualified.WithRight(SyntaxFactory.IdentifierName(name)),
        AliasQualifiedNameSyntax alias => alias.WithName(SyntaxFactory.IdentifierName(name)),
        _ => null,
    };
}
