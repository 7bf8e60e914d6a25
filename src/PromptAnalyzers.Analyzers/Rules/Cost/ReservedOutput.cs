using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// The output limit the code sets on the call that sends a prompt: <c>new ChatOptions { MaxOutputTokens = 1000 }</c>
/// (Microsoft.Extensions.AI), <c>ChatCompletionOptions.MaxOutputTokenCount</c> (OpenAI), <c>MaxTokens</c> (Anthropic,
/// Semantic Kernel execution settings). Looked up only when a prompt would otherwise overflow its model's context window,
/// so the cost rules pay nothing for it on ordinary prompts.
/// </summary>
internal static class ReservedOutput
{
    private static readonly HashSet<string> OutputLimitProperties = new()
    {
        "MaxOutputTokens", "MaxOutputTokenCount", "MaxTokens", "MaxCompletionTokens",
    };

    /// <summary>The constant output limit on the calls and object creations around <paramref name="prompt"/> (within its statement), or null.</summary>
    public static int? FromCode(SyntaxNode prompt, SemanticModel model, CancellationToken cancellationToken)
    {
        if (prompt.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        foreach (var call in CallSyntax.Enclosing(prompt))
        {
            foreach (var options in CallSyntax.OptionObjects(call, model, cancellationToken))
            {
                foreach (var (_, value) in CallSyntax.SdkAssignments(options, OutputLimitProperties, model, cancellationToken))
                {
                    if (model.GetConstantValue(value, cancellationToken) is { HasValue: true, Value: { } constant } && AsTokens(constant) is { } limit)
                    {
                        return limit;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>An int or long constant (Anthropic's MaxTokens is a long) as a positive token count.</summary>
    private static int? AsTokens(object value) => value switch
    {
        int i when i > 0 => i,
        long l when l > 0 && l <= int.MaxValue => (int)l,
        _ => null,
    };
}
