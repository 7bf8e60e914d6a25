using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Segmentation;

/// <summary>
/// Splits prompt text into units (sentences inside lines; list items, table rows and key: value lines
/// as carriers) and tags each with the kind of section it sits in. One pass, linear in the text.
/// </summary>
internal static class UnitSegmenter
{
    /// <summary>Lines longer than this are analysed in chunks so that no per-unit work can grow with the input.</summary>
    internal const int MaxChunk = 600;

    public static List<TextUnit> Segment(string text, CancellationToken cancellationToken)
    {
        var units = new List<TextUnit>();
        var state = new SectionState();
        int pos = 0;
        int lineNo = 0;
        while (pos <= text.Length)
        {
            if ((++lineNo & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            ProcessLine(text, pos, lineEnd, units, state);
            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return units;
    }

    private sealed class SectionState
    {
        public int Block;               // id of the current block: a new one after each blank line, fence, heading or section tag
        public bool InFence;
        public bool FenceIsData;        // a fence of data (JSON, CSV, YAML, plain text) under a heading of reference material
        public SectionKind Heading = SectionKind.Neutral; // from '#' headings and XML tags: lasts until the next one
        public SectionKind Colon = SectionKind.Neutral;   // from "Facts:" lines: lasts until a blank line
        public bool ColonSet;
        public bool InTable;
        public bool VerbatimContent;    // a Verbatim section has had a line of content
        public bool VerbatimAfterBlank; // ... and a blank line since: the next paragraph may end it
        public bool TableIsExample;     // the sentence before the current table announced examples
        public SectionKind Current => InFence && !FenceIsData ? SectionKind.Code : (ColonSet ? Colon : Heading);
    }

    /// <summary>Adds the units of one line and moves the section state on: each line pattern in turn, the first that matches wins.</summary>
    private static void ProcessLine(string text, int lineStart, int lineEnd, List<TextUnit> units, SectionState state)
    {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && (IsSpace(text[end - 1]) || text[end - 1] == '\r'))
        {
            end--;
        }

        if (start >= end)
        {
            EndParagraph(state);
            return;
        }

        TrackVerbatimPassage(text, start, end, state);
        if (TryFence(text, start, end, state)
            || TryCodeLine(start, end, units, state)
            || TrySectionTag(text, start, end, units, state)
            || TryMarkdownHeading(text, start, end, units, state)
            || TryTableRow(text, start, end, units, state)
            || TryJsonLine(text, start, end, units, state)
            || TryColonHeading(text, start, end, units, state)
            || TryBoldHeading(text, start, end, units, state))
        {
            return;
        }

        // list items and key: value lines carry their sentences; anything else is prose
        int content = ListMarkerEnd(text, start, end);
        if (content > start)
        {
            AddProse(text, content, end, units, state.Current, state.Block, UnitKind.ListItem, start);
        }
        else if (IsKeyValue(text, start, end))
        {
            AddProse(text, start, end, units, state.Current, state.Block, UnitKind.KeyValue, start);
        }
        else
        {
            AddProse(text, start, end, units, state.Current, state.Block, UnitKind.Sentence);
        }
    }

    /// <summary>A blank line ends the block, a table and a "Facts:" section, but not a passage to reproduce.</summary>
    private static void EndParagraph(SectionState state)
    {
        state.Block++;
        state.InTable = false;
        if (state.ColonSet && state.Colon == SectionKind.Verbatim)
        {
            // a passage to reproduce may run over several paragraphs ("Always reply with exactly this text:" + a document)
            state.VerbatimAfterBlank = state.VerbatimContent;
            return;
        }

        state.ColonSet = false;
    }

    /// <summary>
    /// Notes content in a Verbatim section, and ends the section when a paragraph after a blank line speaks to the model
    /// again (the instructions resume after the passage).
    /// </summary>
    private static void TrackVerbatimPassage(string text, int start, int end, SectionState state)
    {
        if (state.VerbatimAfterBlank)
        {
            state.VerbatimAfterBlank = false;
            if (Facts.InstructionClassifier.AddressesTheModel(text, start, end))
            {
                state.ColonSet = false;
            }
        }

        state.VerbatimContent |= state.ColonSet && state.Colon == SectionKind.Verbatim && !EndsWithColon(text, end);
    }

    /// <summary>A code fence ("```", "~~~") opens or closes a fence; under a heading of reference material a data fence is not code.</summary>
    private static bool TryFence(string text, int start, int end, SectionState state)
    {
        if (!StartsWith(text, start, end, "```") && !StartsWith(text, start, end, "~~~"))
        {
            return false;
        }

        state.FenceIsData = !state.InFence && state.Current == SectionKind.Knowledge && IsDataFence(text, start + 3, end);
        state.InFence = !state.InFence;
        state.Block++;
        return true;
    }

    /// <summary>A line inside a fence of code.</summary>
    private static bool TryCodeLine(int start, int end, List<TextUnit> units, SectionState state)
    {
        if (!state.InFence || state.FenceIsData)
        {
            return false;
        }

        units.Add(Make(start, end, UnitKind.Code, SectionKind.Code, state.Block));
        return true;
    }

    /// <summary>XML-like section tags: "&lt;rules&gt;", "&lt;/knowledge&gt;", "&lt;role&gt;inline&lt;/role&gt;" (the text inside an inline tag is prose of that section).</summary>
    private static bool TrySectionTag(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        if (text[start] != '<')
        {
            return false;
        }

        int close = text.IndexOf('>', start);
        if (!(close > start && close < end && close - start < 40 && IsTagName(text, start + 1, close)))
        {
            return false;
        }

        bool closing = text[start + 1] == '/';
        string name = text.Substring(closing ? start + 2 : start + 1, close - start - (closing ? 2 : 1));
        SectionKind kind = HeadingLexicon.Classify(name);
        state.Block++;
        state.ColonSet = false;
        state.Heading = closing ? SectionKind.Neutral : kind;
        if (closing)
        {
            return true;
        }

        int innerStart = close + 1;
        int innerEnd = end;
        int endTag = text.LastIndexOf("</", end - 1, end - innerStart, System.StringComparison.Ordinal);
        if (endTag >= innerStart)
        {
            innerEnd = endTag;
            state.Heading = SectionKind.Neutral;
        }

        while (innerStart < innerEnd && IsSpace(text[innerStart]))
        {
            innerStart++;
        }

        if (innerStart < innerEnd)
        {
            AddProse(text, innerStart, innerEnd, units, kind, state.Block, UnitKind.Sentence);
        }

        return true;
    }

    /// <summary>A Markdown heading ("## Opening hours"): its words say what kind of section follows.</summary>
    private static bool TryMarkdownHeading(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        if (text[start] != '#')
        {
            return false;
        }

        int title = start;
        while (title < end && text[title] == '#')
        {
            title++;
        }

        if (title >= end || text[title] != ' ')
        {
            return false;
        }

        state.Block++;
        state.Heading = HeadingLexicon.Classify(text.Substring(title, end - title));
        state.ColonSet = false;
        units.Add(Make(start, end, UnitKind.Heading, state.Heading, state.Block));
        return true;
    }

    /// <summary>A table row ("| a | b |"); the separator row makes the row before it the header.</summary>
    private static bool TryTableRow(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        if (text[start] != '|' || text.IndexOf('|', start + 1, end - start - 1) <= 0)
        {
            return false;
        }

        if (IsTableSeparator(text, start, end))
        {
            MarkLastRowAsHeader(units);
            state.InTable = true;
            return true;
        }

        bool firstRow = units.Count == 0 || (units[units.Count - 1].Kind != UnitKind.TableRow && units[units.Count - 1].Kind != UnitKind.TableHeader);
        if (firstRow)
        {
            // "Here is a table that contains some examples ...": the sentence before a table can say what it is
            TextUnit? before = units.Count > 0 ? units[units.Count - 1] : null;
            state.TableIsExample = before != null && before.Kind == UnitKind.Sentence && HeadingLexicon.Classify(text.Substring(before.Start, System.Math.Min(before.Length, 200))) == SectionKind.Example;
        }

        units.Add(Make(start, end, UnitKind.TableRow, state.TableIsExample ? SectionKind.Example : state.Current, state.Block));
        return true;
    }

    private static void MarkLastRowAsHeader(List<TextUnit> units)
    {
        if (units.Count == 0 || units[units.Count - 1].Kind != UnitKind.TableRow)
        {
            return;
        }

        var last = units[units.Count - 1];
        units[units.Count - 1] = new TextUnit(last.Start, last.Length, UnitKind.TableHeader, last.Section, last.BlockId)
        {
            LineStart = last.LineStart,
            LineLength = last.LineLength,
            RawLineStart = last.RawLineStart,
        };
    }

    /// <summary>A line of JSON: a bracket or a quoted key ("\"price\": 12").</summary>
    private static bool TryJsonLine(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        char first = text[start];
        if (!(first == '{' || first == '[' || first == '}' || first == ']' || (first == '"' && LooksLikeJsonKey(text, start, end))))
        {
            return false;
        }

        units.Add(Make(start, end, UnitKind.Json, state.Current, state.Block));
        return true;
    }

    /// <summary>
    /// A short line that ends with a colon introduces a section until the next blank line ("Facts you can share:", "Rules:",
    /// "营业信息：", "- **Example:**": emphasis after the colon does not change that).
    /// </summary>
    private static bool TryColonHeading(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        int colonEnd = end;
        while (colonEnd - start > 1 && (text[colonEnd - 1] == '*' || text[colonEnd - 1] == '_'))
        {
            colonEnd--;
        }

        if (!EndsWithColon(text, colonEnd) || end - start > 90)
        {
            return false;
        }

        state.Block++;
        SectionKind kind = HeadingLexicon.Classify(text.Substring(start, end - start));
        // a colon line that names no kind ("2. Each phase must include:", "You respond with:") stays in the section it is
        // in: the colon section above it (until a blank line ends that), else the heading's
        state.Colon = kind != SectionKind.Neutral ? kind : state.ColonSet ? state.Colon : state.Heading;
        state.ColonSet = true;
        state.VerbatimContent = false;
        units.Add(Make(start, end, UnitKind.Heading, state.Colon, state.Block));
        return true;
    }

    /// <summary>A line in bold alone ("**Opening hours**") is a heading.</summary>
    private static bool TryBoldHeading(string text, int start, int end, List<TextUnit> units, SectionState state)
    {
        bool bold = end - start > 4 && text[start] == '*' && text[start + 1] == '*' && text[end - 1] == '*' && text[end - 2] == '*'
            && text.IndexOf("**", start + 2, end - start - 4, System.StringComparison.Ordinal) < 0;
        if (!bold)
        {
            return false;
        }

        state.Block++;
        state.Heading = HeadingLexicon.Classify(text.Substring(start + 2, end - start - 4));
        state.ColonSet = false;
        units.Add(Make(start, end, UnitKind.Heading, state.Heading, state.Block));
        return true;
    }

    private static bool EndsWithColon(string text, int end) => text[end - 1] == ':' || text[end - 1] == '\uFF1A';

    /// <summary>
    /// True when a fence's info string names data, not a program: none, or json, csv, yaml, text... A catalogue pasted as
    /// JSON under "# Knowledge base" is reference data; a Python snippet under "## Reference" stays code.
    /// </summary>
    private static bool IsDataFence(string text, int s, int e)
    {
        if (e - s > 16)
        {
            return false;
        }

        string info = text.Substring(s, e - s).Trim().ToLowerInvariant();
        return info.Length == 0 || System.Array.IndexOf(DataFenceLanguages, info) >= 0;
    }

    private static readonly string[] DataFenceLanguages = { "json", "jsonc", "json5", "jsonl", "csv", "tsv", "yaml", "yml", "text", "txt", "plaintext", "markdown", "md" };

    private static TextUnit Make(int s, int e, UnitKind kind, SectionKind section, int block)
        => new TextUnit(s, e - s, kind, section, block) { LineStart = s, LineLength = e - s, RawLineStart = s };

    /// <summary>Adds the sentences of [s, e); list items and key: value lines carry their sentences.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void AddProse(string text, int s, int e, List<TextUnit> units, SectionKind section, int block, UnitKind carrierKind, int carrierStart = -1)
    {
        int carrierS = carrierStart >= 0 ? carrierStart : s;
        int start = s;
        int i = s;
        while (i < e)
        {
            bool split = false;
            int next = i + 1;
            char c = text[i];
            if (IsFullWidthStop(c) && i + 1 < e)
            {
                // scripts without spaces end a sentence with 。！？ and go straight on
                int j = i + 1;
                while (j < e && (IsSpace(text[j]) || IsClosingQuote(text[j])))
                {
                    j++;
                }

                split = true;
                next = j;
            }
            else if (c == '.' && i + 2 < e && i - start >= 2 && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsUpper(text[i + 1]) && char.IsLower(text[i + 2]))
            {
                // a missing space after the full stop: "a payment shop.Our shop uses QR codes"
                split = true;
                next = i + 1;
            }
            else if ((c == '.' || c == '!' || c == '?') && i + 1 < e && IsSpace(text[i + 1]))
            {
                int j = i + 1;
                while (j < e && IsSpace(text[j]))
                {
                    j++;
                }

                if (j < e && StartsSentence(text[j]) && !IsAbbreviationBefore(text, start, i) && !IsOrdinalDate(text, start, i, j, e))
                {
                    split = true;
                    next = j;
                }
            }

            if (!split && i - start >= MaxChunk && IsSpace(c))
            {
                split = true;
                next = i + 1;
            }

            if (!split && i - start >= MaxChunk * 2)
            {
                // no whitespace at all: hard split, never inside a surrogate pair
                split = true;
                next = char.IsHighSurrogate(c) && i + 1 < e ? i + 2 : i + 1;
            }

            if (split)
            {
                AddSentence(text, start, next, units, section, block, carrierKind, carrierS, e);
                start = next;
                i = next;
                continue;
            }

            i++;
        }

        if (start < e)
        {
            AddSentence(text, start, e, units, section, block, carrierKind, carrierS, e);
        }
    }

    private static void AddSentence(string text, int s, int e, List<TextUnit> units, SectionKind section, int block, UnitKind carrierKind, int carrierS, int carrierE)
    {
        while (e > s && IsSpace(text[e - 1]))
        {
            e--;
        }

        if (e <= s)
        {
            return;
        }

        bool carried = carrierKind != UnitKind.Sentence && carrierE - carrierS <= MaxChunk;
        units.Add(new TextUnit(s, e - s, carried ? carrierKind : UnitKind.Sentence, section, block)
        {
            LineStart = carried ? carrierS : s,
            LineLength = carried ? carrierE - carrierS : e - s,
            RawLineStart = carrierS,
        });
    }

    /// <summary>"am 3. Juni", "le 1. mai": a day number with a full stop before a month name is a date, not a sentence end.</summary>
    private static bool IsOrdinalDate(string text, int sentenceStart, int dot, int next, int e)
    {
        int d = dot;
        while (d > sentenceStart && dot - d < 3 && char.IsDigit(text[d - 1]))
        {
            d--;
        }

        if (d == dot || dot - d > 2 || (d > sentenceStart && char.IsLetterOrDigit(text[d - 1])))
        {
            return false;
        }

        int w = next;
        while (w < e && char.IsLetter(text[w]))
        {
            w++;
        }

        return w > next && ValueLexicon.Months.Contains(text.Substring(next, w - next));
    }

    private static bool IsFullWidthStop(char c) => c == '\u3002' || c == '\uFF01' || c == '\uFF1F';

    private static bool IsClosingQuote(char c) => c == '\u300D' || c == '\u300F' || c == '\u201D' || c == '\uFF09';

    private static bool IsCjkBullet(char c) => c == '\u30FB' || c == '\u25CF' || c == '\u25A0' || c == '\u25C6' || c == '\u25CB' || c == '\u203B' || (c >= '\u2460' && c <= '\u2473');

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c == '"' || c == '\u00AB' || c == '\u201E' || c == '\u201C' || c == '(' || c == '*' || c == '\u00BF' || c == '\u00A1';

    private static bool IsAbbreviationBefore(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        int len = dot - w;
        if (len == 0)
        {
            return false;
        }

        if (len == 1)
        {
            return true; // "e.g.", "z. B.", initials
        }

        return len <= 12 && CueLexicon.IsAbbreviation(text.Substring(w, len));
    }

    private static int ListMarkerEnd(string text, int s, int e)
    {
        char c = text[s];
        if (IsCjkBullet(c) && s + 1 < e)
        {
            // "・", "●", "①": bullets of text written without spaces
            int k = s + 1;
            while (k < e && text[k] == ' ')
            {
                k++;
            }

            return k;
        }

        if ((c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '\u2013' || c == '\u2014' || c == '\u00B7') && s + 1 < e && text[s + 1] == ' ')
        {
            int k = s + 2;
            if (k + 3 <= e && text[k] == '[' && text[k + 2] == ']')
            {
                k += 3;
            }

            while (k < e && text[k] == ' ')
            {
                k++;
            }

            return k;
        }

        int d = s;
        while (d < e && d - s < 3 && char.IsDigit(text[d]))
        {
            d++;
        }

        if (d > s && d + 1 < e && (text[d] == '\u3001' || text[d] == '\uFF0E'))
        {
            return d + 1; // "1、", "1．"
        }

        if (d > s && d + 1 < e && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ')
        {
            int k = d + 2;
            while (k < e && text[k] == ' ')
            {
                k++;
            }

            return k;
        }

        return s;
    }

    private static bool IsKeyValue(string text, int s, int e)
    {
        int limit = System.Math.Min(e, s + 48);
        int words = 1;
        for (int i = s; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                return i > s && i + 1 < e && (text[i + 1] == ' ' || text[i + 1] == '\t') && words <= 6;
            }

            if (c == '\uFF1A')
            {
                return i > s && i + 1 < e && i - s <= 16 && words <= 6; // "营业时间：9:00-21:00"
            }

            if (c == ' ')
            {
                words++;
            }
            else if (c == '.' && i + 1 < e && text[i + 1] == ' ')
            {
                return false;
            }
            else if (c == '{' || c == '"' || c == '\'')
            {
                return false;
            }
        }

        return false;
    }

    private static bool LooksLikeJsonKey(string text, int s, int e)
    {
        int q = text.IndexOf('"', s + 1, System.Math.Min(e - s - 1, 60));
        return q > 0 && q + 1 < e && (text[q + 1] == ':' || (q + 2 < e && text[q + 1] == ' ' && text[q + 2] == ':'));
    }

    private static bool IsTableSeparator(string text, int s, int e)
    {
        bool dash = false;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c == '-')
            {
                dash = true;
            }
            else if (c != '|' && c != ':' && c != ' ')
            {
                return false;
            }
        }

        return dash;
    }

    private static bool IsTagName(string text, int s, int e)
    {
        if (s < e && text[s] == '/')
        {
            s++;
        }

        if (s >= e || !char.IsLetter(text[s]))
        {
            return false;
        }

        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(string text, int s, int e, string prefix)
        => e - s >= prefix.Length && string.CompareOrdinal(text, s, prefix, 0, prefix.Length) == 0;

    internal static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\r' || c == '\f' || c == '\v';
}
