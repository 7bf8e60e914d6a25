using System;
using System.Collections.Generic;
using System.Threading;
using PromptAnalyzers.Text.Facts.Recognizers;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts;

/// <summary>Finds facts hardcoded in prompt text. Template holes ({x}, {{x}}, {{$x}}) are never facts.</summary>
/// <remarks>
/// Pipeline: <see cref="UnitSegmenter"/> (units and their sections) → <see cref="InstructionClassifier"/> (mood of each unit)
/// → recognisers (<see cref="NumericRecognizer"/>, <see cref="ContactRecognizer"/>, <see cref="StatementRecognizer"/>)
/// → <see cref="ContextFilter"/> (holes, examples, quotes, mood) → <see cref="FactMerger"/> (distinct facts, reference blocks).
/// Every step is linear in the text; nothing throws except cancellation.
/// </remarks>
public static class FactDetector
{
    public static FactReport Detect(string text, CancellationToken cancellationToken = default) => Detect(text, null, cancellationToken);

    /// <summary>
    /// Facts in an answer to <paramref name="repliesTo"/> (the user turn of a fine-tuning example): a value the answer
    /// repeats from the question is the asker's own ("You ordered 3 items for $45.20"), not knowledge it teaches.
    /// </summary>
    public static FactReport Detect(string text, string? repliesTo, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            return FactReport.Empty;
        }

