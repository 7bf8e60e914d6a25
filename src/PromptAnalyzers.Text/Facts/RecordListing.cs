using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Recognizers;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// A listing written as labelled lines: the same labels come back for each entry ("Location: ..." / "Theme: ..." for four
/// hotels, "所在地：…" / "特徴：…"). Like a JSON array of records, it is reference data, with or without figures.
/// </summary>
internal static class RecordListing
{
    /// <summary>A listing has at least this many entries (blocks of labelled lines) ...</summary>
    private const int MinEntries = 3;

    /// <summary>... each with at least this many of the labels that come back in every entry.</summary>
    private const int MinSharedLabels = 2;

    /// <summary>Labels are short: a word or two ("Location", "Opening hours", "所在地").</summary>
    private const int MaxLabelLength = 32;

    /// <summary>A value longer than this is prose (an instruction, an explanation), not a field of a record.</summary>
    private const int MaxValueLength = 120;

    /// <summary>A text that is one record and nothing else has at least this many fields ...</summary>
    private const int MinRecordFields = 3;

    /// <summary>... and names something in at least this many of them (see <see cref="IsName"/>).</summary>
    private const int MinNamedFields = 2;

    /// <summary>
    /// The labelled lines of a listing, or none. An entry is a block of lines (between blank lines or headings) that holds
    /// two or more shared labels; a conversation whose speakers take turns in one block is not a listing.
    /// </summary>
    public static List<TextUnit> Lines(string text, List<TextUnit> units, HashSet<int> transcripts)
    {
        var lines = new List<(TextUnit Unit, string Label)>();
        var blocksPerLabel = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        int lastLine = -1;
        foreach (TextUnit unit in units)
        {
            if (unit.LineStart == lastLine || !(unit.Kind == UnitKind.KeyValue || unit.Kind == UnitKind.ListItem) || !IsReferenceSection(unit.Section) || transcripts.Contains(unit.BlockId))
            {
                continue;
            }

            lastLine = unit.LineStart;
            if (LabelOf(text, unit, out string label))
            {
                lines.Add((unit, label));
                if (!blocksPerLabel.TryGetValue(label, out HashSet<int>? blocks))
                {
                    blocksPerLabel[label] = blocks = new HashSet<int>();
                }

                blocks.Add(unit.BlockId);
            }
        }

        var sharedPerBlock = new Dictionary<int, int>();
        var counted = new HashSet<(int Block, string Label)>();
        foreach (var (unit, label) in lines)
        {
            if (blocksPerLabel[label].Count >= MinEntries && counted.Add((unit.BlockId, label)))
            {
                sharedPerBlock[unit.BlockId] = sharedPerBlock.TryGetValue(unit.BlockId, out int n) ? n + 1 : 1;
            }
        }

        var listing = new List<TextUnit>();
        int entries = 0;
        foreach (int shared in sharedPerBlock.Values)
        {
            entries += shared >= MinSharedLabels ? 1 : 0;
        }

        if (entries < MinEntries)
        {
            return listing;
        }

        foreach (var (unit, label) in lines)
        {
            if (blocksPerLabel[label].Count >= MinEntries && sharedPerBlock.TryGetValue(unit.BlockId, out int shared) && shared >= MinSharedLabels)
            {
                listing.Add(unit);
            }
        }

        return listing;
    }

