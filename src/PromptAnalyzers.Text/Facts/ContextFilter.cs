using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Recognizers;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Runs the recognisers on one unit and keeps what its context allows: no holes, no format examples, nothing the mood rules out.</summary>
internal static class ContextFilter
{
    /// <summary>A unit whose tokens outgrow this many gives its list up rather than keep it for the thread.</summary>
    private const int MaxKeptTokens = 4096;

    /// <summary>The token list <see cref="Collect"/> fills for each unit; the recognisers read it and keep none of it.</summary>
    [ThreadStatic]
    private static List<Token>? s_tokens;

    public static void Collect(string text, TextUnit unit, List<Candidate> output)
    {
        int s = unit.Start;
        int e = unit.End;
        Mood mood = InstructionClassifier.Classify(text, s, e, unit.Kind, out int statementFrom);
        if (unit.Kind == UnitKind.TableRow || unit.Section == SectionKind.Verbatim)
        {
            mood = Mood.Declarative; // a row of data; a passage the model reproduces for the people it serves
        }

        // Perf: the unit's lower case is read in a buffer the thread lends, not in a new string per unit
        int length = Math.Max(e - s, 0);
        char[] lowered = LowerCase.Lend(text, s, length);
        ReadOnlySpan<char> lower = lowered.AsSpan(0, length);
        int introduced = InstructionClassifier.IntroducedStatementStart(lower, s);
        int exampleFrom = InstructionClassifier.ExampleStart(lower, s);
        LowerCase.GiveBack(lowered);
        if (introduced > s && introduced < e && (statementFrom == s || introduced < statementFrom))
        {
            statementFrom = introduced; // "... remember that the museum is closed on Mondays"
        }

        if (InGradedRecord(text, s, e))
        {
            // a labelled few-shot record scored for a grader or classifier ("context: ... answer: ... stars: 2"): the
            // values illustrate what to grade, they are not knowledge to pass on
            return;
        }

        SampleTurn turn = SampleContext.TurnOf(text, unit.RawLineStart);
        if (turn == SampleTurn.User)
        {
            return; // the served person's turn in a sample conversation is input, not knowledge
        }

        if (unit.Section == SectionKind.Example || turn == SampleTurn.Assistant)
        {
            // few-shot material: a pair or a quoted input only shows a format, a record or a general-knowledge answer
            // only illustrates; a sample answer that speaks for the business still states its facts
            if (exampleFrom == s || HasQuoteOrArrow(text, s, e) || StartsWithExampleLabel(text, s, e) || !SampleContext.SpeaksForTheBusiness(text, s, e))
            {
                return;
            }

            if (mood != Mood.Declarative)
            {
                mood = Mood.Rubric; // an instruction inside an example: only contacts could still be real
            }
        }

        var raw = new List<Candidate>();
        // Perf: one token list per thread, refilled for each unit, instead of a new one (and its array) per unit
        List<Token> tokens = s_tokens ?? new List<Token>(256);
        s_tokens = null; // taken: a nested call could not reuse it while these recognisers read it
        tokens.Clear();
        Tokenizer.Tokenize(text, s, e, tokens);
        ContactRecognizer.Recognize(text, s, e, tokens, raw);
        AddressRecognizer.Recognize(text, tokens, raw);
        StatementRecognizer.RecognizeIdentifiers(text, s, e, raw);
        NumericRecognizer.Recognize(text, tokens, raw);
        BarePriceRecognizer.Recognize(text, tokens, raw);
        if (tokens.Capacity <= MaxKeptTokens)
        {
            tokens.Clear(); // the strings of the last unit are not held on to
            s_tokens = tokens;
        }

        FreePriceRecognizer.Recognize(text, s, e, raw);
        if (mood == Mood.Declarative)
        {
            StatementRecognizer.RecognizeStatements(text, s, e, raw);
        }
        else if (statementFrom > s)
        {
            // "You are the billing assistant for X: the Team plan costs $8..." states facts after the colon
            StatementRecognizer.RecognizeStatements(text, statementFrom, e, raw);
        }

        if (raw.Count == 0)
        {
            return;
        }

        List<(int Start, int End)> holes = Holes(text, s, e);
        List<(int Start, int End)> quotes = Quotes(text, s, e);

        bool question = IsQuestion(text, s, e);
        foreach (Candidate c in raw)
        {
            bool stated = statementFrom > s && c.Start >= statementFrom;
            if (c.Start >= exampleFrom || Overlaps(holes, c) || (mood != Mood.Declarative && Inside(quotes, c) && !stated))
            {
                continue;
            }

            if ((c.Kind == FactKind.Policy || c.Kind == FactKind.EntityStatement) && c.End > exampleFrom)
            {
                continue; // "Here is a table that contains some examples": a clause that announces examples states nothing
            }

            if (IsCodedValue(text, e, c))
            {
                continue; // "Понедельник=1", "Mon = 1": a value given a code is a format mapping, not a fact
            }

            if (OpensWithCountRange(text, s, c))
            {
                continue; // "- 3-5 solutions people use today", "- 2-3 limitations": a list item that opens with how many says how many to write
            }

            if (InReportedSpeech(text, s, quotes, c))
            {
                continue; // 'John said: "I will send the demo by Friday"' reports what someone said, in a text to work on
            }

            if (question && c.Kind != FactKind.Phone && c.Kind != FactKind.Email && c.Kind != FactKind.Url)
            {
                // a question asks about its values ("How many 20 cents can I get from 1 dollar?"), it does not state them
                continue;
            }

            bool ok = stated || mood switch
            {
                // a count in a line without a verb under a heading of rules ("Rules: ... Maximum 3 suggestions", "Rules for
                // size: - Large: 100-200 participants") bounds or defines the model's output; the business's own rules
                // ("House rules:") are knowledge headings
                Mood.Declarative => !(unit.Section == SectionKind.Instructions && (c.Kind == FactKind.Quantity || IsLimitOnTheModel(text, s, c) || IsRequirement(text, c))),
                Mood.Guidance => c.Strength >= Strength.Medium && !(c.Kind == FactKind.Schedule && IsBareSchedule(text, c)) && !IsLimitOnTheModel(text, s, c),
                _ => c.Strength == Strength.Strong,
            };
            if (!ok)
            {
                continue;
            }

            // a policy clause that already carries a numeric fact is that fact, not a second one
            if ((c.Kind == FactKind.Policy || c.Kind == FactKind.EntityStatement) && HasNumericInside(raw, c))
            {
                continue;
            }

            output.Add(c);
        }
    }

