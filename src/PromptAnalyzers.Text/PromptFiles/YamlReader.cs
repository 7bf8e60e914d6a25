using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// Reads the YAML subset of prompt files (Prompty front matter, Semantic Kernel prompt YAML, GitHub Models
/// .prompt.yml): block mappings and sequences by indentation, plain, single- and double-quoted scalars, literal and
/// folded block scalars, comments, as YAML 1.2 and YamlDotNet read them (the tests compare the two). Flow collections
/// ([a, b], {a: b}) are kept as one scalar of their source text; tags and anchors are skipped and aliases are not
/// resolved. Never throws: half-typed text still reads, what is not understood becomes a scalar or is skipped. Every
/// scalar is mapped back to the file, so facts and token counts can be reported on the file's lines.
/// The partial files hold one construct each: plain, quoted and block scalars, flow collections, lines.
/// </summary>
public sealed partial class YamlReader
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly string _text;
    private readonly Line[] _lines;
    private int _index;

    private YamlReader(string text, int start, int end)
    {
        _text = text;
        _lines = SplitLines(text, start, end);
    }

    /// <summary>Reads the YAML in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>); null when it holds no node.</summary>
    public static YamlNode? Read(string text, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        if (start < end && text[start] == ByteOrderMark)
        {
            start++;
        }

        var reader = new YamlReader(text, start, end);
        return reader.ReadNode(0);
    }

    public static YamlNode? Read(string text) => Read(text, 0, text.Length);

    private YamlNode? ReadNode(int minIndent)
    {
        if (!SkipBlank() || _lines[_index].Indent < minIndent)
        {
            return null;
        }

        Line line = _lines[_index];
        if (IsSequenceItem(line))
        {
            return ReadSequence(line.Indent);
        }

        if (KeyEnd(line) >= 0)
        {
            return ReadMapping(line.Indent);
        }

        // A scalar on a line of its own (the value of "key:" on the next line, or the whole document).
        return ReadValue(line, line.Indent - 1, line.ContentStart);
    }

    private YamlMapping ReadMapping(int indent)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>();
        while (SkipBlank())
        {
            Line line = _lines[_index];
            if (line.Indent < indent || (line.Indent == indent && IsSequenceItem(line)))
            {
                break;
            }

            int colon = line.Indent == indent ? KeyEnd(line) : -1;
            if (colon < 0)
            {
                // Not a key, or indented deeper than the keys after a complete value (a half-typed file): skip the
                // line rather than end the mapping.
                _index++;
                continue;
            }

            string key = ReadKey(line, colon);
            int valueStart = SkipSpaces(colon + 1, line.End);
            entries.Add(new KeyValuePair<string, YamlNode>(key, ReadValue(line, indent, valueStart)));
        }

        return new YamlMapping(entries);
    }

    private YamlSequence ReadSequence(int indent)
    {
        var items = new List<YamlNode>();
        while (SkipBlank())
        {
            Line line = _lines[_index];
            if (line.Indent < indent || (line.Indent == indent && !IsSequenceItem(line)))
            {
                break;
            }

            if (line.Indent > indent)
            {
                // Indented deeper than the items after a complete item (a half-typed file): skip the line.
                _index++;
                continue;
            }

            int contentStart = SkipSpaces(line.ContentStart + 1, line.End);
            if (contentStart >= line.End || _text[contentStart] == '#')
            {
                _index++;
                items.Add(ReadNode(indent + 1) ?? new YamlScalar(MappedText.Empty, false));
                continue;
            }

            // "- key: value" opens a mapping whose keys sit at the column after "- "; "- - x" a nested sequence.
            int column = line.Indent + (contentStart - line.ContentStart);
            _lines[_index] = new Line(line.Start, contentStart, line.End, line.RawEnd, column, line.HasBreak);
            Line item = _lines[_index];
            if (IsSequenceItem(item))
            {
                items.Add(ReadSequence(column));
            }
            else if (KeyEnd(item) >= 0)
            {
                items.Add(ReadMapping(column));
            }
            else
            {
                items.Add(ReadValue(item, indent, contentStart));
            }
        }

        return new YamlSequence(items);
    }

    /// <summary>Reads the value that starts at <paramref name="valueStart"/> on <paramref name="line"/> (a key or item at <paramref name="indent"/>), advancing past it.</summary>
    private YamlNode ReadValue(Line line, int indent, int valueStart)
    {
        valueStart = SkipTag(valueStart, line.End);
        if (valueStart >= line.End || _text[valueStart] == '#')
        {
            _index++;
            // A nested block: more indented, or a sequence at the same indentation ("key:\n- a").
            if (SkipBlank() && (_lines[_index].Indent > indent || (_lines[_index].Indent == indent && IsSequenceItem(_lines[_index]))))
            {
                return ReadNode(_lines[_index].Indent) ?? new YamlScalar(MappedText.Empty, false);
            }

            return new YamlScalar(MappedText.Empty, false);
        }

        char first = _text[valueStart];
        if (first == '|' || first == '>')
        {
            return ReadBlockScalar(indent, valueStart, line.End);
        }

        if (first == '"' || first == '\'')
        {
            return ReadQuoted(first, valueStart, indent);
        }

        if (first == '[' || first == '{')
        {
            return ReadFlowCollection(valueStart, indent);
        }

        return ReadPlain(line, indent, valueStart);
    }

    /// <summary>The offset of the ':' that ends a mapping key on this line, or -1.</summary>
    private int KeyEnd(Line line)
    {
        int i = line.ContentStart;
        if (i >= line.End)
        {
            return -1;
        }

        char first = _text[i];
        if (first == '#' || first == '[' || first == '{' || first == '|' || first == '>')
        {
            return -1;
        }

        if (first == '"' || first == '\'')
        {
            if (ReadQuotedLine(null, first, i + 1, line.End, out int afterQuote) != QuotedLineEnd.ClosingQuote)
            {
                return -1;
            }

            int colon = SkipSpaces(afterQuote, line.End);
            return colon < line.End && _text[colon] == ':' && (colon + 1 == line.End || IsSpace(_text[colon + 1])) ? colon : -1;
        }

        for (; i < line.End; i++)
        {
            char c = _text[i];
            if (c == ':' && (i + 1 == line.End || _text[i + 1] == ' ' || _text[i + 1] == '\t'))
            {
                return i;
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The key of a mapping entry whose ':' is at <paramref name="colon"/>; a quoted key is decoded like a quoted value.</summary>
    private string ReadKey(Line line, int colon)
    {
        char first = _text[line.ContentStart];
        if (first == '"' || first == '\'')
        {
            var builder = new MappedText.Builder();
            ReadQuotedLine(builder, first, line.ContentStart + 1, colon, out _);
            return builder.ToMappedText().Text;
        }

        int end = colon;
        while (end > line.ContentStart && IsSpace(_text[end - 1]))
        {
            end--;
        }

        return _text.Substring(line.ContentStart, end - line.ContentStart);
    }

    private bool IsSequenceItem(Line line)
        => line.ContentStart < line.End && _text[line.ContentStart] == '-'
           && (line.ContentStart + 1 == line.End || _text[line.ContentStart + 1] == ' ' || _text[line.ContentStart + 1] == '\t');

    /// <summary>True for a line with nothing but spaces or a comment, a directive (%YAML) or a document marker (---, ...).</summary>
    private bool IsBlank(Line line)
    {
        if (line.ContentStart >= line.End || _text[line.ContentStart] == '#')
        {
            return true;
        }

        return line.Indent == 0 && (_text[line.ContentStart] == '%' || IsDocumentMarker(line));
    }

    /// <summary>"---" or "...", alone or followed by a comment.</summary>
    private bool IsDocumentMarker(Line line)
    {
        if (line.End - line.ContentStart < 3)
        {
            return false;
        }

        string marker = _text.Substring(line.ContentStart, 3);
        if (marker != "---" && marker != "...")
        {
            return false;
        }

        int after = SkipSpaces(line.ContentStart + 3, line.End);
        return after == line.End || (after > line.ContentStart + 3 && _text[after] == '#');
    }

    private bool SkipBlank()
    {
        while (_index < _lines.Length && IsBlank(_lines[_index]))
        {
            _index++;
        }

        return _index < _lines.Length;
    }

    /// <summary>Skips a tag (!!str, !custom) or an anchor (&amp;name) before a value.</summary>
    private int SkipTag(int i, int end)
    {
        while (i < end && (_text[i] == '!' || _text[i] == '&'))
        {
            while (i < end && _text[i] != ' ')
            {
                i++;
            }

            i = SkipSpaces(i, end);
        }

        return i;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private int StripComment(int start, int end)
    {
        for (int i = start + 1; i < end; i++)
        {
            if (_text[i] == '#' && (_text[i - 1] == ' ' || _text[i - 1] == '\t'))
            {
                return i;
            }
        }

        return end;
    }

    private int CountWhitespaceOnlyLines(int from)
    {
        int count = 0;
        while (from + count < _lines.Length && IsWhitespaceOnly(_lines[from + count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsWhitespaceOnly(Line line) => line.ContentStart >= line.End;

    /// <summary>YAML white space: only space and tab (a no-break space is text).</summary>
    private static bool IsSpace(char c) => c == ' ' || c == '\t';

    private void AppendTrimmed(MappedText.Builder builder, int start, int end)
    {
        while (end > start && IsSpace(_text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            builder.Append(_text.Substring(start, end - start), start);
        }
    }

    private void AppendFromFile(MappedText.Builder? builder, int start, int end)
    {
        if (builder is not null && end > start)
        {
            builder.Append(_text.Substring(start, end - start), start);
        }
    }
}
