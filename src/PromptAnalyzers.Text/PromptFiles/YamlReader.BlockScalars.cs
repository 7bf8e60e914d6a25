using System;

namespace PromptAnalyzers.Text.PromptFiles;

public sealed partial class YamlReader
{
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

    private enum Chomping
    {
        Clip,
        Strip,
        Keep,
    }
}