    /// <summary>
    /// In an instruction, a value bounded by a limit ("never book more than 4 hours", "if you are less than 70% sure",
    /// "không giảm giá quá 10%") sets how far the model may go; it is not knowledge about the world.
    /// </summary>
    private static bool IsLimitOnTheModel(string text, int unitStart, Candidate c)
    {
        if (IsContact(c.Kind))
        {
            return false;
        }

        string value = LowerCase.Slice(text, c.Start, c.Length);
        foreach (string deadline in Lexicon.CueLexicon.DeadlineWords)
        {
            if (value.IndexOf(deadline, StringComparison.Ordinal) >= 0)
            {
                return false; // "up to 24 hours before the class" is a deadline of the business, not a limit on the model
            }
        }

        const int Window = 24;
        int from = Math.Max(unitStart, c.Start - Window);
        int to = Math.Min(c.End, c.Start + Window);
        string around = LowerCase.Padded(text, from, to - from);
        if (Lexicon.CueLexicon.LimitIndex.ContainsAny(around))
        {
            return true;
        }

        // "80% or above", "3 or more": the bound follows the value
        int after = Math.Min(text.Length, c.End + 12);
        string following = LowerCase.Slice(text, c.End, after - c.End);
        foreach (string bound in Lexicon.CueLexicon.TrailingBounds)
        {
            if (following.StartsWith(bound, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A count range ("3-5", "2–3") that opens its line or list item, with only the bullet before it: the item says how
    /// many things the model is to produce. A count inside a sentence ("companies with 1-50 employees", "children aged
    /// 6-12") is left to the other rules.
    /// </summary>
    private static bool OpensWithCountRange(string text, int unitStart, Candidate c)
    {
        if (c.Kind != FactKind.Quantity)
        {
            return false;
        }

        for (int i = unitStart; i < c.Start; i++)
        {
            char before = text[i];
            if (!char.IsWhiteSpace(before) && before != '-' && before != '*' && before != '•' && before != '·')
            {
                return false;
            }
        }

        int at = c.Start;
        int digits = at;
        while (at < c.End && char.IsDigit(text[at]))
        {
            at++;
        }

        if (at == digits || at >= c.End || (text[at] != '-' && text[at] != '\u2013'))
        {
            return false;
        }

        return at + 1 < c.End && char.IsDigit(text[at + 1]);
    }

    /// <summary>Contacts and street addresses: what no limit, code or mapping around them turns into a format.</summary>
    private static bool IsContact(FactKind kind) => kind == FactKind.Phone || kind == FactKind.Email || kind == FactKind.Url || kind == FactKind.Address;

    /// <summary>A value followed by "=" and a number ("Понедельник=1", "Mon = 1"): the label of a code in a format mapping.</summary>
    private static bool IsCodedValue(string text, int unitEnd, Candidate c)
    {
        if (IsContact(c.Kind))
        {
            return false;
        }

        int i = c.End;
        while (i < unitEnd && text[i] == ' ')
        {
            i++;
        }

        if (i >= unitEnd || text[i] != '=' || (i + 1 < unitEnd && (text[i + 1] == '=' || text[i + 1] == '>')))
        {
            return false;
        }

        i++;
        while (i < unitEnd && text[i] == ' ')
        {
            i++;
        }

        return i < unitEnd && char.IsDigit(text[i]);
    }

    /// <summary>
    /// Under a heading the prompt itself calls rules, requirements or output, a "must" clause without a figure ("Projects
    /// must be practical") is a requirement on the model's work, not a policy of the business.
    /// </summary>
    private static bool IsRequirement(string text, Candidate c)
        => (c.Kind == FactKind.Policy || c.Kind == FactKind.EntityStatement)
            && Lexicon.CueLexicon.ObligationIndex.ContainsAny(LowerCase.Padded(text, c.Start, c.Length));

    /// <summary>True when the candidate sits in a quote right after a speech verb ("said:", "asked", "sagte", "dijo", "说").</summary>
    private static bool InReportedSpeech(string text, int unitStart, List<(int Start, int End)> quotes, Candidate c)
    {
        foreach (var (start, end) in quotes)
        {
            if (c.Start >= start && c.End <= end)
            {
                int from = Math.Max(unitStart, start - 14);
                string before = LowerCase.Slice(text, from, start - from);
                return Lexicon.SpeakerLexicon.SpeechVerbIndex.ContainsAny(before);
            }
        }

        return false;
    }

    /// <summary>A clock time or weekday in an instruction configures behaviour ("never schedule outside 08:00-18:00") unless priced or announced.</summary>
    private static bool IsBareSchedule(string text, Candidate c) => c.Kind == FactKind.Schedule && c.Length < 40;

    private static bool HasNumericInside(List<Candidate> raw, Candidate clause)
    {
        foreach (Candidate c in raw)
        {
            if (c.Kind != FactKind.Policy && c.Kind != FactKind.EntityStatement && c.Start >= clause.Start && c.End <= clause.End)
            {
                return clause.Kind == FactKind.Policy || c.Kind != FactKind.Date;
            }
        }

        return false;
    }

    private static bool HasQuoteOrArrow(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u2192' || (c == '-' && i + 1 < e && text[i + 1] == '>') || c == '{')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the unit is a question: its last visible character (before closing quotes or brackets) is '?'.</summary>
    private static bool IsQuestion(string text, int s, int e)
    {
        int i = e - 1;
        // a closing markup tag ("...dollar?</message>") is not part of the sentence
        while (i >= s && text[i] == '>' && text.LastIndexOf("</", i, Math.Min(40, i - s + 1), StringComparison.Ordinal) is int tag and >= 0 && tag >= s)
        {
            i = tag - 1;
        }

        while (i >= s && (char.IsWhiteSpace(text[i]) || text[i] == '"' || text[i] == '\'' || text[i] == ')' || text[i] == '\u201D' || text[i] == '*'))
        {
            i--;
        }

        return i >= s && (text[i] == '?' || text[i] == '\uFF1F');
    }

    private static readonly string[] GradeLabels = { "stars", "star", "score", "rating", "grade", "label", "verdict", "sentiment", "category", "classification", "relevance", "groundedness", "coherence", "fluency", "similarity" };

    /// <summary>
    /// True when [s, e) lies in a paragraph of "label: value" lines (at least three) one of which is a grade or class
    /// with a short value ("stars: 3", "score: 0.8", "label: negative"): a few-shot record for a grader or classifier.
    /// </summary>
    private static bool InGradedRecord(string text, int s, int e)
    {
        int unitLineEnd = text.IndexOf('\n', s, e - s);
        if (!LabelOf(text, s, unitLineEnd < 0 ? e : unitLineEnd, out _, out _, out _))
        {
            return false;
        }

        // Records are short: look at most this far for the paragraph's ends (keeps huge texts linear).
        const int Reach = 2000;
        int start = ParagraphStart(text, s, Math.Max(0, s - Reach));
        int end = ParagraphEnd(text, e, Math.Min(text.Length, e + Reach));
        int labelled = 0;
        bool graded = false;
        int lineStart = start;
        while (lineStart < end)
        {
            int lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            if (LabelOf(text, lineStart, lineEnd, out int labelStart, out int labelLength, out int valueLength))
            {
                labelled++;
                if (valueLength <= 24 && IsGradeLabel(text.AsSpan(labelStart, labelLength)))
                {
                    graded = true;
                }
            }

            lineStart = lineEnd + 1;
        }

        return graded && labelled >= 3;
    }

    /// <summary>
    /// A line "label: value" with a one- or two-word lower-case-insensitive label, found at [labelStart, labelStart +
    /// labelLength) (trimmed, at most 23 chars). Perf: offsets and spans, not the trimmed, lower-cased copies of the label
    /// and value this read for every line of every paragraph around a labelled unit.
    /// </summary>
    private static bool LabelOf(string text, int s, int e, out int labelStart, out int labelLength, out int valueLength)
    {
        labelStart = s;
        labelLength = 0;
        valueLength = 0;
        while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '-' || text[s] == '*'))
        {
            s++;
        }

        int colon = text.IndexOf(':', s, Math.Min(24, e - s));
        if (colon <= s)
        {
            return false;
        }

        for (int i = s; i < colon; i++)
        {
            if (!char.IsLetter(text[i]) && text[i] != ' ' && text[i] != '_')
            {
                return false;
            }
        }

        // the label holds letters, spaces and '_' only: trimming it trims its spaces, and lower-casing keeps its length
        ReadOnlySpan<char> label = text.AsSpan(s, colon - s);
        ReadOnlySpan<char> trimmed = label.Trim();
        labelStart = s + (label.Length - label.TrimStart().Length);
        labelLength = trimmed.Length;
        valueLength = text.AsSpan(colon + 1, e - colon - 1).Trim().Length;
        return trimmed.Length > 0 && trimmed.IndexOf(' ') == trimmed.LastIndexOf(' ');
    }

    /// <summary>True when <paramref name="label"/> (at most 23 chars), lower-cased, is one of <see cref="GradeLabels"/>.</summary>
    private static bool IsGradeLabel(ReadOnlySpan<char> label)
    {
        Span<char> lower = stackalloc char[24];
        lower = lower.Slice(0, label.Length);
        label.ToLowerInvariant(lower);
        foreach (string grade in GradeLabels)
        {
            if (lower.SequenceEqual(grade.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static int ParagraphStart(string text, int s, int limit)
    {
        int i = s;
        while (i > limit)
        {
            int previousLineEnd = text.LastIndexOf('\n', i - 1, i - limit);
            if (previousLineEnd < limit)
            {
                return limit;
            }

            int previousLineStart = previousLineEnd <= limit ? limit : text.LastIndexOf('\n', previousLineEnd - 1, previousLineEnd - limit) + 1;
            if (previousLineStart < limit)
            {
                previousLineStart = limit;
            }

            if (text.AsSpan(previousLineStart, previousLineEnd - previousLineStart).IsWhiteSpace()) // Perf: no copy of the line
            {
                return previousLineEnd + 1;
            }

            i = previousLineStart;
        }

        return limit;
    }

    private static int ParagraphEnd(string text, int e, int limit)
    {
        int i = e;
        while (i < limit)
        {
            int lineEnd = text.IndexOf('\n', i, limit - i);
            if (lineEnd < 0)
            {
                return limit;
            }

            int nextLineEnd = lineEnd + 1 < limit ? text.IndexOf('\n', lineEnd + 1, limit - lineEnd - 1) : -1;
            if (nextLineEnd < 0)
            {
                nextLineEnd = limit;
            }

            if (text.AsSpan(lineEnd + 1, nextLineEnd - lineEnd - 1).IsWhiteSpace()) // Perf: no copy of the line
            {
                return lineEnd;
            }

            i = lineEnd + 1;
        }

        return limit;
    }

    private static bool StartsWithExampleLabel(string text, int s, int e)
    {
        int colon = text.IndexOf(':', s, Math.Min(24, e - s));
        if (colon < 0)
        {
            return false;
        }

        string label = text.Substring(s, colon - s).Trim().ToLowerInvariant();
        return label.StartsWith("input", System.StringComparison.Ordinal) || label.StartsWith("output", System.StringComparison.Ordinal) || label.StartsWith("message", System.StringComparison.Ordinal) || label.StartsWith("review", System.StringComparison.Ordinal) || label.StartsWith("user", System.StringComparison.Ordinal) || label.StartsWith("text", System.StringComparison.Ordinal) || label.StartsWith("email", System.StringComparison.Ordinal) || label.StartsWith("ticket", System.StringComparison.Ordinal) || label.StartsWith("eingabe", System.StringComparison.Ordinal) || label.StartsWith("ausgabe", System.StringComparison.Ordinal) || label.StartsWith("entrada", System.StringComparison.Ordinal) || label.StartsWith("salida", System.StringComparison.Ordinal) || label.StartsWith("entrée", System.StringComparison.Ordinal) || label.StartsWith("sortie", System.StringComparison.Ordinal) || label.StartsWith("вход", System.StringComparison.Ordinal) || label.StartsWith("выход", System.StringComparison.Ordinal);
    }

    /// <summary>Template holes: {x}, {{x}}, {{$x}}, {0}, {{#each}}, &lt;placeholder&gt;, [placeholder].</summary>
    internal static List<(int Start, int End)> Holes(string text, int s, int e)
    {
        var holes = new List<(int, int)>();
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            char close = c == '{' ? '}' : c == '<' ? '>' : c == '[' ? ']' : '\0';
            if (close == '\0')
            {
                continue;
            }

            int limit = Math.Min(e, i + 120);
            int j = i + 1;
            while (j < limit && text[j] != close && text[j] != '\n')
            {
                j++;
            }

            if (j < limit && text[j] == close)
            {
                if (c != '{' && !(j > i + 1 && char.IsLetter(text[i + 1])))
                {
                    continue;
                }

                while (j + 1 < e && text[j + 1] == close)
                {
                    j++;
                }

                holes.Add((i, j + 1));
                i = j;
            }
        }

        return holes;
    }

    private static List<(int Start, int End)> Quotes(string text, int s, int e)
    {
        var quotes = new List<(int, int)>();
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            char close = c == '"' ? '"' : c == '\u201C' ? '\u201D' : c == '\u00AB' ? '\u00BB' : c == '\u201E' ? '\u201C' : c == '`' ? '`' : c == '\u300C' ? '\u300D' : c == '\u300E' ? '\u300F' : c == '\u2018' ? '\u2019' : '\0';
            if (c == '\'' && (i == s || !char.IsLetterOrDigit(text[i - 1])))
            {
                close = '\''; // 'NB 1701000', not the apostrophe of "don't"
            }

            if (close == '\0')
            {
                continue;
            }

            int j = text.IndexOf(close, i + 1, Math.Min(e - i - 1, 300));
            while (close == '\'' && j > i && j + 1 < e && char.IsLetterOrDigit(text[j + 1]))
            {
                j = j + 1 < e ? text.IndexOf(close, j + 1, Math.Min(e - j - 1, 300)) : -1;
            }

            if (j > i)
            {
                quotes.Add((i, j + 1));
                i = j;
            }
        }

        return quotes;
    }

    private static bool Overlaps(List<(int Start, int End)> spans, Candidate c)
    {
        foreach (var h in spans)
        {
            if (c.Start < h.End && h.Start < c.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inside(List<(int Start, int End)> spans, Candidate c)
    {
        foreach (var q in spans)
        {
            if (c.Start >= q.Start && c.End <= q.End)
            {
                return true;
            }
        }

        return false;
    }
}
