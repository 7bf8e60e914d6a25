using System.Text;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// A prompt template split into what is sent as written and the holes a template engine fills at run time:
/// Semantic Kernel variables and function calls (<c>{{$input}}</c>, <c>{{memory.ask $q}}</c>), Handlebars and
/// Mustache (<c>{{name}}</c>, <c>{{#each items}}</c>, <c>{{{raw}}}</c>), Jinja2 and Liquid (<c>{{ x }}</c>,
/// <c>{% for %}</c>, <c>{# comment #}</c>) and VS Code prompt-file variables (<c>${input:name}</c>, <c>${selection}</c>).
/// Holes are neither counted as tokens nor searched for facts.
/// </summary>
public sealed class TemplateText
{
    /// <summary>What a hole reads as in <see cref="Rendered"/>; the fact engine treats it as a placeholder.</summary>
    public const string HolePlaceholder = "{…}";

    private const int MaxHoleLength = 2000;

    private TemplateText(string staticText, MappedText rendered, int holeCount)
    {
        StaticText = staticText;
        Rendered = rendered;
        HoleCount = holeCount;
    }

    /// <summary>The text with every hole removed: what the token count covers.</summary>
    public string StaticText { get; }

    /// <summary>The text with every hole replaced by <see cref="HolePlaceholder"/>, mapped to the file: what fact detection reads.</summary>
    public MappedText Rendered { get; }

    /// <summary>Variables, expressions, function calls and block tags found.</summary>
    public int HoleCount { get; }

    public bool HasStaticText
    {
        get
        {
            foreach (char c in StaticText)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static TemplateText Parse(MappedText source)
    {
        string text = source.Text;
        var staticText = new StringBuilder(text.Length);
        var rendered = new MappedText.Builder();
        int holes = 0;
        int runStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            int holeEnd = HoleEnd(text, i);
            if (holeEnd < 0)
            {
                i++;
                continue;
            }

            if (i > runStart)
            {
                staticText.Append(text, runStart, i - runStart);
                rendered.Append(source, runStart, i - runStart);
            }

            rendered.AppendSynthetic(HolePlaceholder);
            holes++;
            i = holeEnd;
            runStart = i;
        }

        if (text.Length > runStart)
        {
            staticText.Append(text, runStart, text.Length - runStart);
            rendered.Append(source, runStart, text.Length - runStart);
        }

        return new TemplateText(staticText.ToString(), rendered.ToMappedText(), holes);
    }

    public static TemplateText Parse(string text) => Parse(MappedText.Verbatim(text, 0));

    /// <summary>The end of the hole that starts at <paramref name="i"/>, or -1 when none starts there.</summary>
    private static int HoleEnd(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return -1;
        }

        char c = text[i];
        char next = text[i + 1];
        if (c == '{' && next == '{')
        {
            // {{{raw}}} (Handlebars triple stash) or {{...}}; "{{" with no close is literal text.
            bool triple = i + 2 < text.Length && text[i + 2] == '{';
            string close = triple ? "}}}" : "}}";
            return Close(text, i + (triple ? 3 : 2), close);
        }

        if (c == '{' && next == '%')
        {
            return Close(text, i + 2, "%}");
        }

        if (c == '{' && next == '#')
        {
            return Close(text, i + 2, "#}");
        }

        if (c == '$' && next == '{')
        {
            // ${input:name}, ${selection}, ${file}: a name, no nested braces, on one line.
            for (int j = i + 2; j < text.Length && j - i < 200; j++)
            {
                char d = text[j];
                if (d == '}')
                {
                    return j > i + 2 ? j + 1 : -1;
                }

                if (d == '{' || d == '\n' || d == '$')
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    private static int Close(string text, int from, string close)
    {
        int limit = System.Math.Min(text.Length, from + MaxHoleLength);
        int index = text.IndexOf(close, from, limit - from, System.StringComparison.Ordinal);
        return index < 0 ? -1 : index + close.Length;
    }
}
