using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Validates a fine-tuning dataset (JSONL, in any <see cref="FineTuningFormat"/>) line by line, streaming: it holds one
/// line and a few counters, never the file. The format is the option's, or the one the first parsable record is in. <see cref="Validate"/> yields one report per non-blank line (and one per blank line
/// that sits between records); <see cref="Summary"/> is complete once the enumeration ends. Bad input becomes
/// reports, never exceptions; only cancellation throws.
/// </summary>
public sealed class FineTuningDatasetValidator
{
    /// <summary>Lines that format detection (<see cref="FineTuningFormatDetector"/>) looks at before giving up on finding a parsable record.</summary>
    public const int DetectionLineLimit = 100;

    /// <summary>Blank lines in one run that are reported one by one; the rest of a longer run is summed up in the last report.</summary>
    public const int MaxBlankLinesReportedPerRun = 10_000;

    private readonly FineTuningValidationOptions _options;

    public FineTuningDatasetValidator(FineTuningValidationOptions? options = null)
    {
        _options = options ?? new FineTuningValidationOptions();
    }

    /// <summary>Counters over the lines enumerated so far; final once <see cref="Validate"/> has been enumerated to its end.</summary>
    public FineTuningDatasetSummary Summary { get; private set; } = new();

    /// <summary>Validates the dataset read from <paramref name="text"/>; the reader is read once, in chunks.</summary>
    public IEnumerable<FineTuningLineReport> Validate(TextReader text, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return ValidateIterator(text, cancellationToken);
    }

    private IEnumerable<FineTuningLineReport> ValidateIterator(TextReader text, CancellationToken cancellationToken)
    {
        var summary = new FineTuningDatasetSummary();
        Summary = summary;
        var lines = new JsonlLineReader(text, _options.MaxLineLength);
        var parsers = new LineParsers(_options.Format);
        var blankRun = new List<FineTuningLineReport>();
        int blankRunExtra = 0;

        while (lines.ReadLine(cancellationToken))
        {
            summary.Lines = lines.LineNumber;
            if (lines.IsBlank)
            {
                if (blankRun.Count < MaxBlankLinesReportedPerRun)
                {
                    blankRun.Add(new FineTuningLineReport(lines.LineNumber, lines.Start, lines.Length));
                }
                else
                {
                    blankRunExtra++;
                }

                continue;
            }

            if (blankRun.Count > 0)
            {
                for (int i = 0; i < blankRun.Count; i++)
                {
                    var blank = blankRun[i];
                    string more = i == blankRun.Count - 1 && blankRunExtra > 0
                        ? string.Format(CultureInfo.InvariantCulture, " ({0:N0} more blank lines follow it)", blankRunExtra)
                        : string.Empty;
                    blank.Error = new FineTuningError(
                        FineTuningErrorKind.BlankLine,
                        "blank line between records" + more + "; remove it (only blank lines at the end of the file are allowed)",
                        0,
                        blank.Length);
                    summary.MalformedLines++;
                    yield return blank;
                }

                summary.MalformedLines += blankRunExtra;
                blankRun.Clear();
                blankRunExtra = 0;
            }

            yield return ValidateLine(lines, parsers, summary, cancellationToken);
        }
    }

    private FineTuningLineReport ValidateLine(JsonlLineReader lines, LineParsers parsers, FineTuningDatasetSummary summary, CancellationToken cancellationToken)
    {
        var report = new FineTuningLineReport(lines.LineNumber, lines.Start, lines.IsOverlong ? lines.FullLength : lines.Length);
        if (lines.IsOverlong)
        {
            report.Error = new FineTuningError(
                FineTuningErrorKind.LineTooLong,
                string.Format(CultureInfo.InvariantCulture, "the line is {0:N0} characters long, over the {1:N0} characters this validator reads; it was not checked", lines.FullLength, _options.MaxLineLength),
                0,
                0);
            summary.MalformedLines++;
            return report;
        }

        bool valid;
        IExampleLineParser parser;
        try
        {
            parser = parsers.For(lines.Buffer, lines.Length);
            summary.Format = parsers.Format;
            valid = parser.Parse(lines.Buffer, lines.Length);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            // Not expected: the parser turns bad JSON into errors. Report rather than crash the build.
            report.Error = new FineTuningError(FineTuningErrorKind.InvalidJson, "the line could not be read: " + ex.GetType().Name, 0, 0);
            summary.MalformedLines++;
            return report;
        }

        if (!valid)
        {
            report.Error = parser.Error;
            summary.MalformedLines++;
            return report;
        }

        cancellationToken.ThrowIfCancellationRequested();
        int tokens = parser.CountTokens(_options);
        report.Tokens = tokens;
        report.AssistantContentColumn = parser.AssistantContentColumn;
        report.AssistantContentLength = parser.AssistantContentLength;
        int? limit = _options.MaxExampleTokens;
        report.ExceedsLimit = limit is int max && tokens > max;

        summary.Examples++;
        summary.TrainingTokensUncapped += tokens;
        summary.TrainingTokens += limit is int cap ? Math.Min(tokens, cap) : tokens;
        if (tokens > summary.LongestExampleTokens)
        {
            summary.LongestExampleTokens = tokens;
            summary.LongestExampleLine = lines.LineNumber;
        }

        if (summary.Examples == 1 || tokens < summary.ShortestExampleTokens)
        {
            summary.ShortestExampleTokens = tokens;
        }

        if (report.ExceedsLimit)
        {
            summary.ExamplesOverLimit++;
        }

        summary.PromptFirst.Observe(parser.SystemText, parser.AssistantText);
        if (_options.MinFacts is int minFacts)
        {
            FactReport? facts = DetectFacts(parser.AssistantText, parser.UserText, cancellationToken);
            if (facts is not null && facts.MeetsThreshold(minFacts))
            {
                report.TaughtFacts = facts;
                summary.ExamplesTeachingFacts++;
            }
        }

        return report;
    }

    /// <summary>The parser of the dataset's format, chosen at the first record that is a JSON object when no format is set.</summary>
    private sealed class LineParsers
    {
        private readonly FormatExampleParser _probe = new(FineTuningFormat.PlainText);
        private IExampleLineParser? _parser;

        public LineParsers(FineTuningFormat? format)
        {
            if (format is FineTuningFormat known)
            {
                Use(known);
            }
        }

        public FineTuningFormat? Format { get; private set; }

        /// <summary>The parser for this line: the dataset's, or (until a record has set it) the one its own fields call for.</summary>
        public IExampleLineParser For(char[] chars, int length)
        {
            if (_parser is not null)
            {
                return _parser;
            }

            _probe.Parse(chars, length);
            if (_probe.Root is not JsonLineNode root)
            {
                // Not JSON or not an object: read as chat, whose messages say what a line should be.
                return new ChatExampleParser();
            }

            Use(FineTuningFormatDetector.Of(root) ?? FineTuningFormat.OpenAiChat);
            return _parser!;
        }

        private void Use(FineTuningFormat format)
        {
            Format = format;
            _parser = format == FineTuningFormat.OpenAiChat ? new ChatExampleParser() : new FormatExampleParser(format);
        }
    }

    private static FactReport? DetectFacts(string text, string userText, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return FactDetector.Detect(text, userText, cancellationToken);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return null;
        }
    }
}
