using System.Collections.Generic;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// Tokens that function definitions add to a chat request, counted the way OpenAI's cookbook does ("How to count tokens with
/// tiktoken", <c>num_tokens_for_tools</c>), which it checks against the API's <c>usage.prompt_tokens</c>: per function 7
/// tokens (10 for the cl100k_base models gpt-4 and gpt-3.5-turbo) plus "name:description"; when it has parameters 3
/// tokens, then per parameter 3 plus "name:type:description" (a trailing '.' of a description dropped), and per enum
/// value 3 plus the value (less 3 once per enum); 12 tokens after the last function.
/// </summary>
/// <remarks>
/// Approximate: the formula does not count nested object or array schemas, <c>required</c> lists or defaults, and OpenAI
/// publishes no constants for models after gpt-4o; the exact count is only what <c>POST /v1/responses/input_tokens</c>
/// returns. Other vendors render tools differently (Anthropic adds a tool-use system prompt of ~300 tokens); the same
/// formula gives their estimate.
/// </remarks>
public static class ToolDefinitionTokens
{
    private const int FunctionEnd = 12;
    private const int PropertiesStart = 3;
    private const int PropertyKey = 3;
    private const int EnumStart = -3;
    private const int EnumItem = 3;

    /// <summary>The tokens of <paramref name="tools"/> in <paramref name="encoding"/>; 0 for none.</summary>
    public static int Count(IReadOnlyList<ToolDefinition> tools, TokenEncoding encoding)
    {
        if (tools.Count == 0)
        {
            return 0;
        }

        int functionStart = encoding == TokenEncoding.Cl100kBase ? 10 : 7;
        int tokens = 0;
        foreach (ToolDefinition tool in tools)
        {
            tokens += functionStart + TokenCounter.Count(tool.Name + ":" + WithoutFinalDot(tool.Description), encoding);
            if (tool.Parameters.Count > 0)
            {
                tokens += PropertiesStart;
                foreach (ToolParameter parameter in tool.Parameters)
                {
                    tokens += PropertyKey + TokenCounter.Count(parameter.Name + ":" + parameter.Type + ":" + WithoutFinalDot(parameter.Description), encoding);
                    if (parameter.EnumValues.Count > 0)
                    {
                        tokens += EnumStart;
                        foreach (string value in parameter.EnumValues)
                        {
                            tokens += EnumItem + TokenCounter.Count(value, encoding);
                        }
                    }
                }
            }
        }

        return tokens + FunctionEnd;
    }

    private static string WithoutFinalDot(string text) => text.EndsWith(".", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
}
