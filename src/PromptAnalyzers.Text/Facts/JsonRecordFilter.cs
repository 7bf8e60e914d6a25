using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// JSON pasted into a prompt, on one line or pretty-printed over many: reference data (a catalogue, a listing) when its
/// objects hold concrete values and nothing before it says it is a schema, an example or the expected output.
/// </summary>
internal static class JsonRecordFilter
{
    /// <summary>A record has at least this many scalar "key": value pairs of its own.</summary>
    private const int MinPairs = 3;

    /// <summary>String values longer than this are prose, not a field of a record.</summary>
    private const int MaxFieldLength = 40;

    /// <summary>How many units back the sentence that introduces the block is looked for.</summary>
    private const int IntroReach = 60;

    /// <summary>
    /// The records (objects with concrete values) of the JSON block units[from..to), or none when it only shows a format;
    /// <paramref name="richRecord"/> when one record states several figures in its fields (a reference block by itself).
    /// </summary>
    public static List<(int Start, int End)> DataRecords(string text, List<TextUnit> units, int from, int to, out bool richRecord)
    {
        richRecord = false;
        var records = new List<(int Start, int End)>();
        TextUnit first = units[from];
        if (first.Section == SectionKind.Example || first.Section == SectionKind.Instructions || IntroducedAsFormat(text, units, from))
        {
            return records;
        }

        int start = first.Start;
        int end = units[to - 1].End;
        ScanObjects(text, start, end, records, out richRecord);
        return records;
    }

    /// <summary>
    /// The string values of the JSON block units[from..to) that are prose (longer than a field): a tool that returns its
    /// policies as <c>{"details": ["Returns are free within 7 days", ...]}</c> states them in sentences. None when the block
    /// only shows a format (as for <see cref="DataRecords"/>) or is a JSON schema, whose strings describe fields.
    /// </summary>
    public static List<(int Start, int End)> ProseValues(string text, List<TextUnit> units, int from, int to)
    {
        var values = new List<(int Start, int End)>();
        TextUnit first = units[from];
        int start = first.Start;
        int end = units[to - 1].End;
        if (first.Section == SectionKind.Example || first.Section == SectionKind.Instructions || IntroducedAsFormat(text, units, from)
            || IndexOf(text, "\"properties\"", start, end) >= 0 || IndexOf(text, "\"$schema\"", start, end) >= 0)
        {
            return values;
        }

        for (int i = start; i < end; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            int close = StringEnd(text, i, end);
            if (!IsFollowedByColon(text, close, end) && LengthOutsideHoles(text, i + 1, close - 1) > MaxFieldLength)
            {
                values.Add((i + 1, close - 1));
            }

            i = close - 1;
        }

        return values;
    }

    private static int IndexOf(string text, string value, int start, int end)
        => text.IndexOf(value, start, end - start, StringComparison.Ordinal);

