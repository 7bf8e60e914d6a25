using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// A conversation between named people pasted as task input ("John: We shipped version 2 on 3 March." / "Mary: ..." /
/// "John: ..."): lines "Name: utterance" where a speaker comes back and people speak in the first or second person.
/// Its values are what the model works on (to summarise, to extract), not knowledge it passes on.
/// </summary>
internal static class TranscriptFilter
{
    /// <summary>Speaker labels are short: one or two words.</summary>
    private const int MaxLabelLength = 24;

    /// <summary>Block ids whose lines form a transcript.</summary>
    public static HashSet<int> TranscriptBlocks(string text, List<TextUnit> units)
    {
        var blocks = new HashSet<int>();
        Dictionary<string, int>? labels = null; // Perf: one for all blocks, made at the first speaker label
        int u = 0;
        while (u < units.Count)
        {
            int block = units[u].BlockId;
            int end = u;
            labels?.Clear();
            int lines = 0, personal = 0, singular = 0, lastLine = -1;
            while (end < units.Count && units[end].BlockId == block)
            {
                TextUnit unit = units[end];
                if (unit.LineStart != lastLine && unit.Kind != UnitKind.Heading)
                {
                    lastLine = unit.LineStart;
                    if (SpeakerOf(text, unit.LineStart, out string label, out int said))
                    {
                        lines++;
                        labels ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        labels[label] = labels.TryGetValue(label, out int n) ? n + 1 : 1;
                        int saidEnd = LineEnd(text, said);
                        personal += SpeaksPersonally(text, said, saidEnd, SpeakerLexicon.PersonalPronouns, SpeakerLexicon.PersonalPronounsCjk) ? 1 : 0;
                        singular += SpeaksPersonally(text, said, saidEnd, SpeakerLexicon.FirstPersonSingular, SpeakerLexicon.FirstPersonSingularCjk) ? 1 : 0;
                    }
                }

                end++;
            }

            // a business's notes ("Note: We are closed on Sundays" / "Tip: You can park...") never say "I"
            if (lines >= 3 && labels != null && labels.Count >= 2 && HasRepeatedSpeaker(labels) && personal * 2 >= lines && singular >= 1)
            {
                blocks.Add(block);
            }

            u = end;
        }

        return blocks;
    }

    private static bool HasRepeatedSpeaker(Dictionary<string, int> labels)
    {
        foreach (int turns in labels.Values)
        {
            if (turns >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"John: ...", "Mary Smith: ...": a capitalised name of one or two words before a colon.</summary>
    private static bool SpeakerOf(string text, int lineStart, out string label, out int said)
    {
        label = string.Empty;
        said = -1;
        int colon = -1;
        int limit = Math.Min(text.Length, lineStart + MaxLabelLength);
        for (int i = lineStart; i < limit; i++)
        {
            char c = text[i];
            if (c == ':' || c == '\uFF1A')
            {
                colon = i;
                break;
            }

            if (!(char.IsLetter(c) || c == ' ' || c == '.' || c == '-'))
            {
                return false;
            }
        }

        if (colon < lineStart + 2 || !char.IsUpper(text[lineStart]) && !Recognizers.Tokenizer.IsCjk(text[lineStart]))
        {
            return false;
        }

        label = text.Substring(lineStart, colon - lineStart).Trim();
        said = colon + 1;
        return label.Split(' ').Length <= 2;
    }

    private static int LineEnd(string text, int from)
    {
        int nl = text.IndexOf('\n', from, Math.Min(text.Length - from, UnitSegmenter.MaxChunk));
        return nl < 0 ? Math.Min(text.Length, from + UnitSegmenter.MaxChunk) : nl;
    }

    /// <summary>True when the utterance has one of the pronouns ("I", "we", "you", "ich", "我", "저").</summary>
    private static bool SpeaksPersonally(string text, int s, int e, HashSet<string> pronouns, string[] pronounsCjk)
    {
        int i = s;
        while (i < e)
        {
            while (i < e && !char.IsLetter(text[i]))
            {
                i++;
            }

            int w = i;
            while (i < e && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '\u2019') && !Recognizers.Tokenizer.IsCjk(text[i]))
            {
                i++;
            }

            if (i > w && pronouns.Contains(text.Substring(w, i - w).Replace('\u2019', '\'')))
            {
                return true;
            }

            if (i == w)
            {
                i++;
            }
        }

        string utterance = text.Substring(s, e - s);
        foreach (string pronoun in pronounsCjk)
        {
            if (utterance.IndexOf(pronoun, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
