using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// Reads Liquid and Jinja2 (Prompty) templates: <c>{{ city }}</c> and <c>{{ customer.name | upcase }}</c> render an argument,
/// <c>{{ x | default: "y" }}</c> gives it a default, <c>{% for item in items %}</c> reads <c>items</c> and defines <c>item</c>,
/// <c>{% assign x = ... %}</c> / <c>{% set x = ... %}</c> define <c>x</c>, conditions only mention what they test, and
/// <c>include</c>/<c>render</c> pull in a template that may read any argument. Comments and raw blocks are skipped.
/// </summary>
internal static class LiquidTemplateReader
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "is", "true", "false", "nil", "null", "none", "empty", "blank", "contains",
        "if", "else", "elif", "elsif", "endif", "for", "endfor", "with", "without", "as", "recursive", "limit", "offset",
        "reversed", "forloop", "loop", "defined", "undefined",
    };

    public static TemplateVariables Read(string text)
    {
        var result = new TemplateVariables();
        var singleBraces = new List<(int Start, int End, string Name)>();
        bool hasBlocks = false;
        string? skipUntil = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (next is '{' or '%' or '#')
            {
                string close = next == '{' ? "}}" : next == '%' ? "%}" : "#}";
                int end = TemplateScanning.FindClose(text, i + 2, close);
                if (end < 0)
                {
                    result.Report(new PlaceholderIssue(PlaceholderIssueKind.Unclosed, i, TemplateScanning.Excerpt(text, i), null));
                    break;
                }

                string content = text.Substring(i + 2, end - i - 2).Trim('-', '~').Trim();
                int open = i;
                i = end + 1;
                hasBlocks = true;
                if (skipUntil is not null)
                {
                    if (next == '%' && FirstWord(content) == skipUntil)
                    {
                        skipUntil = null;
                    }

                    continue;
                }

                if (next == '{')
                {
                    ReadOutput(result, content, text.Substring(open, end + 2 - open), open);
                }
                else if (next == '%')
                {
                    skipUntil = ReadTag(result, content, open);
                }
            }
            else if (skipUntil is null && TemplateScanning.TrySingleBrace(text, i, out int end, out string name, out _))
            {
                singleBraces.Add((i, end, name));
                i = end - 1;
            }
        }

        if (hasBlocks)
        {
            foreach (var (start, end, name) in singleBraces)
            {
                result.Mention(name);
                result.Report(new PlaceholderIssue(PlaceholderIssueKind.ForeignSyntax, start, text.Substring(start, end - start), name));
            }
        }

        return result.Complete();
    }

    private static void ReadOutput(TemplateVariables result, string content, string whole, int offset)
    {
        if (content.StartsWith("$", StringComparison.Ordinal) && TemplateScanning.IsName(content.Substring(1)))
        {
            // Semantic Kernel syntax in a Liquid template.
            string name = content.Substring(1);
            result.Mention(name);
            result.Report(new PlaceholderIssue(PlaceholderIssueKind.ForeignSyntax, offset, whole, name));
            return;
        }

        var pipes = SplitFilters(content);
        bool hasDefault = false;
        for (int p = 1; p < pipes.Count; p++)
        {
            string filter = FirstWord(pipes[p].Trim());
            hasDefault |= filter is "default" or "d";
            MentionNames(result, pipes[p], skipFirst: true);
        }

        foreach (string name in RootNames(pipes[0]))
        {
            if (hasDefault)
            {
                result.Mention(name);
            }
            else
            {
                result.Require(name, offset);
            }
        }
    }

    /// <summary>Reads a tag; returns the closing tag to skip to for comment and raw blocks.</summary>
    private static string? ReadTag(TemplateVariables result, string content, int offset)
    {
        string tag = FirstWord(content);
        string rest = content.Substring(tag.Length).Trim();
        switch (tag)
        {
            case "comment":
                return "endcomment";
            case "raw":
                return "endraw";
            case "for":
                int inIndex = IndexOfWord(rest, "in");
                if (inIndex > 0)
                {
                    foreach (string loopVariable in rest.Substring(0, inIndex).Split(','))
                    {
                        result.Define(loopVariable.Trim());
                    }

                    foreach (string name in RootNames(rest.Substring(inIndex + 2)))
                    {
                        result.Require(name, offset);
                    }
                }

                return null;
            case "assign" or "set" or "capture":
                int equals = rest.IndexOf('=');
                string target = (equals >= 0 ? rest.Substring(0, equals) : rest).Trim();
                result.Define(target);
                MentionNames(result, equals >= 0 ? rest.Substring(equals + 1) : string.Empty, skipFirst: false);
                return null;
            case "include" or "render" or "extends" or "import" or "from":
                result.PassesAllArguments = true;
                return null;
            default:
                MentionNames(result, rest, skipFirst: false);
                return null;
        }
    }

    private static void MentionNames(TemplateVariables result, string expression, bool skipFirst)
    {
        bool first = true;
        foreach (string name in RootNames(expression))
        {
            if (!(skipFirst && first))
            {
                result.Mention(name);
            }

            first = false;
        }
    }

    /// <summary>The filters of an output, split on <c>|</c> outside quotes (the first part is the expression).</summary>
    private static List<string> SplitFilters(string content)
    {
        var parts = new List<string>();
        char quote = '\0';
        int start = 0;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '|' && !(i + 1 < content.Length && content[i + 1] == '|'))
            {
                parts.Add(content.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(content.Substring(start));
        return parts;
    }

    /// <summary>Names an expression reads from its arguments: not after a dot, not in quotes, not keywords, not called functions.</summary>
    private static IEnumerable<string> RootNames(string expression)
    {
        char quote = '\0';
        for (int i = 0; i < expression.Length; i++)
        {
            char c = expression[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            if (!TemplateScanning.IsNameStart(c) || (i > 0 && (TemplateScanning.IsNamePart(expression[i - 1]) || expression[i - 1] == '.')))
            {
                continue;
            }

            int end = i;
            while (end < expression.Length && TemplateScanning.IsNamePart(expression[end]))
            {
                end++;
            }

            string name = expression.Substring(i, end - i);
            int after = end;
            while (after < expression.Length && expression[after] == ' ')
            {
                after++;
            }

            bool called = after < expression.Length && expression[after] == '(';
            bool hashKey = after < expression.Length && expression[after] == ':';
            if (!called && !hashKey && !Keywords.Contains(name))
            {
                yield return name;
            }

            i = end - 1;
        }
    }

    private static string FirstWord(string content)
    {
        int end = 0;
        while (end < content.Length && TemplateScanning.IsNamePart(content[end]))
        {
            end++;
        }

        return content.Substring(0, end);
    }

    private static int IndexOfWord(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool startOk = i == 0 || !TemplateScanning.IsNamePart(text[i - 1]);
            bool endOk = i + word.Length >= text.Length || !TemplateScanning.IsNamePart(text[i + word.Length]);
            if (startOk && endOk)
            {
                return i;
            }
        }

        return -1;
    }
}
