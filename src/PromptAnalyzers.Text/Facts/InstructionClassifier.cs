using System;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>What a sentence does: states something about the world, or steers the model.</summary>
internal enum Mood
{
    /// <summary>States something ("Returns are accepted within 30 days"): every recogniser applies.</summary>
    Declarative,

    /// <summary>Imperative or second-person guidance ("Answer in 3 sentences"): only values that are not about the output count.</summary>
    Guidance,

    /// <summary>"You are the assistant of X": a role; only contacts count.</summary>
    Role,

    /// <summary>Scoring scales and classification rules ("P1 means an outage", "Rate from 1 to 5"): only contacts count.</summary>
    Rubric,
}

/// <summary>Tells instructions from statements with multilingual cue words (<see cref="CueLexicon"/>).</summary>
internal static class InstructionClassifier
{
    /// <summary>Markup and quotes a sentence may open with, skipped before its first word is read.</summary>
    private static readonly char[] HeadOpeners = { ' ', '*', '"', '\'', '\u00AB', '\u201C', '\u201E', '>', '#', '_', '(', '\u300C', '\u300E' };

    public static Mood Classify(string text, int s, int e, UnitKind kind, out int valueStart)
    {
        valueStart = s;
        int probeEnd = Math.Min(e, s + 160);
        int headStart = s;
        while (headStart < probeEnd && Array.IndexOf(HeadOpeners, text[headStart]) >= 0)
        {
            headStart++;
        }

        string head = LowerCase.Slice(text, headStart, probeEnd - headStart).Replace('\uFF0C', ',').Replace('\uFF1A', ':');

        if (kind == UnitKind.KeyValue || kind == UnitKind.ListItem)
        {
            int colon = head.IndexOf(':');
            if (colon > 0)
            {
                string key = head.Substring(0, colon).Trim();
                int kp = 0;
                string keyFirst = NextWord(key, ref kp);
                if (key.IndexOf(' ') < 0 || key.Split(' ').Length <= 4)
                {
                    if (keyFirst == "each" || keyFirst == "every" || (kind == UnitKind.KeyValue && CueLexicon.ImperativeStarters.Contains(keyFirst) && keyFirst != "plan" && keyFirst != "call" && keyFirst != "check"))
                    {
                        return Mood.Guidance;
                    }
                }

                foreach (string k in CueLexicon.InstructionKeys)
                {
                    if (key == k || (key.Length > k.Length && key[key.Length - k.Length - 1] == ' ' && key.EndsWith(k, StringComparison.Ordinal)))
                    {
                        return Mood.Guidance;
                    }
                }

                if (key == "q" || key == "question" || key == "frage" || key == "pregunta" || key == "вопрос" || key == "user" || key == "input" || key == "message" || key == "review")
                {
                    return Mood.Guidance;
                }
            }
        }

        if (CueLexicon.RoleIndex.StartsWith(head, 0, out string r))
        {
            bool strongRole = r.StartsWith("you are", StringComparison.Ordinal) || r.StartsWith("you're", StringComparison.Ordinal) || r.StartsWith("act", StringComparison.Ordinal) || r.EndsWith(":", StringComparison.Ordinal) || r.EndsWith("\uFF1A", StringComparison.Ordinal)
                || Array.IndexOf(CueLexicon.IdentityOpeners, r) >= 0;
            int colonAt = text.IndexOf(": ", s, e - s, StringComparison.Ordinal);
            if (strongRole && colonAt > s && colonAt + 2 < e)
            {
                valueStart = colonAt + 2;
            }

            return strongRole ? Mood.Role : Mood.Guidance;
        }

        if (CueLexicon.RubricIndex.ContainsAny(" " + head + " "))
        {
            return Mood.Rubric;
        }

        bool cjk = HasCjk(head);
        if (cjk && CueLexicon.ConditionalIndex.StartsWithWord(head, 0))
        {
            // "如果客户要求退款，请…": guidance when the main clause is
            int comma = head.IndexOf(',');
            string main = comma > 0 ? head.Substring(comma + 1).TrimStart() : string.Empty;
            return CueLexicon.ImperativeIndex.StartsWithWord(main, 0) || HasSecondPersonCjk(main) || EndsWithImperative(text, s, e) || CueLexicon.ModalIndex.ContainsAny(main) ? Mood.Guidance : Mood.Declarative;
        }

        if (CueLexicon.ImperativeIndex.StartsWithWord(head, 0) || (cjk && (EndsWithImperative(text, s, e) || HasSecondPersonCjk(head) || CueLexicon.ModalIndex.ContainsAny(head))))
        {
            return Mood.Guidance;
        }

        int w0s = 0;
        string first = NextWord(head, ref w0s);
        while (first == "then" || first == "next" || first == "first" || first == "finally" || first == "also" || first == "and" || first == "dann" || first == "luego" || first == "después" || first == "ensuite" || first == "puis" || first == "poi" || first == "depois" || first == "затем" || first == "потом")
        {
            first = NextWord(head, ref w0s);
        }
        if (CueLexicon.Conditionals.Contains(first))
        {
            // the main clause follows one of the commas: "If the audio is silent, unclear, or noisy, choose ..."
            for (int comma = head.IndexOf(',', w0s), tries = 0; comma > 0 && tries < 6; comma = head.IndexOf(',', comma + 1), tries++)
            {
                int p = comma + 1;
                string main = NextWord(head, ref p);
                if (main == "then" || main == "dann" || main == "entonces" || main == "alors" || main == "allora" || main == "então" || main == "то")
                {
                    main = NextWord(head, ref p);
                }

                if (IsImperative(main, head, p) || CueLexicon.SecondPerson.Contains(main))
                {
                    return Mood.Guidance;
                }
            }

            if (HasSecondPerson(head, 12))
            {
                return Mood.Guidance;
            }

            return Mood.Declarative;
        }

        if (IsImperative(first, head, w0s))
        {
            return Mood.Guidance;
        }

        if (HasSecondPerson(head, 8))
        {
            return Mood.Guidance;
        }

        // subject is the output: "The answer must...", "Each card: ...", "Responses should..."
        int p2 = 0;
        string w1 = first;
        if (w1 == "the" || w1 == "each" || w1 == "every" || w1 == "all" || w1 == "your" || w1 == "jede" || w1 == "cada" || w1 == "chaque" || w1 == "ogni" || w1 == "каждый")
        {
            p2 = w0s;
            w1 = NextWord(head, ref p2);
        }

        if (IsOutputSubject(w1) || StartsWithFieldName(text, s, e) || EndsWithTurkishInstruction(text, s, e))
        {
            return Mood.Guidance;
        }

        return Mood.Declarative;
    }

