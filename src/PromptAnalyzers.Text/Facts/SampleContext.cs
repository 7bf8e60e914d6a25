using System;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Whose turn a line of a sample conversation is ("User: ...", "Assistant: ...").</summary>
internal enum SampleTurn
{
    None,
    User,
    Assistant,
}

/// <summary>
/// Few-shot material: example sections and sample transcripts. Their values illustrate a format or recite general
/// knowledge, unless the sample answer speaks for the business ("We deliver on Sundays", "Our Pro plan is $49").
/// </summary>
internal static class SampleContext
{
    /// <summary>How far back a unit looks for the start of its line (keeps giant lines linear).</summary>
    private const int LineReach = UnitSegmenter.MaxChunk;

    /// <summary>The speaker of the line that carries [s, e), from a "Speaker:" label at its start.</summary>
    public static SampleTurn TurnOf(string text, int s)
    {
        int from = Math.Max(0, s - LineReach);
        int nl = s > 0 ? text.LastIndexOf('\n', s - 1, s - from) : -1;
        if (nl < 0 && from > 0)
        {
            return SampleTurn.None;
        }

        // skip bullets and marks before the label: "- ", "> ", "✅ "
        int i = nl + 1;
        while (i < text.Length && i - nl <= 4 && !char.IsLetterOrDigit(text[i]) && text[i] != ':' && text[i] != '\n')
        {
            i++;
        }

        int colon = -1;
        for (int k = i; k < text.Length && k - i <= 16; k++)
        {
            char c = text[k];
            if (c == ':' || c == '\uFF1A')
            {
                colon = k;
                break;
            }

            if (!(char.IsLetter(c) || c == ' ' || c == '*'))
            {
                break;
            }
        }

        if (colon <= i)
        {
            return SampleTurn.None;
        }

        string label = text.Substring(i, colon - i).Trim(' ', '*').ToLowerInvariant().Replace(' ', '_');
        return SpeakerLexicon.UserSpeakers.Contains(label) ? SampleTurn.User : SpeakerLexicon.AssistantSpeakers.Contains(label) ? SampleTurn.Assistant : SampleTurn.None;
    }

    /// <summary>True when the unit speaks for the business in the first person plural ("we", "our", "nosotros", "我们", "当社").</summary>
    public static bool SpeaksForTheBusiness(string text, int s, int e)
    {
        int i = s;
        while (i < e)
        {
            while (i < e && !char.IsLetter(text[i]))
            {
                i++;
            }

            int w = i;
            while (i < e && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '\u2019'))
            {
                i++;
            }

            if (i > w)
            {
                string word = text.Substring(w, i - w).Replace('\u2019', '\'').ToLowerInvariant();
                if (SpeakerLexicon.FirstPersonPlural.Contains(word) || EndsWithPluralVerb(word))
                {
                    return true;
                }
            }
        }

        string unit = text.Substring(s, e - s).ToLowerInvariant();
        foreach (string phrase in SpeakerLexicon.FirstPersonPluralPhrases)
        {
            if (unit.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithPluralVerb(string word)
    {
        foreach (string ending in SpeakerLexicon.FirstPersonPluralEndings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
