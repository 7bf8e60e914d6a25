using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// Reads Handlebars as Semantic Kernel's Handlebars templates use it: <c>{{city}}</c> and <c>{{{raw}}}</c> render an argument,
/// <c>{{helper a b}}</c> passes arguments to a helper, <c>{{#each items}}</c> and <c>{{#with x}}</c> change the context (names
/// inside may be an item's properties, so they are not required), <c>{{#if x}}</c> tests a value that may be absent, and a
/// hyphenated name (<c>{{plugin-function}}</c>) or a partial calls something that receives every argument.
/// </summary>
internal static class HandlebarsTemplateReader
{
    private static readonly HashSet<string> Literals = new(StringComparer.Ordinal) { "true", "false", "null", "undefined", "this", "else" };

    public static TemplateVariables Read(string text)
    {
        var result = new TemplateVariables();
        var reader = new State(result);
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
                var (contentStart, close, closeLength) = Delimit(text, i);
                if (close < 0)
                {
                    result.Report(new PlaceholderIssue(PlaceholderIssueKind.Unclosed, i, TemplateScanning.Excerpt(text, i), null));
                    break;
                }

                hasBlocks = true;
                reader.ReadBlock(text.Substring(contentStart, close - contentStart), i, text.Substring(i, close + closeLength - i));
                i = close + closeLength - 1;
            }
            else if (TemplateScanning.TrySingleBrace(text, i, out int end, out string name, out bool dollar))
            {
                singleBraces.Add((i, end, name, dollar));
                i = end - 1;
            }
        }

        if (hasBlocks)
        {
            foreach (var (start, end, name, _) in singleBraces)
            {
                result.Mention(name);
                result.Report(new PlaceholderIssue(PlaceholderIssueKind.ForeignSyntax, start, text.Substring(start, end - start), name));
            }
        }

        return result.Complete();
    }

    /// <summary>Where the content of the mustache at <paramref name="i"/> starts and where its closing delimiter is.</summary>
    private static (int ContentStart, int Close, int CloseLength) Delimit(string text, int i)
    {
        if (string.CompareOrdinal(text, i, "{{!--", 0, 5) == 0)
        {
            int comment = text.IndexOf("--}}", i + 5, StringComparison.Ordinal);
            return (i + 5, comment, 4);
        }

        if (i + 2 < text.Length && text[i + 2] == '{')
        {
            return (i + 3, TemplateScanning.FindClose(text, i + 3, "}}}"), 3);
        }

        return (i + 2, TemplateScanning.FindClose(text, i + 2, "}}"), 2);
    }

    private sealed class State
    {
        private readonly TemplateVariables _result;

        /// <summary>Open block helpers; true for those that change the context (each, with, custom blocks).</summary>
        private readonly Stack<bool> _blocks = new();
        private int _contextDepth;

        public State(TemplateVariables result) => _result = result;

        public void ReadBlock(string content, int offset, string whole)
        {
            content = content.Trim().Trim('~').Trim();
            if (content.Length == 0 || content[0] == '!' || whole.StartsWith("{{!", StringComparison.Ordinal))
            {
                return;
            }

            if (content[0] == '$')
            {
                // Semantic Kernel syntax in a Handlebars template: rendered as nothing, never as the argument.
                string name = content.Substring(1).Trim();
                if (TemplateScanning.IsName(name))
                {
                    _result.Mention(name);
                    _result.Report(new PlaceholderIssue(PlaceholderIssueKind.ForeignSyntax, offset, whole, name));
                }

                return;
            }

            switch (content[0])
            {
                case '#':
                    OpenBlock(TemplateScanning.Tokens(content.Substring(1), splitParentheses: true), offset);
                    return;
                case '/':
                    CloseBlock();
                    return;
                case '>':
                    // A partial renders with the current context: it may read any argument.
                    _result.PassesAllArguments = true;
                    return;
                case '&' or '^':
                    content = content.Substring(1);
                    break;
            }

            var tokens = TemplateScanning.Tokens(content, splitParentheses: true);
            if (tokens.Count == 0 || tokens[0] == "else")
            {
                MentionAll(tokens, 1);
                return;
            }

            if (tokens.Count == 1)
            {
                Read(tokens[0], offset, required: true);
                return;
            }

            CallHelper(tokens, offset);
        }

        private void OpenBlock(List<string> tokens, int offset)
        {
            if (tokens.Count == 0)
            {
                return;
            }

            string helper = tokens[0];
            bool changesContext = helper is not ("if" or "unless");
            if (helper is "each" or "with" && tokens.Count > 1)
            {
                Read(tokens[1], offset, required: true);
                DefineBlockParameters(tokens);
            }
            else
            {
                NoteHelper(helper);
                MentionAll(tokens, 1);
            }

            _blocks.Push(changesContext);
            if (changesContext)
            {
                _contextDepth++;
            }
        }

        private void CloseBlock()
        {
            if (_blocks.Count > 0 && _blocks.Pop())
            {
                _contextDepth--;
            }
        }

        private void CallHelper(List<string> tokens, int offset)
        {
            NoteHelper(tokens[0]);
            if (tokens[0] == "set")
            {
                // {{set "name" value}} or {{set name="x" value=y}}: the template assigns the variable itself.
                foreach (string token in tokens)
                {
                    string value = token.StartsWith("name=", StringComparison.Ordinal) ? token.Substring(5) : token;
                    if (value.Length > 2 && value[0] is '"' or '\'')
                    {
                        _result.Define(value.Substring(1, value.Length - 2));
                        break;
                    }
                }
            }

            for (int t = 1; t < tokens.Count; t++)
            {
                string token = tokens[t];
                if (token == TemplateScanning.Subexpression)
                {
                    if (t + 1 < tokens.Count)
                    {
                        NoteHelper(tokens[++t]);
                    }

                    continue;
                }

                int equals = token.IndexOf('=');
                Read(equals >= 0 ? token.Substring(equals + 1) : token, offset, required: true);
            }
        }

        /// <summary>A hyphenated helper is a kernel function (<c>plugin-function</c>): it receives every argument.</summary>
        private void NoteHelper(string helper)
        {
            _result.Mention(helper);
            if (helper.IndexOf('-') > 0)
            {
                _result.PassesAllArguments = true;
            }
        }

        private void DefineBlockParameters(List<string> tokens)
        {
            int asIndex = tokens.IndexOf("as");
            if (asIndex < 0)
            {
                return;
            }

            for (int t = asIndex + 1; t < tokens.Count; t++)
            {
                _result.Define(tokens[t].Trim('|'));
            }
        }

        private void MentionAll(List<string> tokens, int from)
        {
            for (int t = from; t < tokens.Count; t++)
            {
                string token = tokens[t];
                if (token == TemplateScanning.Subexpression)
                {
                    if (t + 1 < tokens.Count)
                    {
                        NoteHelper(tokens[++t]);
                    }

                    continue;
                }

                int equals = token.IndexOf('=');
                if (Root(equals >= 0 ? token.Substring(equals + 1) : token) is string name)
                {
                    _result.Mention(name);
                }
            }
        }

        private void Read(string token, int offset, bool required)
        {
            if (token.IndexOf('-') > 0 && TemplateScanning.IsNameStart(token[0]))
            {
                NoteHelper(token);
                return;
            }

            if (Root(token) is not string name)
            {
                return;
            }

            if (required && _contextDepth == 0)
            {
                _result.Require(name, offset);
            }
            else
            {
                _result.Mention(name);
            }
        }

        /// <summary>The argument a path starts from (<c>customer.name</c> → customer), or null for literals, <c>this</c>, <c>@data</c> and parent paths.</summary>
        private static string? Root(string token)
        {
            int end = token.IndexOfAny(new[] { '.', '/', '[' });
            string root = end < 0 ? token : token.Substring(0, end);
            return TemplateScanning.IsName(root) && !Literals.Contains(root) ? root : null;
        }
    }
}
