using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Recognizers;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Runs the recognisers on one unit and keeps what its context allows: no holes, no format examples, nothing the mood rules out.</summary>
internal static class ContextFilter
{
    public static void Collect(string text, TextUnit unit, List<Candidate> output)
    {
        int s = unit.Start;
        int e = unit.End;
        Mood mood = InstructionClassifier.Classify(text, s, e, unit.Kind, out int statementFrom);
        if (unit.Kind == UnitKind.TableRow)
        {
            mood = Mood.Declarative;
        }

        int exampleFrom = InstructionClassifier.ExampleStart(text, s, e);
        if (unit.Section == SectionKind.Example)
        {
            // few-shot material: a pair or a quoted input only shows a format; a plain answer may still state a fact
            if (exampleFrom == s || HasQuoteOrArrow(text, s, e) || StartsWithExampleLabel(text, s, e))
            {
                return;
            }

            if (mood != Mood.Declarative)
            {
                mood = Mood.Rubric; // an instruction inside an example: only contacts could still be real
            }
        }

        var raw = new List<Candidate>();
        List<Token> tokens = Tokenizer.Tokenize(text, s, e);
        ContactRecognizer.Recognize(text, s, e, tokens, raw);
        StatementRecognizer.RecognizeAddresses(text, tokens, raw);
        StatementRecognizer.RecognizeIdentifiers(text, s, e, raw);
        NumericRecognizer.Recognize(text, tokens, raw);
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
        List<(int Start, int End)> quotes = mood == Mood.Declarative ? new List<(int, int)>() : Quotes(text, s, e);

        foreach (Candidate c in raw)
        {
            if (c.Start >= exampleFrom || Overlaps(holes, c) || Inside(quotes, c))
            {
                continue;
            }

            bool ok = c.Start >= statementFrom && statementFrom > s ? true : mood switch
            {
                Mood.Declarative => true,
                Mood.Guidance => c.Strength >= Strength.Medium && !(c.Kind == FactKind.Schedule && IsBareSchedule(text, c)),
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

    private static bool StartsWithExampleLabel(string text, int s, int e)
    {
        int colon = text.IndexOf(':', s, Math.Min(24, e - s));
        if (colon < 0)
        {
            return false;
        }

        string label = text.Substring(s, colon - s).Trim().ToLowerInvariant();
        return label.StartsWith("input") || label.StartsWith("output") || label.StartsWith("message") || label.StartsWith("review") || label.StartsWith("user") || label.StartsWith("text") || label.StartsWith("email") || label.StartsWith("ticket") || label.StartsWith("eingabe") || label.StartsWith("ausgabe") || label.StartsWith("entrada") || label.StartsWith("salida") || label.StartsWith("entrée") || label.StartsWith("sortie") || label.StartsWith("вход") || label.StartsWith("выход");
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
            char close = c == '"' ? '"' : c == '\u201C' ? '\u201D' : c == '\u00AB' ? '\u00BB' : c == '\u201E' ? '\u201C' : c == '`' ? '`' : '\0';
            if (close == '\0')
            {
                continue;
            }

            int j = text.IndexOf(close, i + 1, Math.Min(e - i - 1, 300));
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
