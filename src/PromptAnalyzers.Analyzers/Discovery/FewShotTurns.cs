using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>One message of a conversation as the code builds it: its role (null when not known statically) and whether its text is hardcoded.</summary>
internal readonly struct Turn
{
    public Turn(PromptRole? role, bool hardcoded)
    {
        Role = role;
        Hardcoded = hardcoded;
    }

    /// <summary>The role, or null for messages not known statically (a variable, a spread of the history, AddRange).</summary>
    public PromptRole? Role { get; }

    public bool Hardcoded { get; }

    /// <summary>Messages added later that the code does not show here (the list outlives the code that builds it).</summary>
    public static Turn Live => new(null, false);
}

/// <summary>
/// Few-shot turns: a hardcoded assistant turn that precedes the conversation's next user turn (or messages not known
/// statically) in the same message list is an example of how to answer, not knowledge the model passes on; so is the
/// hardcoded user turn it answers. An assistant turn with nothing after it (a recorded answer, a prefill) is not.
/// </summary>
internal static class FewShotTurns
{
    private const int MaxSteps = 12;

    /// <summary>Whether the turn at <paramref name="index"/> of a conversation is an example.</summary>
    public static bool IsExample(IReadOnlyList<Turn> turns, int index)
    {
        var turn = turns[index];
        if (!turn.Hardcoded)
        {
            return false;
        }

        return turn.Role switch
        {
            PromptRole.Assistant => PrecedesConversation(turns, index),
            PromptRole.User => index + 1 < turns.Count && turns[index + 1] is { Role: PromptRole.Assistant, Hardcoded: true } && PrecedesConversation(turns, index + 1),
            _ => false,
        };
    }

    private static bool PrecedesConversation(IReadOnlyList<Turn> turns, int index)
    {
        for (var i = index + 1; i < turns.Count; i++)
        {
            if (turns[i].Role is null or PromptRole.User)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The turns of the C# message list that <paramref name="message"/> belongs to, from that message on (index 0), or empty
    /// when it is in no list the code shows: an element of an array, collection initializer or collection expression, or a
    /// message added to a ChatHistory or list (<c>history.AddAssistantMessage(...)</c>, <c>messages.Add(...)</c>) followed by
    /// the later additions to the same local in the same body. A list that outlives that code (a field, property or
    /// parameter, or one that is returned) ends with <see cref="Turn.Live"/>.
    /// </summary>
    public static ImmutableArray<Turn> TurnsFrom(IOperation message, Func<IOperation, Turn> describe)
    {
        if (message is IInvocationOperation { Instance: { } receiver } call && !message.IsImplicit && call.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal))
        {
            return ReceiverTurns(message, receiver, describe, ImmutableArray.Create(describe(message)));
        }

        var element = message;
        var parent = Skip(message.Parent, ref element);
        switch (parent)
        {
            case IArrayInitializerOperation initializer:
                return ElementTurns(element, initializer.ElementValues, initializer.Parent, describe);
            case { } collection when IsCollectionExpression(collection):
                return ElementTurns(element, ImmutableArray.CreateRange(collection.ChildOperations), collection, describe);
            case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } add }:
                var added = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var item in initializer.Initializers)
                {
                    added.Add(item is IInvocationOperation { Arguments.Length: 1 } itemAdd ? itemAdd.Arguments[0].Value : item);
                }

