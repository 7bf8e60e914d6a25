namespace PromptAnalyzers.Text.PromptFiles;

public sealed partial class YamlReader
{
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
}
