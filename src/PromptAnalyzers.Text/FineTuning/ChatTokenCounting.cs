using System;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Counts an example's training tokens the way OpenAI's cookbook does ("num_tokens_from_messages", used by its
/// fine-tuning data-preparation notebook): 3 tokens per message, plus the tokens of its role and content (and of
/// its name, plus 1), plus 3 per example for the priming of the reply. Tool calls count the tokens of their function
/// names and arguments; tool definitions (<c>tools</c>, <c>functions</c>) the tokens of their JSON text. Image parts
/// are not counted. This matches the billed count for text examples to within a few tokens; it is an estimate for
/// tool definitions, whose exact rendering OpenAI does not publish.
/// </summary>
public static class ChatTokenCounting
{
    /// <summary>Tokens added for each message (&lt;|start|&gt;role ... &lt;|end|&gt; framing).</summary>
    public const int TokensPerMessage = 3;

    /// <summary>Tokens added when a message has a <c>name</c>.</summary>
    public const int TokensPerName = 1;

    /// <summary>Tokens added once per example: every reply is primed with &lt;|start|&gt;assistant&lt;|message|&gt;.</summary>
    public const int TokensPerReplyPriming = 3;

    /// <summary>Tokens of <paramref name="text"/>; never throws (a failing counter falls back to a chars/4 estimate).</summary>
    public static int Count(string? text, TokenEncoding encoding)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        try
        {
            return TokenCounter.Count(text!, encoding);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return (text!.Length + 3) / 4;
        }
    }
}