    /// <summary>
    /// One pass over [s, e) with a stack of open objects: an object is a record when it has enough concrete scalar pairs
    /// and one of them holds a digit; a record inside a record counts as part of the outer one.
    /// </summary>
    private static void ScanObjects(string text, int s, int e, List<(int Start, int End)> records, out bool richRecord)
    {
        richRecord = false;
        var stack = new List<OpenObject>();
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (c == '"')
            {
                int close = StringEnd(text, i, e);
                bool isKey = IsFollowedByColon(text, close, e);
                if (!isKey && stack.Count > 0 && stack[stack.Count - 1].AfterColon)
                {
                    // a digit counts in a short field ("16GB", "SKU-12", "Rp 10.000"), not in prose ("Sure. What is the address
                    // for order 88412?"); a template hole in a field leaves the rest of it ("Rp {used} / Rp 25.000.000")
                    bool field = LengthOutsideHoles(text, i + 1, close - 1) <= MaxFieldLength;
                    bool digit = field && HasDigitOutsideHoles(text, i + 1, close - 1);
                    stack[stack.Count - 1].AddValue(IsConcreteString(text, i + 1, close - 1) || digit, digit, digit && StatesAFigure(text, i + 1, close - 1));
                }

                i = close;
                continue;
            }

            if (c == '{')
            {
                stack.Add(new OpenObject(i, records.Count));
            }
            else if (c == '}' && stack.Count > 0)
            {
                OpenObject closed = stack[stack.Count - 1];
                stack.RemoveAt(stack.Count - 1);
                if (closed.ConcretePairs >= MinPairs && closed.HasDigit)
                {
                    records.RemoveRange(closed.FirstInnerRecord, records.Count - closed.FirstInnerRecord);
                    records.Add((closed.Start, i + 1));
                    richRecord |= closed.FigureFields >= 2; // "3.5%", "Rp 10.000" in the fields: one record that states several facts
                }
            }
            else if (c == ':' && stack.Count > 0)
            {
                stack[stack.Count - 1].AfterColon = true;
            }
            else if (c == ',' && stack.Count > 0)
            {
                stack[stack.Count - 1].AfterColon = false;
            }
            else if ((char.IsDigit(c) || c == '-') && stack.Count > 0 && stack[stack.Count - 1].AfterColon)
            {
                int k = i + 1;
                bool nonZero = c != '0' && c != '-';
                while (k < e && (char.IsDigit(text[k]) || text[k] == '.' || text[k] == 'e' || text[k] == 'E' || text[k] == '+' || text[k] == '-'))
                {
                    nonZero |= text[k] >= '1' && text[k] <= '9';
                    k++;
                }

                stack[stack.Count - 1].AddValue(nonZero, nonZero, false);
                i = k;
                continue;
            }

            i++;
        }
    }

    private sealed class OpenObject
    {
        public OpenObject(int start, int firstInnerRecord)
        {
            Start = start;
            FirstInnerRecord = firstInnerRecord;
        }

        public int Start { get; }

        public int FirstInnerRecord { get; }

        public bool AfterColon { get; set; }

        public int ConcretePairs { get; private set; }

        public bool HasDigit { get; private set; }

        /// <summary>Short string fields that state a figure ("3.5%", "Rp 10.000", "16GB"): a plain number is often a setting.</summary>
        public int FigureFields { get; private set; }

        public void AddValue(bool concrete, bool digit, bool figureField)
        {
            AfterColon = false;
            if (concrete || figureField)
            {
                ConcretePairs++;
                HasDigit |= digit;
                FigureFields += figureField ? 1 : 0;
            }
        }
    }

    private static int StringEnd(string text, int open, int e)
    {
        int k = open + 1;
        while (k < e && text[k] != '"' && text[k] != '\n')
        {
            k += text[k] == '\\' ? 2 : 1;
        }

        return Math.Min(k + 1, e);
    }

    private static bool IsFollowedByColon(string text, int k, int e)
    {
        while (k < e && (text[k] == ' ' || text[k] == '\t'))
        {
            k++;
        }

        return k < e && text[k] == ':';
    }

    /// <summary>A value that states something: not empty, not a type name or a placeholder ("string", "&lt;name&gt;", "YYYY-MM-DD", "...").</summary>
    private static bool IsConcreteString(string text, int s, int e)
    {
        if (e - s < 1)
        {
            return false;
        }

        string value = text.Substring(s, e - s).Trim().ToLowerInvariant();
        if (value.Length == 0 || value.IndexOf('<') >= 0 || value.IndexOf('{') >= 0 || value.IndexOf("...", StringComparison.Ordinal) >= 0 || value.IndexOf('|') >= 0 || value.IndexOf("yyyy", StringComparison.Ordinal) >= 0 || value.IndexOf("xxx", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return Array.IndexOf(TypeNames, value) < 0;
    }

    private static readonly string[] TypeNames = { "string", "number", "integer", "int", "float", "double", "boolean", "bool", "null", "object", "array", "date", "datetime", "text", "value", "n/a", "example", "sample" };

    /// <summary>A field that holds an amount, a rate, a term or a date ("3.5%", "Rp 10.000"), not a code or a range of options.</summary>
    private static bool StatesAFigure(string text, int s, int e)
    {
        var candidates = new List<Recognizers.Candidate>();
        Recognizers.NumericRecognizer.Recognize(text, Recognizers.Tokenizer.Tokenize(text, s, e), candidates);
        foreach (Recognizers.Candidate c in candidates)
        {
            if (c.Kind == FactKind.Money || c.Kind == FactKind.Percentage || c.Kind == FactKind.Duration || c.Kind == FactKind.Schedule || c.Kind == FactKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    private static int LengthOutsideHoles(string text, int s, int e)
    {
        int depth = 0, length = 0;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            length += depth == 0 && c != '}' ? 1 : 0;
        }

        return length;
    }

    private static bool HasDigitOutsideHoles(string text, int s, int e)
    {
        int depth = 0;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            if (depth == 0 && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences before the block that may introduce it ("Generate an object with these fields," / "(no other text):").</summary>
    private const int IntroSentences = 2;

    private const int ShortLeadIn = 40;

    /// <summary>True when the sentences before the block say it is a schema, an example or the output to produce.</summary>
    private static bool IntroducedAsFormat(string text, List<TextUnit> units, int index)
    {
        int read = 0;
        for (int j = index - 1; j >= 0 && index - j < IntroReach && read < IntroSentences; j--)
        {
            TextUnit prev = units[j];
            if (prev.Kind == UnitKind.Json || prev.Kind == UnitKind.Code)
            {
                continue;
            }

            read++;
            string intro = LowerCase.Slice(text, prev.Start, Math.Min(prev.Length, 300));
            foreach (string cue in CueLexicon.FormatCues)
            {
                if (intro.Contains(cue))
                {
                    return true;
                }
            }

            // only a short lead-in line ("(no other text):") passes the question on to the sentence before it
            if (!(prev.Kind == UnitKind.Heading && prev.Length <= ShortLeadIn))
            {
                return false;
            }
        }

        return false;
    }
}
