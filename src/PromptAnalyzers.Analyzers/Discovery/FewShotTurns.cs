using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

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
    /// The turns of the C# message list that <paramref name="message"/> belongs to (see <see cref="MessageList"/>), from that
    /// message on (index 0), or empty when it is in no list the code shows. A message the code does not show there is
    /// <see cref="Turn.Live"/>.
    /// </summary>
    public static ImmutableArray<Turn> TurnsFrom(IOperation message, Func<IOperation, Turn> describe)
    {
        var list = MessageList.Of(message);
        if (list.IsEmpty)
        {
            return ImmutableArray<Turn>.Empty;
        }

        var turns = ImmutableArray.CreateBuilder<Turn>(list.Messages.Length - list.Index);
        for (var i = list.Index; i < list.Messages.Length; i++)
        {
            turns.Add(list.Messages[i] is { } known ? describe(known) : Turn.Live);
        }

        return turns.MoveToImmutable();
    }

    /// <summary>A collection expression (Roslyn 4.8 has no interface for it: recognised by kind name, read through its children).</summary>
    internal static bool IsCollectionExpression(IOperation operation) => operation.Kind.ToString() == "CollectionExpression";

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
