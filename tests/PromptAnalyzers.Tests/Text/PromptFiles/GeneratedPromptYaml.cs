using System.Text;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>
/// Random prompt-shaped YAML for the YamlDotNet oracle: nested mappings and message sequences whose values are plain,
/// quoted, block and flow scalars, with blank lines, comments, escapes, odd indentation and CRLF. Some documents are
/// invalid; the oracle compares only those YamlDotNet accepts.
/// </summary>
internal sealed class GeneratedPromptYaml(int seed)
{
    private static readonly string[] PlainWords = ["word", "two words", "a:b", "x#y", "Ünïcödé ✓", "12:30", "it's", "say \"hi\"", "end\u00a0"];
    private static readonly string[] DoubleQuotedParts = ["text", " spaced ", "\\u00e9", "\\x41", "\\\"", "\\n", "\\t", "\\\\", "it's", "# not", "a: b", "\\ ", "\\U0001F600", "\t"];
    private static readonly string[] SingleQuotedParts = ["text", " spaced ", "it''s", "\\n", "# not", "a: b", "\""];
    private static readonly string[] BlockLines = ["line", "# not a comment", "two  words  ", "\ttab", "- item", "key: v"];

    private readonly Random _random = new(seed);
    private readonly StringBuilder _yaml = new();

    public string Next()
    {
        _yaml.Clear();
        if (OneIn(6))
        {
            _yaml.Append(OneIn(2) ? "---\n" : "--- # the document\n");
        }

        Mapping(0, 0);
        string yaml = _yaml.ToString();
        return OneIn(3) ? yaml.Replace("\n", "\r\n", StringComparison.Ordinal) : yaml;
    }

    private bool OneIn(int n) => _random.Next(n) == 0;

    private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];

    private string Comment() => OneIn(5) ? " # c" : "";

    private StringBuilder Indent(int spaces) => _yaml.Append(' ', spaces);

    private void Mapping(int indent, int depth)
    {
        int count = _random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            if (OneIn(8))
            {
                Indent(_random.Next(0, indent + 3)).Append("# comment\n");
            }

            if (OneIn(10))
            {
                _yaml.Append('\n');
            }

            string key = $"k{depth}{i}";
            Indent(indent).Append(OneIn(6) ? $"\"{key} \\u00e9\"" : OneIn(6) ? $"'{key} it''s'" : key).Append(OneIn(8) ? "  :" : ":");
            Value(indent, depth);
        }
    }

    private void Value(int indent, int depth)
    {
        int step = OneIn(2) ? 2 : 4;
        switch (_random.Next(depth < 2 ? 8 : 6))
        {
            case 0:
                _yaml.Append(' ').Append(Pick(PlainWords));
                PlainContinuationLines(indent);
                _yaml.Append(Comment()).Append('\n');
                break;
            case 1:
            case 2:
                _yaml.Append(' ');
                Quoted(indent, _random.Next(2) == 0 ? '"' : '\'');
                _yaml.Append(Comment()).Append('\n');
                break;
            case 3:
            case 4:
                _yaml.Append(' ');
                Block(indent);
                break;
            case 5:
                _yaml.Append(' ');
                Flow(indent);
                _yaml.Append(Comment()).Append('\n');
                break;
            case 6:
                _yaml.Append(Comment()).Append('\n');
                Mapping(indent + step, depth + 1);
                break;
            default:
                _yaml.Append(Comment()).Append('\n');
                Messages(OneIn(2) ? indent : indent + step, depth);
                break;
        }
    }

    private void Messages(int indent, int depth)
    {
        int count = _random.Next(1, 3);
        for (int i = 0; i < count; i++)
        {
            Indent(indent).Append('-');
            if (OneIn(2))
            {
                _yaml.Append($" role: r{i}\n");
                Indent(indent + 2).Append("content:");
                Value(indent + 2, depth + 2);
            }
            else
            {
                Value(indent, depth + 2);
            }
        }
    }

    private void PlainContinuationLines(int indent)
    {
        int lines = _random.Next(3);
        for (int i = 0; i < lines; i++)
        {
            _yaml.Append('\n');
            EmptyLines();
            Indent(indent + 1 + _random.Next(4)).Append(Pick(PlainWords));
        }
    }

    private void EmptyLines()
    {
        int lines = OneIn(3) ? _random.Next(1, 3) : 0;
        for (int i = 0; i < lines; i++)
        {
            Indent(_random.Next(0, 5)).Append('\n');
        }
    }

    private void Quoted(int indent, char quote)
    {
        _yaml.Append(quote);
        int lines = _random.Next(1, 4);
        for (int i = 0; i < lines; i++)
        {
            if (i > 0)
            {
                if (quote == '"' && OneIn(4))
                {
                    _yaml.Append('\\');
                }

                _yaml.Append('\n');
                EmptyLines();
                Indent(indent + 1 + _random.Next(3));
            }

            int parts = _random.Next(1, 4);
            for (int p = 0; p < parts; p++)
            {
                _yaml.Append(Pick(quote == '"' ? DoubleQuotedParts : SingleQuotedParts));
            }

            if (OneIn(4))
            {
                _yaml.Append("  ");
            }
        }

        _yaml.Append(quote);
    }

    private void Block(int indent)
    {
        _yaml.Append(OneIn(2) ? '|' : '>');
        int indicator = OneIn(4) ? _random.Next(1, 4) : 0;
        string chomping = Pick(new[] { "", "-", "+" });
        string indentation = indicator > 0 ? indicator.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        _yaml.Append(OneIn(2) ? chomping + indentation : indentation + chomping).Append(Comment()).Append('\n');

        int contentIndent = indent + (indicator > 0 ? indicator : _random.Next(1, 5));
        bool first = true;
        int lines = _random.Next(1, 6);
        for (int i = 0; i < lines; i++)
        {
            switch (_random.Next(6))
            {
                case 0:
                    _yaml.Append('\n');
                    break;
                case 1:
                    Indent(_random.Next(0, contentIndent + 3)).Append('\n');
                    break;
                default:
                    int extra = first && indicator == 0 ? 0 : OneIn(4) ? _random.Next(1, 3) : 0;
                    Indent(contentIndent + extra).Append(Pick(BlockLines)).Append('\n');
                    first = false;
                    break;
            }
        }

        if (OneIn(3))
        {
            _yaml.Append('\n');
        }
    }

    private void Flow(int indent)
    {
        string inner = new(' ', indent + 2);
        string close = new(' ', indent);
        _yaml.Append(_random.Next(4) switch
        {
            0 => "[a, \"b #c\", 'd']",
            1 => "{x: 1, y: [2, 3]}",
            2 => $"[\n{inner}a, # c\n{inner}\"b\"\n{close}]",
            _ => $"{{\n{inner}\"type\": \"json\",\n\n{inner}\"s\": {{\"n\": 1}}\n{close}}}",
        });
    }
}