    /// <summary>
    /// The lines of a text that is a single record and nothing else ("Soup of the day: Minestrone" / "Catch of the day:
    /// Grilled Sea Bass" / "Dessert: Lemon Tart"), or none: at least three lines, each a distinct label with a concrete value that states
    /// something (no instruction, no hole, no sample or steering label), and no other sentence. What a tool returns or a
    /// knowledge source holds, written in the code; a text that also instructs the model is judged line by line instead.
    /// At least two values must be names of several words: fields whose values are levels or categories ("Urgency: High",
    /// "Sentiment: negative") are the output of a classifier or an extraction, not a record of the world.
    /// </summary>
    public static List<TextUnit> WholeRecord(string text, List<TextUnit> units, HashSet<int> transcripts)
    {
        var fields = new List<TextUnit>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        int lastLine = -1, named = 0;
        foreach (TextUnit unit in units)
        {
            if (unit.Kind == UnitKind.Heading)
            {
                continue;
            }

            if (unit.LineStart == lastLine)
            {
                return new List<TextUnit>(); // a second sentence on a field's line: prose, not a field
            }

            lastLine = unit.LineStart;
            if (!(unit.Kind == UnitKind.KeyValue || unit.Kind == UnitKind.ListItem) || !IsReferenceSection(unit.Section) || transcripts.Contains(unit.BlockId)
                || !LabelOf(text, unit, out string label, out int valueStart) || !labels.Add(label)
                || InstructionClassifier.Classify(text, unit.Start, unit.End, unit.Kind, out _) != Mood.Declarative)
            {
                return new List<TextUnit>();
            }

            named += IsName(text, valueStart, unit.LineStart + unit.LineLength) ? 1 : 0;
            fields.Add(unit);
        }

        return fields.Count >= MinRecordFields && named >= MinNamedFields ? fields : new List<TextUnit>();
    }

    /// <summary>A value of two words or more ("Grilled Sea Bass", "Canh chua cá lóc"), or of three ideographs or more.</summary>
    private static bool IsName(string text, int s, int e)
    {
        int words = 0, ideographs = 0;
        bool inWord = false;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (Tokenizer.IsCjk(c))
            {
                ideographs++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words >= 2 || ideographs >= 3;
    }

    private static bool IsReferenceSection(SectionKind section) => section == SectionKind.Neutral || section == SectionKind.Knowledge || section == SectionKind.Verbatim;

    /// <summary>
    /// The label of a "label: value" line whose value is concrete (not empty, no template hole, not prose), lower-cased
    /// without markup; false for labels that steer the model or mark a sample ("Tone:", "Input:", "User:", "Score:").
    /// </summary>
    private static bool LabelOf(string text, TextUnit unit, out string label) => LabelOf(text, unit, out label, out _);

    private static bool LabelOf(string text, TextUnit unit, out string label, out int valueStart)
    {
        label = string.Empty;
        valueStart = unit.Start;
        int s = unit.Start;
        int e = unit.LineStart + unit.LineLength;
        int colon = -1;
        for (int i = s; i < e && i - s <= MaxLabelLength; i++)
        {
            char c = text[i];
            if (c == ':' || c == '\uFF1A')
            {
                colon = i;
                break;
            }

            if (!(char.IsLetter(c) || c == ' ' || c == '*' || c == '_' || c == '-' || c == '\'' || c == '/'))
            {
                return false;
            }
        }

        if (colon <= s)
        {
            return false;
        }

        valueStart = colon + 1;
        while (valueStart < e && (text[valueStart] == ' ' || text[valueStart] == '*' || text[valueStart] == '\t'))
        {
            valueStart++;
        }

        int valueLength = e - valueStart;
        if (valueLength <= 0 || valueLength > MaxValueLength || ContextFilter.Holes(text, valueStart, e).Count > 0)
        {
            return false;
        }

        label = text.Substring(s, colon - s).Trim(' ', '*', '_', '-').ToLowerInvariant();
        return label.Length > 0 && !IsSampleOrSteeringLabel(label);
    }

    private static bool IsSampleOrSteeringLabel(string label)
    {
        string key = label.Replace(' ', '_');
        if (SpeakerLexicon.UserSpeakers.Contains(key) || SpeakerLexicon.AssistantSpeakers.Contains(key) || Array.IndexOf(CueLexicon.InstructionKeys, label) >= 0 || CueLexicon.SampleLabels.Contains(key))
        {
            return true;
        }

        // "Expected output", "Input text", "Customer review": a sample label with a qualifier
        int space = label.IndexOf(' ');
        if (space > 0 && (CueLexicon.SampleLabels.Contains(label.Substring(0, space)) || CueLexicon.SampleLabels.Contains(label.Substring(label.LastIndexOf(' ') + 1))))
        {
            return true;
        }

        return HeadingLexicon.Classify(label) == SectionKind.Example;
    }
}
