using System;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// A prompt that casts the model as the person served ("You're a customer who is going to buy a pizza. Your address is
/// ..."): a simulated user for testing an agent. Its values are test inputs, not knowledge passed on to anyone.
/// </summary>
internal static class SimulatedUser
{
    /// <summary>Only the opening of the prompt casts the model.</summary>
    private const int Reach = 300;

    public static bool IsPersonaOfServedPerson(string text)
    {
        string head = LowerCase.Slice(text, 0, Math.Min(text.Length, Reach));
        foreach (string opener in SpeakerLexicon.PersonaOpeners)
        {
            for (int at = head.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = head.IndexOf(opener, at + 1, StringComparison.Ordinal))
            {
                if (StartsSentence(head, at) && CastsServedPerson(head, at + opener.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The opener begins the text, a line or a sentence ("Role: You're a customer"), not "Nhiệm vụ của bạn là ...".</summary>
    private static bool StartsSentence(string head, int at)
    {
        int i = at - 1;
        while (i >= 0 && (head[i] == ' ' || head[i] == '\t' || head[i] == '*' || head[i] == '"' || head[i] == '-'))
        {
            i--;
        }

        return i < 0 || head[i] == '\n' || head[i] == '.' || head[i] == ':' || head[i] == '!' || head[i] == '\u3002' || head[i] == '\uFF1A' || head[i] == '>';
    }

    /// <summary>True when the words after the opener name a served person ("a customer who", "一位顾客", "khách hàng").</summary>
    private static bool CastsServedPerson(string head, int p)
    {
        if (p < head.Length && Recognizers.Tokenizer.IsCjk(head[p]))
        {
            return CastsServedPersonCjk(head, p);
        }

        // the noun phrase right after the opener: an article, at most two modifiers, the noun ("an impatient hotel guest"),
        // not a verb phrase ("You are responding to a customer enquiry")
        string previous = string.Empty;
        for (int words = 0; words < 4; words++)
        {
            string word = InstructionClassifier.NextWord(head, ref p);
            if (word.Length == 0 || (words == 0 && !SpeakerLexicon.PersonaArticles.Contains(word) && !SpeakerLexicon.UserSpeakers.Contains(word)))
            {
                return false;
            }

            if (SpeakerLexicon.UserSpeakers.Contains(word) || SpeakerLexicon.UserSpeakers.Contains(previous + "_" + word))
            {
                // the served person is the head noun: "a customer who", not "a customer-service agent" or "the client intake assistant"
                if (p < head.Length && head[p] == '-')
                {
                    return false;
                }

                int q = p;
                for (int k = 0; k < 2; k++)
                {
                    string next = InstructionClassifier.NextWord(head, ref q);
                    if (SpeakerLexicon.ServiceWords.Contains(next) || SpeakerLexicon.AssistantSpeakers.Contains(next))
                    {
                        return false;
                    }
                }

                return true;
            }

            previous = word;
        }

        return false;
    }

    private static bool CastsServedPersonCjk(string head, int p)
    {
        int limit = Math.Min(head.Length, p + 8);
        foreach (string noun in SpeakerLexicon.UserSpeakers)
        {
            if (!Recognizers.Tokenizer.IsCjk(noun[0]))
            {
                continue;
            }

            int at = head.IndexOf(noun, p, limit - p, StringComparison.Ordinal);
            if (at >= 0)
            {
                int after = at + noun.Length;
                foreach (string service in SpeakerLexicon.ServiceWords)
                {
                    if (string.CompareOrdinal(head, after, service, 0, service.Length) == 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