    /// <summary>
    /// Turkish puts the verb last: an instruction ends with an imperative ("... planı üret", "... JSON döndür"), a command
    /// in the third person ("... kapsasın", "Değerler Türkçe olsun") or a necessity ("... olmalı").
    /// </summary>
    private static bool EndsWithTurkishInstruction(string text, int s, int e)
    {
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || char.IsPunctuation(text[e - 1]) || char.IsSymbol(text[e - 1])))
        {
            e--;
        }

        int start = e;
        while (start > s && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (e - start < 2 || !HasTurkishLetter(text, s, e))
        {
            return false;
        }

        string word = LowerCase.Slice(text, start, e - start);
        if (CueLexicon.TurkishImperatives.Contains(word))
        {
            return true;
        }

        foreach (string ending in CueLexicon.TurkishCommandEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTurkishLetter(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c == '\u0131' || c == '\u0130' || c == '\u011F' || c == '\u011E' || c == '\u015F' || c == '\u015E')
            {
                return true; // ı İ ğ Ğ ş Ş: letters of Turkish (and Azerbaijani) alone
            }
        }

        return false;
    }

    /// <summary>
    /// A rule about a field of the output ("`price` must be between 0.01 and 100000", "currentPrice must be a number",
    /// "unit_price = total / quantity"): the subject is a code name, not something of the world.
    /// </summary>
    private static bool StartsWithFieldName(string text, int s, int e)
    {
        while (s < e && (text[s] == ' ' || text[s] == '*' || text[s] == '-' || text[s] == '"'))
        {
            s++;
        }

        if (s + 1 < e && text[s] == '`')
        {
            return true;
        }

        for (int i = s; i < e && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '.'); i++)
        {
            if (Recognizers.StatementRecognizer.IsCodeHump(text, s, i, e) || (text[i] == '.' && i > s && i + 1 < e && char.IsLower(text[s]) && char.IsLetter(text[i + 1])))
            {
                return true; // "currentPrice", "unit_price", "order.total"
            }
        }

        return false;
    }

    private static bool IsOutputSubject(string w)
        => CueLexicon.OutputNouns.Contains(w) || w == "answer" || w == "answers" || w == "response" || w == "responses" || w == "output" || w == "reply" || w == "summary" || w == "json" || w == "format" || w == "tone" || w == "card" || w == "section" || w == "antwort" || w == "respuesta" || w == "réponse" || w == "risposta" || w == "resposta" || w == "ответ" || w == "placeholders" || w == "platzhalter" || w == "example" || w == "examples";

    private static bool IsImperative(string word, string head, int after)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (CueLexicon.ImperativeStarters.Contains(word))
        {
            // "Only members can ...", "Always open ..." are statements; an adverb must be followed by a verb-like word
            return true;
        }

        if (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            // "Politely decline ...", "Briefly explain ...": a manner adverb before an imperative verb
            int p = after;
            return CueLexicon.ImperativeStarters.Contains(NextWord(head, ref p));
        }

        if (CueLexicon.NegationStarters.Contains(word))
        {
            int p = after;
            string next = NextWord(head, ref p);
            if (word == "no")
            {
                // es/it/pt negative imperative ("No des", "No reveles"); English "No Linux agent" is a statement
                return next.Length > 2 && (next.EndsWith("es", StringComparison.Ordinal) || next.EndsWith("as", StringComparison.Ordinal)) && !char.IsUpper(next[0]);
            }

            return word != "nicht";
        }

        // Indonesian imperatives: "sarankan", "berikan", "jawablah" (not the passive "dikirimkan" or "menggunakan")
        if (word.Length >= 6 && word[0] < '\u0250' && (word.EndsWith("kan", StringComparison.Ordinal) || word.EndsWith("lah", StringComparison.Ordinal))
            && !(word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("me", StringComparison.Ordinal) || word.StartsWith("ber", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal) || word.StartsWith("pe", StringComparison.Ordinal) || word.StartsWith("ke", StringComparison.Ordinal)))
        {
            return true;
        }

        // Russian imperatives: "Отвечай", "Используйте", "Пишите"
        if (word.Length > 3 && word[0] >= '\u0400' && word[0] <= '\u04FF' && (word.EndsWith("ай", StringComparison.Ordinal) || word.EndsWith("яй", StringComparison.Ordinal) || word.EndsWith("уй", StringComparison.Ordinal) || word.EndsWith("йте", StringComparison.Ordinal) || word.EndsWith("ите", StringComparison.Ordinal)))
        {
            return true;
        }

        // German polite imperative: "Antworten Sie", "Verwenden Sie"
        int q = after;
        string second = NextWord(head, ref q);
        return second == "sie" && word.EndsWith("en", StringComparison.Ordinal) && word.Length > 4;
    }

    private static readonly string[] Arrows = { "->", "=>", "\u2192", "\u21D2" };

    /// <summary>Punctuation trimmed from the end of a label after an arrow.</summary>
    private const string LabelEndPunctuation = ".;,";

    /// <summary>True when the unit speaks to the model: an imperative, a role, or "you" near the start.</summary>
    public static bool AddressesTheModel(string text, int s, int e)
    {
        string head = LowerCase.Slice(text, s, Math.Min(e, s + 160) - s).TrimStart(' ', '*', '-', '>', '#');
        int p = 0;
        string first = NextWord(head, ref p);
        return IsImperative(first, head, p) || HasSecondPerson(head, 8) || CueLexicon.RoleIndex.StartsWith(head, 0, out _) || CueLexicon.ImperativeIndex.StartsWithWord(head, 0);
    }

    /// <summary>
    /// Offset after a phrase that introduces a statement to pass on ("remember that", "reply with exactly this text:"),
    /// or -1: the clause after it states facts even inside an instruction.
    /// </summary>
    public static int IntroducedStatementStart(ReadOnlySpan<char> lower, int s)
    {
        int at = CueLexicon.IntroducerIndex.IndexOfWord(lower, 0, out string cue);
        if (at < 0)
        {
            return -1;
        }

        int after = at + cue.Length;
        while (after < lower.Length && (char.IsWhiteSpace(lower[after]) || lower[after] == ':' || lower[after] == ',' || lower[after] == '\uFF1A' || lower[after] == '\uFF0C'))
        {
            after++;
        }

        return s + after;
    }

    /// <summary>Japanese and Korean instructions end with the verb: "…してください。", "…하세요."</summary>
    private static bool EndsWithImperative(string text, int s, int e)
    {
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || char.IsPunctuation(text[e - 1]) || text[e - 1] == '*'))
        {
            e--;
        }

        if (e - s < 2 || !Recognizers.Tokenizer.IsCjk(text[e - 1]))
        {
            return false;
        }

        foreach (string ending in CueLexicon.ImperativeEndings)
        {
            if (e - s >= ending.Length && string.CompareOrdinal(text, e - ending.Length, ending, 0, ending.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCjk(string head)
    {
        foreach (char c in head)
        {
            if (Recognizers.Tokenizer.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSecondPersonCjk(string head)
    {
        int reach = Math.Min(head.Length, 24);
        foreach (string pronoun in CueLexicon.SecondPersonCjk)
        {
            int at = head.IndexOf(pronoun, 0, reach, StringComparison.Ordinal);
            if (at >= 0 && !(pronoun == "你" && at + 1 < head.Length && head[at + 1] == '\u597D'))
            {
                return true; // "你好" is a greeting, not an address
            }
        }

        return false;
    }

    private static bool HasSecondPerson(string head, int maxWords)
    {
        int p = 0;
        for (int i = 0; i < maxWords; i++)
        {
            string w = NextWord(head, ref p);
            if (w.Length == 0)
            {
                return false;
            }

            if (CueLexicon.SecondPerson.Contains(w) && w != "tu" && w != "vos" && w != "votre" && w != "your" && w != "ваш")
            {
                return true;
            }
        }

        return false;
    }

    internal static string NextWord(string s, ref int p)
    {
        while (p < s.Length && !char.IsLetter(s[p]))
        {
            p++;
        }

        // a hyphenated compound is one word: "check-in" is a noun, not the verb "check"
        int start = p;
        while (p < s.Length && (char.IsLetter(s[p]) || s[p] == '\'' || s[p] == '\u2019' || (s[p] == '-' && p + 1 < s.Length && char.IsLetter(s[p + 1]) && p > start)))
        {
            p++;
        }

        int length = p - start;
        if (length > LowerCase.MaxCachedWord)
        {
            return s.Substring(start, length).Replace('\u2019', '\'');
        }

        // Perf: a short word is shared through the thread's word cache rather than copied for each look-up
        Span<char> word = stackalloc char[LowerCase.MaxCachedWord];
        word = word.Slice(0, length);
        s.AsSpan(start, length).CopyTo(word);
        for (int k = 0; k < word.Length; k++)
        {
            if (word[k] == '\u2019')
            {
                word[k] = '\'';
            }
        }

        return LowerCase.Shared(word);
    }

    /// <summary>Offset in [s, e) after which values only illustrate a format ("e.g.", "such as", "for example"), or e.</summary>
    public static int ExampleStart(ReadOnlySpan<char> lower, int s)
    {
        int e = s + lower.Length;
        int best = e;
        int cueAt = CueLexicon.ExampleIndex.IndexOfWord(lower, 0, out _);
        if (cueAt >= 0)
        {
            best = s + cueAt;
        }

        // "->", "=>" or "→" maps an input to an output: a few-shot pair when the input is quoted or the output is a label
        int arrow = FirstArrow(lower, out int arrowLength);
        if (arrow >= 0 && (lower.IndexOf('"') >= 0 || lower.IndexOf('\'') >= 0 || lower.IndexOf('\u00AB') >= 0 || lower.IndexOf('{') >= 0 || lower.IndexOf('\u300C') >= 0 || IsLabel(lower, arrow + arrowLength)))
        {
            return s;
        }

        return best;
    }

    private static int FirstArrow(ReadOnlySpan<char> lower, out int length)
    {
        length = 2;
        int best = -1;
        foreach (string arrow in Arrows)
        {
            int at = lower.IndexOf(arrow.AsSpan()); // ordinal
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = arrow.Length;
            }
        }

        return best;
    }

    /// <summary>"-> positive", "=> billing", "→ 4 stars": a short class or grade after the arrow.</summary>
    private static bool IsLabel(ReadOnlySpan<char> lower, int from)
    {
        ReadOnlySpan<char> label = lower.Slice(from).Trim().TrimEnd(LabelEndPunctuation.AsSpan());
        if (label.Length == 0 || label.Length > 32)
        {
            return false;
        }

        int words = 1;
        foreach (char c in label)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= 3;
    }
}
