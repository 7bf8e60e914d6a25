using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Reads a fine-tuning dataset (JSONL, in any <see cref="FineTuningFormat"/>) into one <see cref="ParsedExampleLine"/> per
/// line, streaming: the parse that the validator (PA3001-PA3005, PA1002) and the security rules (PA4002, PA4003) share.
/// The format is the one given, or the one the first record that is a JSON object is in. Bad input becomes line errors,
/// never exceptions; only cancellation throws.
/// </summary>
public sealed class FineTuningDatasetReader
{
    /// <summary>Longer lines are reported and not parsed, so memory stays bounded.</summary>
    public const int DefaultMaxLineLength = 32 * 1024 * 1024;

    private readonly FineTuningFormat? _format;
    private readonly int _maxLineLength;
    private readonly bool _collectMessages;

    /// <param name="format">The dataset's format, or null to recognise it from its first record.</param>
    /// <param name="maxLineLength">Lines longer than this (in chars) are not parsed.</param>
    /// <param name="collectMessages">True to keep each line's turns (<see cref="ParsedExampleLine.Messages"/>) for the security rules.</param>
    public FineTuningDatasetReader(FineTuningFormat? format = null, int maxLineLength = DefaultMaxLineLength, bool collectMessages = false)
    {
        _format = format;
        _maxLineLength = maxLineLength;
        _collectMessages = collectMessages;
    }

    /// <summary>The lines of <paramref name="text"/>, read once, in chunks, as they are enumerated.</summary>
    public IEnumerable<ParsedExampleLine> Read(TextReader text, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return ReadIterator(text, cancellationToken);
    }

    private IEnumerable<ParsedExampleLine> ReadIterator(TextReader text, CancellationToken cancellationToken)
    {
        var lines = new JsonlLineReader(text, _maxLineLength);
        var parsers = new LineParsers(_format, _collectMessages);
        while (lines.ReadLine(cancellationToken))
        {
            var line = new ParsedExampleLine(lines.LineNumber, lines.Start, lines.IsOverlong ? lines.FullLength : lines.Length)
            {
                IsBlank = lines.IsBlank,
                IsOverlong = lines.IsOverlong,
                Format = parsers.Format,
            };
            if (!line.IsBlank && !line.IsOverlong)
            {
                Parse(lines, parsers, line);
            }

            yield return line;
        }
    }

    private static void Parse(JsonlLineReader lines, LineParsers parsers, ParsedExampleLine line)
    {
        try
        {
            IExampleLineParser parser = parsers.For(lines.Buffer, lines.Length);
            line.Format = parsers.Format;
            parser.Parse(lines.Buffer, lines.Length);
            line.Error = parser.Error;
            parser.Fill(line);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            // Not expected: the parsers turn bad JSON into errors. Report rather than crash the build.
            line.Error = new FineTuningError(FineTuningErrorKind.InvalidJson, "the line could not be read: " + ex.GetType().Name, 0, 0);
        }
    }

    /// <summary>The parser of the dataset's format, chosen at the first record that is a JSON object when no format is set.</summary>
    private sealed class LineParsers
    {
        private readonly FormatExampleParser _probe = new(FineTuningFormat.PlainText);
        private readonly bool _collectMessages;
        private IExampleLineParser? _parser;

        public LineParsers(FineTuningFormat? format, bool collectMessages)
        {
            _collectMessages = collectMessages;
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
                return new ChatExampleParser(_collectMessages);
            }

            Use(FineTuningFormatDetector.Of(root) ?? FineTuningFormat.OpenAiChat);
            return _parser!;
        }

        private void Use(FineTuningFormat format)
        {
            Format = format;
            _parser = format == FineTuningFormat.OpenAiChat ? new ChatExampleParser(_collectMessages) : new FormatExampleParser(format, _collectMessages);
        }
    }
}