        try
        {
            FactReport report = DetectCore(text, cancellationToken);
            return string.IsNullOrEmpty(repliesTo) ? report : EchoFilter.WithoutEchoes(report, repliesTo!);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // This runs inside the compiler: a bug here must never become AD0001 in a user's build.
            return FactReport.Empty;
        }
    }

    private static FactReport DetectCore(string text, CancellationToken cancellationToken)
    {
        if (SimulatedUser.IsPersonaOfServedPerson(text))
        {
            return FactReport.Empty; // the model plays the served person: its details are test inputs
        }

        List<TextUnit> units = UnitSegmenter.Segment(text, cancellationToken);
        var accepted = new List<(Candidate Candidate, TextUnit Unit)>();
        var tableRows = new Dictionary<int, int>(); // block id -> rows with facts
        var barePrices = new List<(Candidate Candidate, TextUnit Unit)>();
        var faqAnswers = 0;
        var jsonRecords = 0;
        var richJson = false;
        var scratch = new List<Candidate>();
        HashSet<int> transcripts = TranscriptFilter.TranscriptBlocks(text, units);

        for (int u = 0; u < units.Count; u++)
        {
            if ((u & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            TextUnit unit = units[u];
            if (unit.Kind == UnitKind.Heading || unit.Kind == UnitKind.Code || unit.Kind == UnitKind.TableHeader || unit.Section == SectionKind.Code || transcripts.Contains(unit.BlockId))
            {
                continue;
            }

            if (unit.Kind == UnitKind.Json)
            {
                // the whole JSON block at once: a pretty-printed listing spreads one record over many lines
                int blockEnd = u + 1;
                while (blockEnd < units.Count && units[blockEnd].Kind == UnitKind.Json)
                {
                    blockEnd++;
                }

                int line = u;
                foreach (var (start, end) in JsonRecordFilter.DataRecords(text, units, u, blockEnd, out bool richRecord))
                {
                    richJson |= richRecord;
                    jsonRecords++;
                    accepted.Add((new Candidate(start, end, FactKind.ReferenceBlock, Strength.Weak), LinesOf(units, ref line, blockEnd, start, end)));
                }

                foreach (var (start, end) in JsonRecordFilter.ProseValues(text, units, u, blockEnd))
                {
                    CollectProseValue(text, unit, start, end, scratch, accepted);
                }

                u = blockEnd - 1;
                continue;
            }

            if (unit.Kind != UnitKind.TableRow && (IsFaqAnswer(text, unit) || (unit.Section == SectionKind.Faq && unit.Length > 12 && text.IndexOf('?', unit.Start, unit.Length) < 0)))
            {
                faqAnswers++;
            }

            scratch.Clear();
            ContextFilter.Collect(text, unit, scratch);
            if (scratch.Count == 0)
            {
                continue;
            }

            if (unit.Kind == UnitKind.TableRow)
            {
                if (ValuesAreHoles(text, unit))
                {
                    continue; // | "el sábado" | {{nextSaturday}} |: the row maps a phrase to data that comes at run time
                }

                // a table row is one fact: the row a code fix moves
                var first = scratch[0];
                accepted.Add((new Candidate(unit.Start, unit.End, first.Kind, first.Strength), unit));
                tableRows[unit.BlockId] = tableRows.TryGetValue(unit.BlockId, out int n) ? n + 1 : 1;
                continue;
            }

            foreach (Candidate c in scratch)
            {
                (c.IsBarePrice ? barePrices : accepted).Add((c, unit));
            }
        }

        AddPriceLists(barePrices, accepted);
        bool listing = AddListing(text, units, transcripts, accepted);
        bool referenceBlock = jsonRecords >= 2 || richJson || faqAnswers >= 3 || listing || AddVerbatimRecord(text, units, accepted);
        foreach (int rows in tableRows.Values)
        {
            if (rows >= 2)
            {
                referenceBlock = true;
            }
        }

        List<FactSpan> facts = FactMerger.Merge(text, accepted);
        return facts.Count == 0 && !referenceBlock ? FactReport.Empty : new FactReport(facts, referenceBlock);
    }

    /// <summary>
    /// True for a table row whose cells after the first are each a template hole (or empty), with at least one hole: the
    /// row states nothing hardcoded, its values are filled in at run time.
    /// </summary>
    private static bool ValuesAreHoles(string text, TextUnit unit)
    {
        int firstBar = text.IndexOf('|', unit.Start, unit.Length);
        if (firstBar < 0)
        {
            return false;
        }

        // "| key | value |" or "key | value": the first cell is the key, the others are its values
        bool inFirst = string.IsNullOrWhiteSpace(text.Substring(unit.Start, firstBar - unit.Start)), sawHole = false;
        int cellStart = firstBar + 1;
        while (cellStart < unit.End)
        {
            int bar = text.IndexOf('|', cellStart, unit.End - cellStart);
            int cellEnd = bar < 0 ? unit.End : bar;
            if (!inFirst)
            {
                int s = cellStart, e = cellEnd;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (s < e)
                {
                    List<(int Start, int End)> holes = ContextFilter.Holes(text, s, e);
                    if (holes.Count == 0 || HasWordOutside(text, s, e, holes))
                    {
                        return false;
                    }

                    sawHole = true;
                }
            }

            inFirst = false;
            cellStart = cellEnd + 1;
        }

        return sawHole;
    }

    /// <summary>Whether a letter or digit lies outside the holes: "{{date}} ({{weekday}})" has none, "from {{start}}" has one.</summary>
    private static bool HasWordOutside(string text, int s, int e, List<(int Start, int End)> holes)
    {
        int from = s;
        foreach (var (start, end) in holes)
        {
            for (int i = from; i < start; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return true;
                }
            }

            from = Math.Max(from, end);
        }

        for (int i = from; i < e; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A prose string of a JSON block read as a sentence of its own: what a code fix moves is the string's content.
    /// </summary>
    private static void CollectProseValue(string text, TextUnit block, int start, int end, List<Candidate> scratch, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        var value = new TextUnit(start, end - start, UnitKind.Sentence, block.Section, block.BlockId)
        {
            LineStart = start,
            LineLength = end - start,
            RawLineStart = start,
        };
        scratch.Clear();
        ContextFilter.Collect(text, value, scratch);
        foreach (Candidate c in scratch)
        {
            accepted.Add((c, value));
        }
    }

    /// <summary>
    /// The lines that carry a JSON record (what a code fix moves): from the line where it opens to the line where it
    /// closes. <paramref name="line"/> moves forward only, records come in text order.
    /// </summary>
    private static TextUnit LinesOf(List<TextUnit> units, ref int line, int blockEnd, int start, int end)
    {
        while (line + 1 < blockEnd && units[line].End <= start)
        {
            line++;
        }

        int last = line;
        while (last + 1 < blockEnd && units[last + 1].Start < end)
        {
            last++;
        }

        TextUnit first = units[line];
        int linesEnd = Math.Max(units[last].End, end);
        return new TextUnit(first.Start, linesEnd - first.Start, UnitKind.Json, first.Section, first.BlockId)
        {
            LineStart = first.LineStart,
            LineLength = linesEnd - first.LineStart,
            RawLineStart = first.RawLineStart,
        };
    }

    /// <summary>
    /// A passage the model must reproduce ("Always reply with exactly this text:" + a policy document or a shipment record)
    /// stands in for a knowledge source: it is reference material when it has at least two lines (or 160 characters) and
    /// states something concrete (a figure or a fact). A one-line canned reply or a greeting is not. Its lines that carry
    /// no fact of their own become facts too ("Item: TSHIRT-RED-L"): they are what a code fix moves. True when the text has one.
    /// </summary>
    private static bool AddVerbatimRecord(string text, List<TextUnit> units, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        if (!HasVerbatimRecord(text, units, accepted))
        {
            return false;
        }

        var covered = new HashSet<int>();
        foreach (var (_, unit) in accepted)
        {
            covered.Add(unit.Start);
        }

        foreach (TextUnit unit in units)
        {
            if (unit.Section == SectionKind.Verbatim && unit.Kind != UnitKind.Heading && !covered.Contains(unit.Start) && HasContent(text, unit))
            {
                accepted.Add((new Candidate(unit.Start, unit.End, FactKind.ReferenceBlock, Strength.Weak), unit));
            }
        }

        return true;
    }

    private static bool HasContent(string text, TextUnit unit)
    {
        for (int i = unit.Start; i < unit.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerbatimRecord(string text, List<TextUnit> units, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        const int MinLength = 160;
        int lines = 0, length = 0, lastLine = -1;
        bool concrete = false;
        foreach (TextUnit unit in units)
        {
            if (unit.Section != SectionKind.Verbatim || unit.Kind == UnitKind.Heading)
            {
                continue;
            }

            if (unit.LineStart != lastLine)
            {
                lastLine = unit.LineStart;
                lines++;
            }

            length += unit.Length;
            for (int i = unit.Start; i < unit.End && !concrete; i++)
            {
                concrete = char.IsDigit(text[i]);
            }
        }

        if (lines == 0)
        {
            return false;
        }

        foreach (var (_, unit) in accepted)
        {
            concrete |= unit.Section == SectionKind.Verbatim;
        }

        return concrete && (lines >= 2 || length >= MinLength);
    }

    /// <summary>
    /// A listing of labelled entries, or a text that is one labelled record and nothing else (<see cref="RecordListing"/>),
    /// is reference data: its labelled lines that state no figure become facts too (the others already are). True when the
    /// text has one.
    /// </summary>
    private static bool AddListing(string text, List<TextUnit> units, HashSet<int> transcripts, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        List<TextUnit> listing = RecordListing.Lines(text, units, transcripts);
        if (listing.Count == 0)
        {
            listing = RecordListing.WholeRecord(text, units, transcripts);
        }

        if (listing.Count == 0)
        {
            return false;
        }

        var linesWithFacts = new HashSet<int>();
        foreach (var (_, unit) in accepted)
        {
            linesWithFacts.Add(unit.LineStart);
        }

        foreach (TextUnit line in listing)
        {
            if (!linesWithFacts.Contains(line.LineStart))
            {
                accepted.Add((new Candidate(line.Start, line.LineStart + line.LineLength, FactKind.ReferenceBlock, Strength.Weak), line));
            }
        }

        return true;
    }

    /// <summary>
    /// Prices without a currency are facts in a price list: a line with two or more ("pepperoni pizza 12.95, 10.00"), or a
    /// block of lines with one each ("Latte 4.50" / "Mocha 4.90"). A lone "12.95" in a sentence is left alone.
    /// </summary>
    private static void AddPriceLists(List<(Candidate Candidate, TextUnit Unit)> barePrices, List<(Candidate Candidate, TextUnit Unit)> accepted)
    {
        if (barePrices.Count == 0)
        {
            return;
        }

        var perLine = new Dictionary<int, int>(); // line start -> prices
        var linesPerBlock = new Dictionary<int, HashSet<int>>(); // block id -> lines with prices
        foreach (var (_, unit) in barePrices)
        {
            perLine[unit.LineStart] = perLine.TryGetValue(unit.LineStart, out int n) ? n + 1 : 1;
            if (!linesPerBlock.TryGetValue(unit.BlockId, out HashSet<int>? lines))
            {
                linesPerBlock[unit.BlockId] = lines = new HashSet<int>();
            }

            lines.Add(unit.LineStart);
        }

        foreach (var item in barePrices)
        {
            if (perLine[item.Unit.LineStart] >= 2 || linesPerBlock[item.Unit.BlockId].Count >= 2)
            {
                accepted.Add(item);
            }
        }
    }

    private static bool IsFaqAnswer(string text, TextUnit unit)
    {
        int s = unit.LineStart;
        if (unit.LineLength > 3 && (text[s] == 'A' || text[s] == 'R' || text[s] == '\u041E') && text[s + 1] == ':')
        {
            return true;
        }

        return unit.Start > 3 && unit.Start - s < 200 && text.IndexOf(" A: ", s, unit.End - s, StringComparison.Ordinal) >= 0 && unit.Start == s;
    }
}
