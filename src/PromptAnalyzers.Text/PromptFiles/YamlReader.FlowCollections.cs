namespace PromptAnalyzers.Text.PromptFiles;

public sealed partial class YamlReader
{
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
}
