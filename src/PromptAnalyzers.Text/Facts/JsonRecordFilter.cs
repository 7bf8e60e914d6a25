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

    /// <summary>The records (objects with concrete values) of the JSON block units[from..to), or none when it only shows a format.</summary>
    public static List<(int Start, int End)> DataRecords(string text, List<TextUnit> units, int from, int to)
    {
        var records = new List<(int Start, int End)>();
        TextUnit first = units[from];
        if (first.Section == SectionKind.Example || first.Section == SectionKind.Instructions || IntroducedAsFormat(text, units, from))
        {
            return records;
        }

        int start = first.Start;
        int end = units[to - 1].End;
        ScanObjects(text, start, end, records);
        return records;
    }

    /// <summary>
    /// One pass over [s, e) with a stack of open objects: an object is a record when it has enough concrete scalar pairs
    /// and one of them holds a digit; a record inside a record counts as part of the outer one.
    /// </summary>
    private static void ScanObjects(string text, int s, int e, List<(int Start, int End)> records)
    {
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
                    // a digit counts in a short field ("16GB", "SKU-12"), not in prose ("Sure. What is the address for order 88412?")
                    stack[stack.Count - 1].AddValue(IsConcreteString(text, i + 1, close - 1), close - i <= MaxFieldLength && HasDigit(text, i + 1, close - 1));
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

                stack[stack.Count - 1].AddValue(nonZero, nonZero);
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

        public void AddValue(bool concrete, bool digit)
        {
            AfterColon = false;
            if (concrete)
            {
                ConcretePairs++;
                HasDigit |= digit;
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

    private static bool HasDigit(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence before the block says it is a schema, an example or the output to produce.</summary>
    private static bool IntroducedAsFormat(string text, List<TextUnit> units, int index)
    {
        for (int j = index - 1; j >= 0 && index - j < IntroReach; j--)
        {
            TextUnit prev = units[j];
            if (prev.Kind == UnitKind.Json || prev.Kind == UnitKind.Code)
            {
                continue;
            }

            string intro = text.Substring(prev.Start, Math.Min(prev.Length, 300)).ToLowerInvariant();
            foreach (string cue in CueLexicon.FormatCues)
            {
                if (intro.Contains(cue))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
