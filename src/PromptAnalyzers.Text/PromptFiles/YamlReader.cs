using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// Reads the YAML subset of prompt files (Prompty front matter, Semantic Kernel prompt YAML, GitHub Models
/// .prompt.yml): block mappings and sequences by indentation, plain, single- and double-quoted scalars, literal and
/// folded block scalars, comments. Flow collections ([a, b], {a: b}) are kept as plain text; anchors and tags are not
/// interpreted. Never throws: text it does not understand becomes a scalar or is skipped. Every scalar is mapped back
/// to the file, so facts and token counts can be reported on the file's lines.
/// </summary>
public sealed class YamlReader
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly char[] LineBreaks = { '\n', '\r' };

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

    /// <summary>
    /// A literal (|) or folded (&gt;) block scalar whose header is at <paramref name="headerStart"/>: the lines indented
    /// more than <paramref name="indent"/> (by the header's indentation indicator, else as much as the first non-empty
    /// line), without that indentation, ending with the line breaks the header's chomping indicator keeps.
    /// </summary>
    private YamlScalar ReadBlockScalar(int indent, int headerStart, int headerEnd)
    {
        bool folded = _text[headerStart] == '>';
        Chomping chomping = ReadBlockHeader(headerStart + 1, headerEnd, out int indentationIndicator);
        _index++;
        int contentIndent = indentationIndicator > 0 ? indent + indentationIndicator : DetectBlockIndentation(indent);

        var builder = new MappedText.Builder();
        int emptyLines = 0;
        bool hasContent = false;
        bool previousWasMoreIndented = false;
        bool lastLineHasBreak = false;
        while (_index < _lines.Length)
        {
            Line line = _lines[_index];
            int spaces = LeadingSpaces(line);
            if (IsWhitespaceOnly(line) && spaces <= contentIndent)
            {
                emptyLines++;
                _index++;
                continue;
            }

            if (spaces < contentIndent)
            {
                break;
            }

            int from = line.Start + contentIndent;
            bool moreIndented = from < line.RawEnd && IsSpace(_text[from]);
            builder.AppendSynthetic(LineBreaksBefore(folded, hasContent, previousWasMoreIndented || moreIndented, emptyLines));
            AppendFromFile(builder, from, line.RawEnd);
            hasContent = true;
            previousWasMoreIndented = moreIndented;
            lastLineHasBreak = line.HasBreak;
            emptyLines = 0;
            _index++;
        }

        builder.AppendSynthetic(FinalLineBreaks(chomping, hasContent && lastLineHasBreak, emptyLines));
        return new YamlScalar(builder.ToMappedText(), isBlock: true);
    }

    /// <summary>Reads the indicators after | or &gt;: chomping (- strip, + keep) and indentation (1-9), in either order.</summary>
    private Chomping ReadBlockHeader(int start, int end, out int indentationIndicator)
    {
        Chomping chomping = Chomping.Clip;
        indentationIndicator = 0;
        for (int i = start; i < end && !IsSpace(_text[i]) && _text[i] != '#'; i++)
        {
            char c = _text[i];
            if (c == '-' || c == '+')
            {
                chomping = c == '-' ? Chomping.Strip : Chomping.Keep;
            }
            else if (c >= '1' && c <= '9')
            {
                indentationIndicator = c - '0';
            }
        }

        return chomping;
    }

    /// <summary>
    /// The indentation of a block scalar without an indicator: that of its first non-empty line, or of a deeper empty
    /// line before it (as YamlDotNet does); at least one more than the parent's, else the block holds only empty lines.
    /// </summary>
    private int DetectBlockIndentation(int indent)
    {
        int deepestEmptyLine = 0;
        for (int i = _index; i < _lines.Length; i++)
        {
            int spaces = LeadingSpaces(_lines[i]);
            if (!IsWhitespaceOnly(_lines[i]))
            {
                return Math.Max(Math.Max(spaces, deepestEmptyLine), indent + 1);
            }

            deepestEmptyLine = Math.Max(deepestEmptyLine, spaces);
        }

        return Math.Max(deepestEmptyLine, indent + 1);
    }

    /// <summary>
    /// The breaks before a block scalar line that follows <paramref name="emptyLines"/> empty lines. Literal: every break
    /// stays. Folded: a single break between two lines of text reads as a space and n empty lines as n breaks, but
    /// around a more-indented line every break stays.
    /// </summary>
    private static string LineBreaksBefore(bool folded, bool hasContent, bool moreIndented, int emptyLines)
    {
        if (!hasContent)
        {
            return new string('\n', emptyLines);
        }

        if (!folded || moreIndented)
        {
            return new string('\n', emptyLines + 1);
        }

        return emptyLines == 0 ? " " : new string('\n', emptyLines);
    }

    /// <summary>Clip keeps the last line's break, strip drops it, keep also keeps the trailing empty lines.</summary>
    private static string FinalLineBreaks(Chomping chomping, bool contentEndsWithBreak, int trailingEmptyLines) => chomping switch
    {
        Chomping.Strip => string.Empty,
        Chomping.Keep => new string('\n', (contentEndsWithBreak ? 1 : 0) + trailingEmptyLines),
        _ => contentEndsWithBreak ? "\n" : string.Empty,
    };

    private int LeadingSpaces(Line line)
    {
        int i = line.Start;
        while (i < line.RawEnd && _text[i] == ' ')
        {
            i++;
        }

        return i - line.Start;
    }

    /// <summary>
    /// A single- or double-quoted scalar that opens at <paramref name="start"/> on the current line. A line break inside
    /// reads as a space and n empty lines as n breaks; spaces around a break are dropped. Its lines are indented more
    /// than its key (<paramref name="indent"/>), so when the quote never closes (a half-typed file) the scalar ends
    /// before the first line that is not, and the rest of the file still reads.
    /// </summary>
    private YamlScalar ReadQuoted(char quote, int start, int indent)
    {
        var builder = new MappedText.Builder();
        int i = start + 1;
        while (_index < _lines.Length)
        {
            QuotedLineEnd lineEnd = ReadQuotedLine(builder, quote, i, _lines[_index].RawEnd, out _);
            _index++;
            int emptyLines = CountWhitespaceOnlyLines(_index);
            if (lineEnd == QuotedLineEnd.ClosingQuote || _index + emptyLines >= _lines.Length || _lines[_index + emptyLines].Indent <= indent)
            {
                break;
            }

            _index += emptyLines;
            builder.AppendSynthetic(emptyLines > 0 || lineEnd == QuotedLineEnd.EscapedLineBreak ? new string('\n', emptyLines) : " ");
            i = _lines[_index].ContentStart;
        }

        return new YamlScalar(builder.ToMappedText(), isBlock: false);
    }

    /// <summary>
    /// Reads one line's part of a quoted scalar, from <paramref name="i"/> to the closing quote or to
    /// <paramref name="end"/> (the line's end), decoding escapes ('' in single quotes, \ sequences in double quotes).
    /// With a null <paramref name="builder"/> it only finds the end.
    /// </summary>
    private QuotedLineEnd ReadQuotedLine(MappedText.Builder? builder, char quote, int i, int end, out int afterClosingQuote)
    {
        afterClosingQuote = -1;
        int runStart = i;
        while (i < end)
        {
            char c = _text[i];
            if (c == quote && quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
            {
                AppendFromFile(builder, runStart, i + 1);
                i += 2;
                runStart = i;
            }
            else if (c == quote)
            {
                AppendFromFile(builder, runStart, i);
                afterClosingQuote = i + 1;
                return QuotedLineEnd.ClosingQuote;
            }
            else if (c == '\\' && quote == '"' && i + 1 == end)
            {
                AppendFromFile(builder, runStart, i);
                return QuotedLineEnd.EscapedLineBreak;
            }
            else if (c == '\\' && quote == '"')
            {
                AppendFromFile(builder, runStart, i);
                i += YamlEscape.Decode(_text, i, end, out string decoded);
                builder?.AppendSynthetic(decoded);
                runStart = i;
            }
            else
            {
                i++;
            }
        }

        int trimmed = end;
        while (trimmed > runStart && IsSpace(_text[trimmed - 1]))
        {
            trimmed--;
        }

        AppendFromFile(builder, runStart, trimmed);
        return QuotedLineEnd.LineBreak;
    }

    /// <summary>
    /// A flow collection ([a, b] or {a: b}) that opens at <paramref name="start"/>, kept as one scalar of its source
    /// text: lines joined by a space, comments dropped, up to the bracket that closes it. When it never closes (a
    /// half-typed file), it ends before the next key or item at the indentation of its own key (<paramref name="indent"/>),
    /// so the rest of the file still reads.
    /// </summary>
    private YamlScalar ReadFlowCollection(int start, int indent)
    {
        var builder = new MappedText.Builder();
        var scanner = new FlowScanner(_text);
        int from = start;
        while (true)
        {
            Line line = _lines[_index];
            AppendTrimmed(builder, from, scanner.ScanLine(from, line.End));
            _index++;
            if (scanner.Closed || !SkipFlowBlankLines(scanner) || EndsUnclosedValue(_lines[_index], indent))
            {
                break;
            }

            builder.AppendSynthetic(" ");
            from = _lines[_index].ContentStart;
        }

        return new YamlScalar(builder.ToMappedText(), isBlock: false);
    }

    /// <summary>Skips empty lines and, outside quotes, comment lines inside a flow collection; false at the end of the text.</summary>
    private bool SkipFlowBlankLines(FlowScanner scanner)
    {
        while (_index < _lines.Length && (IsWhitespaceOnly(_lines[_index]) || (!scanner.InQuotes && _text[_lines[_index].ContentStart] == '#')))
        {
            _index++;
        }

        return _index < _lines.Length;
    }

    /// <summary>True for a key or item at the indentation of an unclosed value's key, or less: the value has ended.</summary>
    private bool EndsUnclosedValue(Line line, int indent) => line.Indent <= indent && (KeyEnd(line) >= 0 || IsSequenceItem(line));

    private void AppendFromFile(MappedText.Builder? builder, int start, int end)
    {
        if (builder is not null && end > start)
        {
            builder.Append(_text.Substring(start, end - start), start);
        }
    }

    /// <summary>
    /// A plain scalar: its first line, then continuation lines indented more than <paramref name="indent"/> that are
    /// neither keys nor items. A line break between two lines reads as a space; n empty lines between them as n breaks.
    /// </summary>
    private YamlScalar ReadPlain(Line line, int indent, int valueStart)
    {
        var builder = new MappedText.Builder();
        AppendTrimmed(builder, valueStart, StripComment(valueStart, line.End));
        _index++;

        while (true)
        {
            int emptyLines = CountWhitespaceOnlyLines(_index);
            int next = _index + emptyLines;
            if (next >= _lines.Length || !ContinuesPlainScalar(_lines[next], indent))
            {
                break;
            }

            Line continuation = _lines[next];
            builder.AppendSynthetic(emptyLines == 0 ? " " : new string('\n', emptyLines));
            AppendTrimmed(builder, continuation.ContentStart, StripComment(continuation.ContentStart, continuation.End));
            _index = next + 1;
        }

        return new YamlScalar(builder.ToMappedText(), isBlock: false);
    }

    private bool ContinuesPlainScalar(Line line, int indent)
        => line.Indent > indent && !IsBlank(line) && KeyEnd(line) < 0 && !IsSequenceItem(line);

    private int CountWhitespaceOnlyLines(int from)
    {
        int count = 0;
        while (from + count < _lines.Length && IsWhitespaceOnly(_lines[from + count]))
        {
            count++;
        }

        return count;
    }

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

    private static bool IsWhitespaceOnly(Line line) => line.ContentStart >= line.End;

    /// <summary>YAML white space: only space and tab (a no-break space is text).</summary>
    private static bool IsSpace(char c) => c == ' ' || c == '\t';

    private bool SkipBlank()
    {
        while (_index < _lines.Length && IsBlank(_lines[_index]))
        {
            _index++;
        }

        return _index < _lines.Length;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        return i;
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

    /// <summary>Splits [<paramref name="start"/>, <paramref name="end"/>) into lines; a line ends at LF, CRLF or a lone CR.</summary>
    private static Line[] SplitLines(string text, int start, int end)
    {
        var lines = new List<Line>();
        int i = start;
        while (i < end)
        {
            int lineEnd = text.IndexOfAny(LineBreaks, i, end - i);
            bool hasBreak = lineEnd >= 0;
            if (!hasBreak)
            {
                lineEnd = end;
            }

            int next = !hasBreak ? end : text[lineEnd] == '\r' && lineEnd + 1 < end && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
            int content = i;
            while (content < lineEnd && IsSpace(text[content]))
            {
                content++;
            }

            int trimmedEnd = lineEnd;
            while (trimmedEnd > content && IsSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            lines.Add(new Line(i, content, trimmedEnd, lineEnd, content - i, hasBreak));
            i = next;
        }

        return lines.ToArray();
    }

    /// <summary>Follows brackets, quotes and comments through the lines of a flow collection.</summary>
    private struct FlowScanner
    {
        private readonly string _text;
        private int _depth;
        private char _quote;
        private char _lastIndicator;

        public FlowScanner(string text)
        {
            _text = text;
            _depth = 0;
            _quote = '\0';
            _lastIndicator = '[';
            Closed = false;
        }

        public bool InQuotes => _quote != '\0';

        /// <summary>True once the outermost bracket has closed.</summary>
        public bool Closed { get; private set; }

        /// <summary>Scans [<paramref name="i"/>, <paramref name="end"/>) and returns where the collection's text ends on it: after the closing bracket, before a comment, or at <paramref name="end"/>.</summary>
        public int ScanLine(int i, int end)
        {
            int lineStart = i;
            for (; i < end; i++)
            {
                char c = _text[i];
                if (_quote != '\0')
                {
                    SkipQuoted(c, ref i, end);
                    continue;
                }

                if ((c == '"' || c == '\'') && StartsScalar(_lastIndicator))
                {
                    _quote = c;
                }
                else if (c == '[' || c == '{')
                {
                    _depth++;
                }
                else if ((c == ']' || c == '}') && --_depth <= 0)
                {
                    Closed = true;
                    return i + 1;
                }
                else if (c == '#' && (i == lineStart || IsSpace(_text[i - 1])))
                {
                    return i;
                }

                if (!IsSpace(c))
                {
                    _lastIndicator = c;
                }
            }

            return end;
        }

        private void SkipQuoted(char c, ref int i, int end)
        {
            if (c == '\\' && _quote == '"')
            {
                i++;
            }
            else if (c == '\'' && _quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
            {
                i++;
            }
            else if (c == _quote)
            {
                _quote = '\0';
                _lastIndicator = c;
            }
        }

        /// <summary>A quote opens a quoted scalar only where a scalar starts: after [ { , : or ?.</summary>
        private static bool StartsScalar(char previous) => previous == '[' || previous == '{' || previous == ',' || previous == ':' || previous == '?';
    }

    private enum Chomping
    {
        Clip,
        Strip,
        Keep,
    }

    private enum QuotedLineEnd
    {
        ClosingQuote,
        LineBreak,
        EscapedLineBreak,
    }

    private readonly struct Line
    {
        public Line(int start, int contentStart, int end, int rawEnd, int indent, bool hasBreak)
        {
            Start = start;
            ContentStart = contentStart;
            End = end;
            RawEnd = rawEnd;
            Indent = indent;
            HasBreak = hasBreak;
        }

        /// <summary>Offset of the line's first character.</summary>
        public int Start { get; }

        /// <summary>Offset of the first non-blank character (End when the line is blank).</summary>
        public int ContentStart { get; }

        /// <summary>Offset after the last non-blank character.</summary>
        public int End { get; }

        /// <summary>Offset of the line break (trailing spaces are before it: quoted and block scalars keep some).</summary>
        public int RawEnd { get; }

        /// <summary>Column of the content (for a "- key:" item line, the column of the key).</summary>
        public int Indent { get; }

        /// <summary>False for the last line when the text ends without a line break.</summary>
        public bool HasBreak { get; }
    }
}
