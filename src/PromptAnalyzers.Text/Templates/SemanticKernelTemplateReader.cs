using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// Reads Semantic Kernel's own template syntax: <c>{{$name}}</c> renders an argument, <c>{{plugin.fn $x}}</c> and
/// <c>{{plugin.fn arg=$x}}</c> call a function (which receives every argument), <c>{{'text'}}</c> is a literal.
/// </summary>
internal static class SemanticKernelTemplateReader
{
    public static TemplateVariables Read(string text)
    {
        var result = new TemplateVariables();
        var singleBraces = new List<(int Start, int End, string Name, bool Dollar)>();
        bool hasBlocks = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                int close = TemplateScanning.FindClose(text, i + 2, "}}");
                if (close < 0)
                {
                    result.Report(new PlaceholderIssue(PlaceholderIssueKind.Unclosed, i, TemplateScanning.Excerpt(text, i), null));
                    break;
                }

                hasBlocks = true;
                ReadBlock(result, text.Substring(i + 2, close - i - 2), i);
                i = close + 1;
            }
            else if (TemplateScanning.TrySingleBrace(text, i, out int end, out string name, out bool dollar))
            {
                singleBraces.Add((i, end, name, dollar));
                i = end - 1;
            }
        }

        foreach (var (start, end, name, dollar) in singleBraces)
        {
            // {$city} is always meant for the engine; {city} only reads as a placeholder beside real ones.
            if (dollar || hasBlocks)
            {
                result.Mention(name);
                result.Report(new PlaceholderIssue(PlaceholderIssueKind.ForeignSyntax, start, text.Substring(start, end - start), name));
            }
        }

        return result.Complete();
    }

    private static void ReadBlock(TemplateVariables result, string content, int offset)
    {
        var tokens = TemplateScanning.Tokens(content, splitParentheses: false);
        if (tokens.Count == 0 || tokens[0][0] is '"' or '\'')
        {
            return;
        }

        if (tokens[0][0] == '$')
        {
            RequireVariable(result, tokens[0], offset);
            return;
        }

        // A function call: its name, then positional ($x) or named (name=$x) arguments.
        result.Mention(tokens[0]);
        result.PassesAllArguments = true;
        for (int t = 1; t < tokens.Count; t++)
        {
            string token = tokens[t];
            int equals = token.IndexOf('=');
            RequireVariable(result, equals >= 0 ? token.Substring(equals + 1) : token, offset);
        }
    }

    private static void RequireVariable(TemplateVariables result, string token, int offset)
    {
        if (token.Length > 1 && token[0] == '$' && IsVariableName(token.Substring(1)))
        {
            result.Require(token.Substring(1), offset);
        }
    }

    /// <summary>Semantic Kernel's variable names: letters, digits and underscores (a leading digit is allowed).</summary>
    private static bool IsVariableName(string name)
    {
        foreach (char c in name)
        {
            if (!TemplateScanning.IsNamePart(c))
            {
                return false;
            }
        }

        return name.Length > 0;
    }
}
