using System;
using System.Collections.Generic;
using System.Text;

namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;

/// <summary>
/// The text half of the PA1001 fix, with no Roslyn types: which characters leave the prompt and what the knowledge
/// file says. Fact units (sentences, lines, list items, table rows) leave the prompt verbatim, with the whitespace
/// that separated them; every other character of the prompt stays exactly where it was.
/// </summary>
public sealed class FactExtraction
{
    private FactExtraction(string remaining, IReadOnlyList<string> units, IReadOnlyList<(int Start, int Length)> removed)
    {
        Remaining = remaining;
        Units = units;
        Removed = removed;
    }

    /// <summary>The prompt without the fact units.</summary>
    public string Remaining { get; }

    /// <summary>The fact units, verbatim, in prompt order.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The ranges of the original text that were removed (units and the whitespace around them), in order.</summary>
    public IReadOnlyList<(int Start, int Length)> Removed { get; }

    /// <summary>Removes <paramref name="units"/> (ranges of <paramref name="text"/>, may overlap) from the text.</summary>
    public static FactExtraction Apply(string text, IEnumerable<(int Start, int Length)> units)
    {
        var merged = Merge(text, units);
        var removed = new List<(int Start, int Length)>();
        var unitTexts = new List<string>();
        var blockStart = -1;
        var blockEnd = -1;
        foreach (var (start, end) in merged)
        {
            unitTexts.Add(text.Substring(start, end - start));
            if (blockStart >= 0 && IsWhiteSpace(text, blockEnd, start))
            {
                blockEnd = end; // only whitespace between: one block, removed as one
                continue;
            }

            if (blockStart >= 0)
            {
                AddRemoval(removed, WithSeparatingWhitespace(text, blockStart, blockEnd));
            }

            blockStart = start;
            blockEnd = end;
        }

        if (blockStart >= 0)
        {
            AddRemoval(removed, WithSeparatingWhitespace(text, blockStart, blockEnd));
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length) in removed)
        {
            builder.Append(text, position, start - position);
            position = start + length;
        }

        builder.Append(text, position, text.Length - position);
        return new FactExtraction(builder.ToString(), unitTexts, removed);
    }

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddRemoval(List<(int Start, int Length)> removed, (int Start, int End) range)
    {
        if (removed.Count > 0 && removed[removed.Count - 1].Start + removed[removed.Count - 1].Length >= range.Start)
        {
            var last = removed[removed.Count - 1];
            removed[removed.Count - 1] = (last.Start, Math.Max(range.End, last.Start + last.Length) - last.Start);
        }
        else
        {
            removed.Add((range.Start, range.End - range.Start));
        }
    }

    /// <summary>The knowledge file: a heading naming where the facts came from, then one paragraph per unit.</summary>
    public string KnowledgeFile(string title)
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(title).Append("\n");
        foreach (var unit in Units)
        {
            builder.Append('\n').Append(unit.Replace("\r\n", "\n").Trim('\n')).Append('\n');
        }

        return builder.ToString();
    }

    private static List<(int Start, int End)> Merge(string text, IEnumerable<(int Start, int Length)> units)
    {
        var sorted = new List<(int Start, int End)>();
        foreach (var (start, length) in units)
        {
            if (start < 0 || length <= 0 || start + length > text.Length)
            {
                continue;
            }

            // A unit is trimmed of surrounding whitespace: that whitespace is the prompt's layout, handled below.
            var s = start;
            var e = start + length;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                sorted.Add((s, e));
            }
        }

        sorted.Sort((x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<(int Start, int End)>();
        foreach (var unit in sorted)
        {
            if (merged.Count > 0 && unit.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = (last.Start, Math.Max(last.End, unit.End));
            }
            else
            {
                merged.Add(unit);
            }
        }

        return merged;
    }

    /// <summary>
    /// A unit alone on its line(s) takes its line break with it; a unit inside a line takes the spaces after it
    /// (or before it, at the end of a line), so no double spaces or blank lines are left behind.
    /// </summary>
    private static (int Start, int End) WithSeparatingWhitespace(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        var lineEnd = end;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t')
        {
            lineEnd++;
        }

        var atLineStart = lineStart == 0 || text[lineStart - 1] == '\n';
        var atLineEnd = lineEnd == text.Length || text[lineEnd] is '\n' or '\r';
        if (atLineStart && atLineEnd)
        {
            if (lineEnd < text.Length)
            {
                lineEnd += text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1;
                return (lineStart, lineEnd);
            }

            // The last line: take the line break before it instead.
            if (lineStart > 0)
            {
                lineStart--;
                if (lineStart > 0 && text[lineStart - 1] == '\r')
                {
                    lineStart--;
                }
            }

            return (lineStart, lineEnd);
        }

        if (!atLineEnd)
        {
            return (start, lineEnd); // the spaces after it
        }

        return (atLineStart ? start : lineStart, end); // at the end of a line: the spaces before it
    }
}
