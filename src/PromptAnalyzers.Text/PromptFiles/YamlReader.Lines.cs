using System.Collections.Generic;

namespace PromptAnalyzers.Text.PromptFiles;

public sealed partial class YamlReader
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

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
