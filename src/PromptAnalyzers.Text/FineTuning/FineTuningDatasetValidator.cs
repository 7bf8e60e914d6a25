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

        var reader = new FineTuningDatasetReader(_options.Format, _options.MaxLineLength);
        return ValidateIterator(reader.Read(text, cancellationToken), cancellationToken);
    }

    /// <summary>Validates lines that a <see cref="FineTuningDatasetReader"/> read (a parse shared with other rules).</summary>
    public IEnumerable<FineTuningLineReport> Validate(IEnumerable<ParsedExampleLine> lines, CancellationToken cancellationToken = default)
    {
        if (lines is null)
        {
            throw new ArgumentNullException(nameof(lines));
        }

        return ValidateIterator(lines, cancellationToken);
    }

    private IEnumerable<FineTuningLineReport> ValidateIterator(IEnumerable<ParsedExampleLine> lines, CancellationToken cancellationToken)
    {
        var summary = new FineTuningDatasetSummary();
        Summary = summary;
        var blankRun = new List<FineTuningLineReport>();
        int blankRunExtra = 0;

        foreach (ParsedExampleLine line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            summary.Lines = line.LineNumber;
            if (line.IsBlank)
            {
                if (blankRun.Count < MaxBlankLinesReportedPerRun)
                {
                    blankRun.Add(new FineTuningLineReport(line.LineNumber, line.Start, line.Length));
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

            yield return ValidateLine(line, summary, cancellationToken);
        }
    }

    private FineTuningLineReport ValidateLine(ParsedExampleLine line, FineTuningDatasetSummary summary, CancellationToken cancellationToken)
    {
        var report = new FineTuningLineReport(line.LineNumber, line.Start, line.Length);
        if (line.IsOverlong)
        {
            report.Error = new FineTuningError(
                FineTuningErrorKind.LineTooLong,
                string.Format(CultureInfo.InvariantCulture, "the line is {0:N0} characters long, over the {1:N0} characters this validator reads; it was not checked", line.Length, _options.MaxLineLength),
                0,
                0);
            summary.MalformedLines++;
            return report;
        }

        summary.Format = line.Format;
        if (line.Error is not null)
        {
            report.Error = line.Error;
            summary.MalformedLines++;
            return report;
        }

        int tokens = line.CountTokens(_options);
        report.Tokens = tokens;
        report.AssistantContentColumn = line.AssistantContentColumn;
        report.AssistantContentLength = line.AssistantContentLength;
        int? limit = _options.MaxExampleTokens;
        report.ExceedsLimit = limit is int max && tokens > max;

        summary.Examples++;
        summary.TrainingTokensUncapped += tokens;
        summary.TrainingTokens += limit is int cap ? Math.Min(tokens, cap) : tokens;
        if (tokens > summary.LongestExampleTokens)
        {
            summary.LongestExampleTokens = tokens;
            summary.LongestExampleLine = line.LineNumber;
        }

        if (summary.Examples == 1 || tokens < summary.ShortestExampleTokens)
        {
            summary.ShortestExampleTokens = tokens;
        }

        if (report.ExceedsLimit)
        {
            summary.ExamplesOverLimit++;
        }

        summary.PromptFirst.Observe(line.SystemText, line.AssistantText);
        if (_options.MinFacts is int minFacts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FactReport? facts = DetectFacts(line.AssistantText, line.UserText, cancellationToken);
            if (facts is not null && facts.MeetsThreshold(minFacts))
            {
                report.TaughtFacts = facts;
                summary.ExamplesTeachingFacts++;
            }
        }

        return report;
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
