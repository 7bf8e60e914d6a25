namespace PromptAnalyzers.Text.PromptFiles;

public sealed partial class YamlReader
{
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

    private enum QuotedLineEnd
    {
        ClosingQuote,
        LineBreak,
        EscapedLineBreak,
    }
}
