using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>Facts that need words, not digits: policies, statements about organisations and places, codes.</summary>
internal static class StatementRecognizer
{
    /// <summary>Promo codes, SKUs and account numbers announced by a cue word ("code SPRING20", "SKU KC-65-RED", "routing number is 311987654").</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public static void RecognizeIdentifiers(string text, int s, int e, List<Candidate> output)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (!(char.IsUpper(c) || char.IsDigit(c)) || (i > s && ((char.IsLetterOrDigit(text[i - 1]) && !Tokenizer.IsCjk(text[i - 1])) || text[i - 1] == '{' || text[i - 1] == '-' || text[i - 1] == '_')))
            {
                i++;
                continue;
            }

            int r = i;
            int letters = 0, digits = 0, lower = 0;
            while (r < e && r - i < 40 && (char.IsLetterOrDigit(text[r]) || ((text[r] == '-' || text[r] == '_') && r + 1 < e && char.IsLetterOrDigit(text[r + 1]))))
            {
                if (char.IsDigit(text[r]))
                {
                    digits++;
                }
                else if (char.IsLower(text[r]))
                {
                    lower++;
                }
                else if (char.IsLetter(text[r]))
                {
                    letters++;
                }

                r++;
            }

            int len = r - i;
            bool code = lower == 0 && letters >= 2 && digits >= 1 && len >= 5;
            bool longNumber = letters == 0 && lower == 0 && digits >= 6 && len == digits;
            if ((code || longNumber) && HasIdentifierCue(text, s, i))
            {
                output.Add(new Candidate(i, r, FactKind.Identifier, Strength.Medium));
            }

            i = r > i ? r : i + 1;
        }
    }

    private static bool HasIdentifierCue(string text, int s, int i) => ContactLexicon.HasCueBefore(text, s, i, 24, ContactLexicon.IdentifierCues);

    /// <summary>Policy clauses with no digits ("Sale items are final", "Pets are not allowed in rooms") and entity statements.</summary>
    public static void RecognizeStatements(string text, int s, int e, List<Candidate> output)
    {
        // clause by clause: split at ; and at ", and"/", but" so that two policies in one sentence count twice
        int cs = s;
        for (int i = s; i <= e; i++)
        {
            bool boundary = i == e || text[i] == ';' || (text[i] == ',' && i + 5 < e && (string.CompareOrdinal(text, i, ", and ", 0, 6) == 0 || string.CompareOrdinal(text, i, ", but ", 0, 6) == 0));
            if (!boundary)
            {
                continue;
            }

            Clause(text, cs, i, output);
            cs = i + 1;
        }
    }

    private static void Clause(string text, int s, int e, List<Candidate> output)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == ',' || text[s] == '*'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '*'))
        {
            e--;
        }

        if (e - s < 8 || e - s > 300)
        {
            return;
        }

        // Perf: the clause's padded lower case is read in a buffer the thread lends, not in a new string per clause
        char[] lowered = LowerCase.LendPadded(text, s, e - s);
        RecognizeClause(text, s, e, lowered.AsSpan(0, e - s + 2), output);
        LowerCase.GiveBack(lowered);
    }

    /// <summary>Adds the clause [s, e) as a statement or policy when its padded lower case <paramref name="lower"/> reads as one.</summary>
    private static void RecognizeClause(string text, int s, int e, ReadOnlySpan<char> lower, List<Candidate> output)
    {
        if (IsTheSpeakerAboutItself(lower))
        {
            return; // "I'm sorry, that is not available", "I can't share that": the assistant about itself, not a policy
        }

        if (StatementLexicon.AboutThePromptIndex.ContainsAny(lower))
        {
            return; // "The user prompt is available in the USER_PROMPT section": the model's input, not the business
        }

        for (int at = StatementLexicon.EntityIndex.IndexOfWord(lower, 0, out string p); at >= 0; at = StatementLexicon.EntityIndex.IndexOfWord(lower, at + 1, out p))
        {
            if (HasCapitalOrYearAfter(text, s + at - 1 + p.Length, e))
            {
                output.Add(new Candidate(s, e, FactKind.EntityStatement, Strength.Weak));
                return;
            }
        }

        int permission = StatementLexicon.PermissionIndex.IndexOfWord(lower, 0, out string permitted);
        if (permission >= 0)
        {
            // "Members can borrow up to 12 items" is a policy; "Customers can ask about orders" describes the chat
            if (!StatementLexicon.InteractionIndex.StartsWithWord(lower, permission + permitted.Length))
            {
                output.Add(new Candidate(s, e, FactKind.Policy, Strength.Weak));
            }

            return;
        }

        // the business about itself: "Our warehouse does not ship to PO boxes", "We stock raw food from FarmPaws"
        if (StatementLexicon.BusinessVoiceIndex.StartsWithWord(lower, 1) && !StatementLexicon.NotAboutTheBusinessIndex.ContainsAny(lower) && WordCount(lower) >= 4)
        {
            output.Add(new Candidate(s, e, FactKind.EntityStatement, Strength.Weak));
            return;
        }

        // the policy predicate needs a subject before it: at least one word, and not a field of the output
        // ('Dictionary values in "action_variables" must be strings')
        int predicate = StatementLexicon.PolicyIndex.IndexOf(lower, 2, out _);
        if (predicate > 1 && !HasCodeName(text, s, s + predicate - 1))
        {
            output.Add(new Candidate(s, e, FactKind.Policy, Strength.Weak));
        }
    }

    /// <summary>True when [s, e) names a code identifier: `x`, snake_case or camelCase ("currentPrice", not "PayPal" or "iPhone").</summary>
    private static bool HasCodeName(string text, int s, int e)
    {
        int wordStart = s;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c == '`')
            {
                return true;
            }

            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                wordStart = i + 1;
                continue;
            }

            if (IsCodeHump(text, wordStart, i, e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"action_variables" at the underscore, "currentPrice" at the P: a word that starts in lower case and joins another.</summary>
    internal static bool IsCodeHump(string text, int wordStart, int i, int e)
    {
        char c = text[i];
        bool inside = i > wordStart && i + 1 < e && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
        return inside && (c == '_' || (char.IsUpper(c) && char.IsLower(text[wordStart]) && i - wordStart >= 2 && char.IsLower(text[i + 1])));
    }

    private static int WordCount(ReadOnlySpan<char> lower)
    {
        int words = 0;
        for (int i = 1; i < lower.Length; i++)
        {
            words += lower[i - 1] == ' ' && lower[i] != ' ' ? 1 : 0;
        }

        return words;
    }

    /// <summary>A clause that opens with an apology or with the speaker in the first person singular.</summary>
    private static bool IsTheSpeakerAboutItself(ReadOnlySpan<char> paddedLower) => StatementLexicon.SpeakerIndex.StartsWithWord(paddedLower, 1);

    private static bool HasCapitalOrYearAfter(string text, int from, int e)
    {
        for (int i = Math.Max(from, 0); i < e && i < from + 40; i++)
        {
            if (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] == '\u00AB' || Tokenizer.IsCjk(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
