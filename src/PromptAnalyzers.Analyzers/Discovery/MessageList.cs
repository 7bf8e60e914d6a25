using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The C# message list a message belongs to, in the order the request sends it: the elements of an array, collection
/// initializer or collection expression, or the messages added to a local list or ChatHistory in the same body
/// (<c>history.AddSystemMessage(...)</c>, <c>messages.Add(...)</c>), after whatever the local was last initialised with. A
/// message the code does not show here is null: a spread of the history, what a list that outlives this code (a field,
/// property or parameter, or one that is returned) holds before or gets after it.
/// </summary>
internal readonly struct MessageList
{
    private const int MaxSteps = 12;

    private MessageList(ImmutableArray<IOperation?> messages, int index)
    {
        Messages = messages;
        Index = index;
    }

    /// <summary>The list's messages in order; null for one not known statically.</summary>
    public ImmutableArray<IOperation?> Messages { get; }

    /// <summary>Where the message asked about is in <see cref="Messages"/>.</summary>
    public int Index { get; }

    /// <summary>True when the message is in no list the code shows.</summary>
    public bool IsEmpty => Messages.IsDefaultOrEmpty;

    private static MessageList None => new(ImmutableArray<IOperation?>.Empty, 0);

    /// <summary>The list <paramref name="message"/> (a message creation, or an <c>Add...</c> call that makes one) belongs to.</summary>
    public static MessageList Of(IOperation message)
    {
        if (message is IInvocationOperation { Instance: { } receiver } call && !message.IsImplicit && call.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal))
        {
            return Added(message, message, receiver);
        }

        var element = message;
        var parent = Skip(message.Parent, ref element);
        switch (parent)
        {
            case IArrayInitializerOperation initializer:
                return Elements(element, initializer.ElementValues, initializer.Parent);
            case { } collection when FewShotTurns.IsCollectionExpression(collection):
                return Elements(element, ImmutableArray.CreateRange(collection.ChildOperations), collection);
            case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } add }:
                return Elements(add.Arguments[0].Value, InitializerItems(initializer), initializer.Parent);
            case IArgumentOperation { Parent: IInvocationOperation { Instance: { } listReceiver, TargetMethod.Name: "Add" or "Insert" } addCall }:
                return Added(element, addCall, listReceiver);
            default:
                return None;
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

    /// <summary>The values of a collection initializer (<c>new List&lt;ChatMessage&gt; { a, b }</c> calls Add on each).</summary>
    private static ImmutableArray<IOperation> InitializerItems(IObjectOrCollectionInitializerOperation initializer)
    {
        var items = ImmutableArray.CreateBuilder<IOperation>(initializer.Initializers.Length);
        foreach (var item in initializer.Initializers)
        {
            items.Add(item is IInvocationOperation { Arguments.Length: 1 } itemAdd ? itemAdd.Arguments[0].Value : item);
        }

        return items.MoveToImmutable();
    }

    /// <summary>A message that is an element of a collection: the elements, then where the collection goes.</summary>
    private static MessageList Elements(IOperation element, ImmutableArray<IOperation> elements, IOperation? collection)
    {
        var index = elements.IndexOf(element);
        if (index < 0)
        {
            return None;
        }

        var messages = ImmutableArray.CreateBuilder<IOperation?>(elements.Length + 1);
        for (var i = 0; i < elements.Length; i++)
        {
            messages.Add(i == index || !IsSpread(elements[i]) ? elements[i] : null);
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
                    messages.AddRange(AddedAfter(holder, declarator.Symbol));
                    return new MessageList(messages.ToImmutable(), index);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                    messages.AddRange(AddedAfter(holder, local.Local));
                    return new MessageList(messages.ToImmutable(), index);
                case IReturnOperation or ISimpleAssignmentOperation or IFieldInitializerOperation or IPropertyInitializerOperation:
                    messages.Add(null);
                    return new MessageList(messages.ToImmutable(), index);
                default:
                    return new MessageList(messages.ToImmutable(), index);
            }
        }

        return new MessageList(messages.ToImmutable(), index);
    }

    /// <summary>A message added to a list by <paramref name="call"/> (its Add or Add...Message call).</summary>
    private static MessageList Added(IOperation message, IOperation call, IOperation receiver)
    {
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        switch (receiver)
        {
            case ILocalReferenceOperation local:
                var messages = AddedBefore(call, local.Local).ToBuilder();
                var index = messages.Count;
                messages.Add(message);
                messages.AddRange(AddedAfter(call, local.Local));
                return new MessageList(messages.ToImmutable(), index);
            case IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation:
                return new MessageList(ImmutableArray.Create<IOperation?>(null, message, null), 1);
            default:
                return new MessageList(ImmutableArray.Create<IOperation?>(message), 0);
        }
    }

    /// <summary>
    /// What <paramref name="list"/> holds before <paramref name="call"/> in the same body: what it was last initialised or
    /// assigned with, and the messages added since.
    /// </summary>
    private static ImmutableArray<IOperation?> AddedBefore(IOperation call, ILocalSymbol list)
    {
        var messages = new List<IOperation?>();
        var start = call.Syntax.SpanStart;
        foreach (var operation in RootOf(call).Descendants())
        {
            if (operation.Syntax.SpanStart >= start)
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, list):
                    messages.Clear();
                    messages.AddRange(ContentsOf(value));
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, list):
                    messages.Clear();
                    messages.AddRange(ContentsOf(assignment.Value));
                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } added when SymbolEqualityComparer.Default.Equals(receiver.Local, list):
                    if (AddedMessage(added) is var (message, known))
                    {
                        messages.Add(known ? message : null);
                    }

                    break;
            }
        }

        return messages.ToImmutableArray();
    }

    /// <summary>The messages added to <paramref name="list"/> after <paramref name="after"/> in the same body (null once it is returned).</summary>
    private static ImmutableArray<IOperation?> AddedAfter(IOperation after, ILocalSymbol list)
    {
        var messages = ImmutableArray.CreateBuilder<IOperation?>();
        var end = after.Syntax.Span.End;
        foreach (var operation in RootOf(after).Descendants())
        {
            if (operation.Syntax.SpanStart < end)
            {
                continue;
            }

            switch (operation)
            {
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } call when SymbolEqualityComparer.Default.Equals(receiver.Local, list):
                    if (AddedMessage(call) is var (message, known))
                    {
                        messages.Add(known ? message : null);
                    }

                    break;
                case IReturnOperation { ReturnedValue: { } value } when Unwrap(value) is ILocalReferenceOperation returned && SymbolEqualityComparer.Default.Equals(returned.Local, list):
                    messages.Add(null);
                    break;
            }
        }

        return messages.ToImmutable();
    }

    /// <summary>
    /// The message a call on the list adds: the last argument of Add or Insert, the call itself for Add...Message, nothing
    /// for other calls (Clear, Count). Known is false for AddRange and the like, whose messages are not shown.
    /// </summary>
    private static (IOperation Message, bool Known)? AddedMessage(IInvocationOperation call)
    {
        var name = call.TargetMethod.Name;
        if (name is "Add" or "Insert" && call.Arguments.Length > 0)
        {
            return (call.Arguments[call.Arguments.Length - 1].Value, true);
        }

        if (name.StartsWith("Add", StringComparison.Ordinal))
        {
            return (call, !name.StartsWith("AddRange", StringComparison.Ordinal));
        }

        return null;
    }

    /// <summary>The messages of a list's initial value: a collection's elements, a creation with arguments (new ChatHistory(system)) as one message, nothing for an empty list, unknown otherwise.</summary>
    private static IEnumerable<IOperation?> ContentsOf(IOperation value)
    {
        value = Unwrap(value);
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } array }:
                return Known(array.ElementValues);
            case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer } when !initializer.Initializers.IsEmpty:
                return Known(InitializerItems(initializer));
            case IObjectCreationOperation creation:
                return creation.Arguments.IsEmpty ? Array.Empty<IOperation?>() : new IOperation?[] { creation };
            case { } collection when FewShotTurns.IsCollectionExpression(collection):
                return Known(ImmutableArray.CreateRange(collection.ChildOperations));
            default:
                return new IOperation?[] { null };
        }
    }

    private static IEnumerable<IOperation?> Known(ImmutableArray<IOperation> elements)
    {
        foreach (var element in elements)
        {
            yield return IsSpread(element) ? null : element;
        }
    }

    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsSpread(IOperation operation) => operation.Kind.ToString() == "Spread";
}