                return ElementTurns(add.Arguments[0].Value, added.ToImmutable(), initializer.Parent, describe);
            case IArgumentOperation { Parent: IInvocationOperation { Instance: { } listReceiver, TargetMethod.Name: "Add" or "Insert" } addCall }:
                return ReceiverTurns(addCall, listReceiver, describe, ImmutableArray.Create(describe(element)));
            default:
                return ImmutableArray<Turn>.Empty;
        }
    }

    /// <summary>Conversions and parentheses between a message and its slot are not slots.</summary>
    private static IOperation? Skip(IOperation? parent, ref IOperation element)
    {
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            element = parent;
            parent = parent.Parent;
        }

        return parent;
    }

    private static ImmutableArray<Turn> ElementTurns(IOperation element, ImmutableArray<IOperation> elements, IOperation? collection, Func<IOperation, Turn> describe)
    {
        var index = elements.IndexOf(element);
        if (index < 0)
        {
            return ImmutableArray<Turn>.Empty;
        }

        var turns = ImmutableArray.CreateBuilder<Turn>();
        for (var i = index; i < elements.Length; i++)
        {
            turns.Add(i == index || !IsSpread(elements[i]) ? describe(elements[i]) : Turn.Live);
        }

        // Where the list goes: into a local that later code extends, out of this code (returned, a field or property), or
        // straight to a call.
        var holder = collection;
        for (var steps = 0; holder?.Parent is { } next && steps < MaxSteps; steps++)
        {
            switch (next)
            {
                case IConversionOperation or IParenthesizedOperation or IArrayCreationOperation or IObjectCreationOperation:
                    holder = next;
                    continue;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return ReceiverTurns(holder, declarator.Symbol, describe, turns.ToImmutable());
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                    return ReceiverTurns(holder, local.Local, describe, turns.ToImmutable());
                case IReturnOperation or ISimpleAssignmentOperation or IFieldInitializerOperation or IPropertyInitializerOperation:
                    turns.Add(Turn.Live);
                    return turns.ToImmutable();
                default:
                    return turns.ToImmutable();
            }
        }

        return turns.ToImmutable();
    }

    private static ImmutableArray<Turn> ReceiverTurns(IOperation after, IOperation receiver, Func<IOperation, Turn> describe, ImmutableArray<Turn> first)
    {
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver switch
        {
            ILocalReferenceOperation local => ReceiverTurns(after, local.Local, describe, first),
            IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => first.Add(Turn.Live),
            _ => first,
        };
    }

    /// <summary>The messages added to <paramref name="list"/> after <paramref name="after"/> in the same body.</summary>
    private static ImmutableArray<Turn> ReceiverTurns(IOperation after, ILocalSymbol list, Func<IOperation, Turn> describe, ImmutableArray<Turn> first)
    {
        var root = after;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var turns = first.ToBuilder();
        var end = after.Syntax.Span.End;
        foreach (var operation in root.Descendants())
        {
            if (operation.Syntax.SpanStart < end)
            {
                continue;
            }

            switch (operation)
            {
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } call when SymbolEqualityComparer.Default.Equals(receiver.Local, list):
                    if (call.TargetMethod.Name is "Add" or "Insert" && call.Arguments.Length > 0)
                    {
                        turns.Add(describe(call.Arguments[call.Arguments.Length - 1].Value));
                    }
                    else if (call.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal))
                    {
                        var turn = describe(call);
                        turns.Add(turn.Role is null ? Turn.Live : turn);
                    }

                    break;
                case IReturnOperation { ReturnedValue: { } value } when Unwrap(value) is ILocalReferenceOperation returned && SymbolEqualityComparer.Default.Equals(returned.Local, list):
                    turns.Add(Turn.Live);
                    break;
            }
        }

        return turns.ToImmutable();
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>A collection expression (Roslyn 4.8 has no interface for it: recognised by kind name, read through its children).</summary>
    internal static bool IsCollectionExpression(IOperation operation) => operation.Kind.ToString() == "CollectionExpression";

    private static bool IsSpread(IOperation operation) => operation.Kind.ToString() == "Spread";

    /// <summary>
    /// The sites of one prompt's messages in order (template sections, an inline prompt file's messages, a request body's
    /// messages), with the sample turns among them marked <see cref="PromptKind.Example"/>. A message with a template variable
    /// (<c>{{$input}}</c>) is not hardcoded.
    /// </summary>
    public static List<PromptSite> MarkSequence(List<PromptSite> messages)
    {
        if (messages.Count < 2)
        {
            return messages;
        }

        var turns = new Turn[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var text = messages[i].Text;
            turns[i] = new Turn(messages[i].Role, text.IsFullyStatic && !HasTemplateVariable(text.Render()));
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (IsExample(turns, i))
            {
                messages[i] = messages[i].WithKind(PromptKind.Example);
            }
        }

        return messages;
    }

    internal static bool HasTemplateVariable(string text) => text.IndexOf("{{", StringComparison.Ordinal) >= 0 || text.IndexOf("{%", StringComparison.Ordinal) >= 0;
}
