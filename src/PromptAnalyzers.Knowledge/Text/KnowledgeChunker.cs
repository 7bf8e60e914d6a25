using System.Collections.Generic;
using System.Text;

namespace PromptAnalyzers.Knowledge.Text;

/// <summary>
/// Splits a markdown or text file into chunks small enough to retrieve one fact at a time: one chunk per paragraph
/// under its headings, one per list item, one per table row (with the table's header row, so the row keeps its
/// meaning). Chunk text is the file's text verbatim (lines joined with '\n'); headings are not repeated in it.
/// </summary>
public static class KnowledgeChunker
{
    /// <summary>The chunks of one file.</summary>
    /// <param name="content">The file's text.</param>
    /// <param name="source">The name the chunks report as their source.</param>
    /// <param name="markdown">True to treat '#' lines as headings, lists and tables as markdown; false for plain text (paragraphs only).</param>
    public static List<KnowledgeChunk> Split(string content, string source, bool markdown = true)
    {
        var chunks = new List<KnowledgeChunk>();
        var headings = new List<(int Level, string Text)>();
        var paragraph = new List<string>();
        string? tableHeader = null;
        var inFence = false;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                Add(chunks, string.Join("\n", paragraph), source, headings);
                paragraph.Clear();
            }
        }

        var lines = (content ?? string.Empty).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (markdown && trimmed.StartsWith("```", System.StringComparison.Ordinal))
            {
                inFence = !inFence;
                paragraph.Add(line);
                if (!inFence)
                {
                    FlushParagraph();
                }

                continue;
            }

            if (inFence)
            {
                paragraph.Add(line);
                continue;
            }

            if (trimmed.Length == 0)
            {
                FlushParagraph();
                tableHeader = null;
                continue;
            }

            if (markdown && HeadingLevel(trimmed) is var level && level > 0)
            {
                FlushParagraph();
                tableHeader = null;
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, trimmed.Substring(level).Trim().TrimEnd('#').Trim()));
                continue;
            }

            if (markdown && trimmed.StartsWith("|", System.StringComparison.Ordinal))
            {
                if (tableHeader is null)
                {
                    FlushParagraph();
                    tableHeader = line;
                }
                else if (!IsTableRule(trimmed))
                {
                    Add(chunks, tableHeader + "\n" + line, source, headings);
                }

                continue;
            }

            tableHeader = null;
            if (markdown && IsListItem(trimmed))
            {
                // A new list item starts a chunk of its own; an item's continuation lines stay with it.
                FlushParagraph();
            }

            paragraph.Add(line);
        }

        FlushParagraph();
        return chunks;
    }

    private static void Add(List<KnowledgeChunk> chunks, string text, string source, List<(int Level, string Text)> headings)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }

        var heading = new StringBuilder();
        foreach (var h in headings)
        {
            if (heading.Length > 0)
            {
                heading.Append(" > ");
            }

            heading.Append(h.Text);
        }

        chunks.Add(new KnowledgeChunk(text, source, heading.ToString()));
    }

    private static int HeadingLevel(string trimmed)
    {
        var level = 0;
        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (trimmed.Length == level || trimmed[level] == ' ') ? level : 0;
    }

    private static bool IsTableRule(string trimmed)
    {
        foreach (var ch in trimmed)
        {
            if (ch is not ('|' or '-' or ':' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListItem(string trimmed)
    {
        if (trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+' && trimmed[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && trimmed[digits + 1] == ' ';
    }
}
