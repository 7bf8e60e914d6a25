using System.Collections.Generic;
using System.Text;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// Where a request stops being cacheable too early: a dynamic part followed by a run of static text (up to the next
/// dynamic part or unknown message) that reaches the cache minimum on its own.
/// </summary>
internal sealed class CacheBreak
{
    private CacheBreak(int hole, string holeDescription, int tokens, int lastMessage, bool inOwnMessage)
    {
        Hole = hole;
        HoleDescription = holeDescription;
        Tokens = tokens;
        LastMessage = lastMessage;
        InOwnMessage = inOwnMessage;
    }

    /// <summary>The index of the dynamic part in the request's parts.</summary>
    public int Hole { get; }

    public string HoleDescription { get; }

    /// <summary>The tokens of the static run after the dynamic part.</summary>
    public int Tokens { get; }

    /// <summary>The last message with static text in the run.</summary>
    public int LastMessage { get; }

    /// <summary>True when the run starts with static text of the dynamic part's own message.</summary>
    public bool InOwnMessage { get; }

    /// <summary>The first dynamic part whose static run reaches <paramref name="minimum"/> tokens, or null.</summary>
    public static CacheBreak? First(IReadOnlyList<RequestPart> parts, TokenizerSpec tokenizer, int minimum)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (!parts[i].IsHole)
            {
                continue;
            }

            var end = i + 1;
            decimal bound = 0;
            while (end < parts.Count && parts[end].Text is { } text)
            {
                bound += MostTokens(text, tokenizer);
                end++;
            }

            if (bound < minimum)
            {
                continue; // Perf: most runs are far below the minimum; no need to tokenize them to know.
            }

            if (Count(parts, i, end, tokenizer) is var (tokens, lastMessage, inOwnMessage) && tokens >= minimum)
            {
                return new CacheBreak(i, parts[i].Hole!, tokens, lastMessage, inOwnMessage);
            }
        }

        return null;
    }

    /// <summary>The tokens of the static parts between <paramref name="hole"/> and <paramref name="end"/>, each message's text counted on its own.</summary>
    private static (int Tokens, int LastMessage, bool InOwnMessage) Count(IReadOnlyList<RequestPart> parts, int hole, int end, TokenizerSpec tokenizer)
    {
        var tokens = 0;
        var lastMessage = parts[hole].Message;
        var inOwnMessage = false;
        var text = new StringBuilder();
        for (var i = hole + 1; i < end; i++)
        {
            text.Append(parts[i].Text);
            if (!string.IsNullOrWhiteSpace(parts[i].Text))
            {
                lastMessage = parts[i].Message;
                inOwnMessage |= parts[i].Message == parts[hole].Message;
            }

            if (i + 1 == end || parts[i + 1].Message != parts[i].Message)
            {
                tokens += PromptTokens.CountCached(text.ToString(), tokenizer);
                text.Clear();
            }
        }

        return (tokens, lastMessage, inOwnMessage);
    }

    /// <summary>
    /// An upper bound on the count: a byte-level BPE token covers at least one UTF-8 byte (times the estimate's factor when
    /// above 1), and a characters-per-token estimate gives at most one token per character.
    /// </summary>
    internal static decimal MostTokens(string text, TokenizerSpec tokenizer)
        => tokenizer.CharsPerToken > 0 ? text.Length : MostTokens(Encoding.UTF8.GetByteCount(text), text.Length, tokenizer);

    /// <summary>The same bound for text of <paramref name="bytes"/> UTF-8 bytes and <paramref name="chars"/> characters.</summary>
    internal static decimal MostTokens(long bytes, long chars, TokenizerSpec tokenizer)
        => tokenizer.CharsPerToken > 0 ? chars : decimal.Ceiling(bytes * (tokenizer.Factor > 1m ? tokenizer.Factor : 1m));
}
