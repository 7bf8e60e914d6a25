using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// A JSON line is reference data (a catalogue record) only when it holds concrete values and nothing around
/// it says it is a schema, an example or the expected output.
/// </summary>
internal static class JsonRecordFilter
{
    private static readonly string[] FormatCues = { "schema", "example", "sample", "output", "return", "respond", "reply", "format", "json:", "like this", "e.g.", "illustrat", "input", "beispiel", "ejemplo", "exemple", "esempio", "exemplo", "пример", "схем", "верни", "devuelve", "renvoie", "gib", "antwort", "réponds", "responde", "answer", "result" };

    public static bool IsDataRecord(string text, List<TextUnit> units, int index)
    {
        TextUnit unit = units[index];
        if (unit.Section == SectionKind.Example || unit.Section == SectionKind.Instructions)
        {
            return false;
        }

        // a record: an object on one line with at least three "key": value pairs and a number
        string line = text.Substring(unit.Start, Math.Min(unit.Length, 2000));
        int pairs = 0;
        bool number = false;
        for (int i = 0; i + 1 < line.Length; i++)
        {
            if (line[i] == '"' && i + 2 < line.Length && (line[i + 1] == ':' || (line[i + 1] == ' ' && line[i + 2] == ':')))
            {
                pairs++;
            }

            if (line[i] == ':' && i + 2 < line.Length)
            {
                int k = i + 1;
                while (k < line.Length && line[k] == ' ')
                {
                    k++;
                }

                if (k < line.Length && char.IsDigit(line[k]))
                {
                    number = true;
                }
            }
        }

        if (pairs < 3 || !number || line.IndexOf('<') >= 0 || line.IndexOf("string", StringComparison.Ordinal) >= 0 || line.IndexOf('|') >= 0)
        {
            return false;
        }

        // look back to the sentence that introduces the block
        for (int j = index - 1; j >= 0 && index - j < 60; j--)
        {
            TextUnit prev = units[j];
            if (prev.Kind == UnitKind.Json)
            {
                continue;
            }

            string intro = text.Substring(prev.Start, Math.Min(prev.Length, 300)).ToLowerInvariant();
            foreach (string cue in FormatCues)
            {
                if (intro.Contains(cue))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
