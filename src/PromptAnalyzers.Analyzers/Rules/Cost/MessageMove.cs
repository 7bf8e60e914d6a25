using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// The PA2003 fix across messages, decided here and carried to the code fix in the diagnostic's properties: the message
/// with the dynamic part (its element of an array, collection initializer or collection expression, or its
/// <c>Add...</c> statement) moves after the static messages that follow it. Found only where the move is mechanical and
/// keeps the meaning of the roles: the moved message is a system or developer message; the messages it passes are
/// whole static system or developer messages or sample turns, written as the next elements or statements of the same
/// list; and they reach the cache minimum on their own.
/// </summary>
internal sealed class MessageMove
{
    /// <summary>Property: the span of the element or statement to move, "start,length".</summary>
    public const string MoveProperty = "MoveMessage";

    /// <summary>Property: the span of the element or statement it moves after, "start,length".</summary>
    public const string AfterProperty = "AfterMessage";

    public MessageMove(TextSpan move, TextSpan after)
    {
        Move = move;
        After = after;
    }

    public TextSpan Move { get; }

    public TextSpan After { get; }

    /// <summary>Property, "true" when the static text the diagnostic counts runs into later messages: reordering the dynamic message's own text would not cache it.</summary>
    public const string AcrossMessagesProperty = "AcrossMessages";

    /// <summary>The properties of a PA2003 diagnostic: the move when there is one, and whether the static text runs across messages.</summary>
    public static ImmutableDictionary<string, string?> Properties(MessageMove? move, bool acrossMessages)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (move is not null)
        {
            properties = properties.Add(MoveProperty, Write(move.Move)).Add(AfterProperty, Write(move.After));
        }

        return acrossMessages ? properties.Add(AcrossMessagesProperty, "true") : properties;
    }

    /// <summary>True when the diagnostic counts static text of later messages (see <see cref="AcrossMessagesProperty"/>).</summary>
    public static bool IsAcrossMessages(ImmutableDictionary<string, string?> properties)
        => properties.TryGetValue(AcrossMessagesProperty, out var value) && value == "true";

    /// <summary>The move a diagnostic carries, or null when it carries none.</summary>
    public static MessageMove? From(ImmutableDictionary<string, string?> properties)
        => properties.TryGetValue(MoveProperty, out var move) && properties.TryGetValue(AfterProperty, out var after) && Read(move) is { } moveSpan && Read(after) is { } afterSpan
            ? new MessageMove(moveSpan, afterSpan)
            : null;

    /// <summary>The move of message <paramref name="dynamicMessage"/> of <paramref name="request"/>, or null when it is not mechanical or would not make a cacheable prefix.</summary>
    public static MessageMove? Find(RequestParts request, int dynamicMessage, TokenizerSpec tokenizer, int minimum)
    {
        var moved = request.Messages[dynamicMessage];
        if (moved is not { Role: PromptRole.System or PromptRole.Developer } || SlotOf(moved.Operation) is not { Parent: { } list } slot)
        {
            return null;
        }

        var slots = new List<SyntaxNode>(list.ChildNodes());
        var position = slots.IndexOf(slot);
        SyntaxNode? last = null;
        var tokens = 0;
        for (var m = dynamicMessage + 1; m < request.Messages.Count; m++)
        {
            if (request.Messages[m] is not { } message
                || !MayPass(message)
                || StaticText(request, m) is not { } text
                || position + (m - dynamicMessage) >= slots.Count
                || SlotOf(message.Operation) is not { } passed
                || passed != slots[position + (m - dynamicMessage)])
            {
                break;
            }

            tokens += PromptTokens.CountCached(text, tokenizer);
            last = passed;
        }

        return last is not null && tokens >= minimum ? new MessageMove(slot.Span, last.Span) : null;
    }

    /// <summary>A system or developer message, or a sample turn: moving a system message after it keeps what each role says.</summary>
    private static bool MayPass(RequestMessage message)
        => message.Role is PromptRole.System or PromptRole.Developer
            || (message.Site is { } site && (site.Kind & PromptKind.Example) != 0);

    /// <summary>The text of a message that is all static, else null.</summary>
    private static string? StaticText(RequestParts request, int message)
    {
        var text = new StringBuilder();
        foreach (var part in request.Parts)
        {
            if (part.Message != message)
            {
                continue;
            }

            if (part.Text is not { } staticText)
            {
                return null;
            }

            text.Append(staticText);
        }

        return text.ToString();
    }

    /// <summary>
    /// The element or statement that holds a message of a list: an element of an array or collection initializer or of a
    /// collection expression, or the statement of an <c>Add</c> or <c>Add...Message</c> call in a block. Null elsewhere
    /// (Insert, a message inside a larger expression).
    /// </summary>
    private static SyntaxNode? SlotOf(IOperation message)
    {
        if (message is IInvocationOperation { Syntax.Parent: ExpressionStatementSyntax { Parent: BlockSyntax } statement })
        {
            return statement;
        }

        var element = message;
        while (element.Parent is IConversionOperation or IParenthesizedOperation)
        {
            element = element.Parent;
        }

        if (element.Parent is IArgumentOperation { Parent: IInvocationOperation { IsImplicit: false, TargetMethod.Name: "Add", Syntax.Parent: ExpressionStatementSyntax { Parent: BlockSyntax } addStatement } })
        {
            return addStatement;
        }

        return element.Syntax switch
        {
            { Parent: InitializerExpressionSyntax } => element.Syntax,
            { Parent: ExpressionElementSyntax { Parent: CollectionExpressionSyntax } collectionElement } => collectionElement,
            _ => null,
        };
    }

    private static string Write(TextSpan span) => span.Start.ToString(CultureInfo.InvariantCulture) + "," + span.Length.ToString(CultureInfo.InvariantCulture);

    private static TextSpan? Read(string? value)
    {
        var comma = value?.IndexOf(',') ?? -1;
        return comma > 0
            && int.TryParse(value!.Substring(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(value.Substring(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? new TextSpan(start, length)
            : null;
    }
}
