using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>Lexical pieces the template readers share: closing delimiters, names, tokens, single-brace placeholders.</summary>
internal static class TemplateScanning
{
    /// <summary>Longest placeholder read; past it an opening delimiter counts as unclosed (hostile or broken input stays linear).</summary>
    private const int MaxBlockLength = 4000;

    /// <summary>Index of <paramref name="close"/> after <paramref name="from"/>, skipping quoted strings, or -1.</summary>
    public static int FindClose(string text, int from, string close)
    {
        int limit = System.Math.Min(text.Length, from + MaxBlockLength);
        char quote = '\0';
        for (int i = from; i < limit; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\n')
                {
                    // A quote is not left open across lines: an apostrophe in text is not a string.
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (string.CompareOrdinal(text, i, close, 0, close.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Stands for an opening parenthesis in <see cref="Tokens"/>: the token after it names a helper (a Handlebars subexpression).</summary>
    public const string Subexpression = "(";

    /// <summary>
    /// The tokens of a placeholder's content, split on white space outside quotes (and on parentheses when asked, each opening
    /// one becoming a <see cref="Subexpression"/> token).
    /// </summary>
    public static List<string> Tokens(string content, bool splitParentheses)
    {
        var tokens = new List<string>();
        int start = -1;
        char quote = '\0';
        for (int i = 0; i <= content.Length; i++)
        {
            char c = i < content.Length ? content[i] : ' ';
            if (quote != '\0')
            {
                if (c == quote || i == content.Length)
                {
                    quote = '\0';
                }

                continue;
            }

            bool separator = char.IsWhiteSpace(c) || (splitParentheses && c is '(' or ')');
            if (separator)
            {
                if (start >= 0)
                {
                    tokens.Add(content.Substring(start, i - start));
                    start = -1;
                }

                if (c == '(' && splitParentheses)
                {
                    tokens.Add(Subexpression);
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
        }

        return tokens;
    }

    public static bool IsNameStart(char c) => c == '_' || (c < 128 && char.IsLetter(c));

    public static bool IsNamePart(char c) => c == '_' || (c < 128 && char.IsLetterOrDigit(c));

    /// <summary>True when the whole of <paramref name="text"/> is a name (letters, digits, underscores; not starting with a digit).</summary>
    public static bool IsName(string text)
    {
        if (text.Length == 0 || !IsNameStart(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!IsNamePart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A placeholder with single braces at <paramref name="i"/>: <c>{city}</c> or <c>{$city}</c>, not part of a doubled brace.
    /// These are what <c>string.Format</c>-style or C#-interpolation habits leave in a template whose engine reads <c>{{ }}</c>.
    /// </summary>
    public static bool TrySingleBrace(string text, int i, out int end, out string name, out bool dollar)
    {
        end = i;
        name = string.Empty;
        dollar = false;
        if (text[i] != '{' || (i > 0 && text[i - 1] == '{'))
        {
            return false;
        }

        int j = i + 1;
        if (j < text.Length && text[j] == '$')
        {
            dollar = true;
            j++;
        }

        int nameStart = j;
        while (j < text.Length && j - nameStart < 100 && IsNamePart(text[j]))
        {
            j++;
        }

        if (j == nameStart || j >= text.Length || text[j] != '}' || !IsNameStart(text[nameStart]) || (j + 1 < text.Length && text[j + 1] == '}'))
        {
            return false;
        }

        name = text.Substring(nameStart, j - nameStart);
        end = j + 1;
        return true;
    }

    /// <summary>A short run of text from an unclosed delimiter, for the message.</summary>
    public static string Excerpt(string text, int offset)
    {
        int end = offset;
        while (end < text.Length && end - offset < 24 && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return text.Substring(offset, end - offset);
    }
}
