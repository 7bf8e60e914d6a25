using System;
using PromptAnalyzers.Text.Facts.Lexicon;

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
    /// <summary>The speaker of the line that starts at <paramref name="lineStart"/>, from a "Speaker:" label.</summary>
    public static SampleTurn TurnOf(string text, int lineStart)
    {
        // skip bullets and marks before the label: "- ", "> ", "✅ "
        int i = lineStart;
        while (i < text.Length && i - lineStart < 4 && !char.IsLetterOrDigit(text[i]) && text[i] != ':' && text[i] != '\n')
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
                // Perf: a short word comes from the thread's word cache, not from a substring and two copies of it
                string word = LowerCase.Word(text, w, i - w);
                if (word.IndexOf('\u2019') >= 0)
                {
                    word = word.Replace('\u2019', '\'');
                }

                if (SpeakerLexicon.FirstPersonPlural.Contains(word) || EndsWithPluralVerb(word))
                {
                    return true;
                }
            }
        }

        string unit = LowerCase.Slice(text, s, e - s);
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
