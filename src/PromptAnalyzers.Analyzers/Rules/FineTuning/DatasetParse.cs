using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text.FineTuning;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>
/// The one read of a dataset file that the fine-tuning rules (<see cref="FineTuningDatasetAnalyzer"/>) and the security
/// rules on datasets share in a compilation: its format, and its lines as <see cref="FineTuningDatasetReader"/> parses
/// them. The first rule to reach a file reads it; the other reuses the lines. Kept per <see cref="SourceText"/> (the same
/// object for every analyzer of one compilation, and in the IDE until the file is edited), so it goes when the text goes.
/// Files over <see cref="MaxSharedChars"/> are not kept: each rule streams its own read, and memory stays bounded.
/// </summary>
internal sealed class DatasetParse
{
    /// <summary>Longer files are read by each rule as a stream rather than kept parsed.</summary>
    internal const int MaxSharedChars = 8 * 1024 * 1024;

    private static readonly ConditionalWeakTable<SourceText, DatasetParse> Parses = new();

    private readonly SourceText _text;
    private readonly object _gate = new();
    private ParsedExampleLine[]? _lines;

    private DatasetParse(SourceText text, FineTuningFormat format)
    {
        _text = text;
        Format = format;
    }

    /// <summary>The dataset's format: the option's, else the one its first records are in.</summary>
    public FineTuningFormat Format { get; }

    /// <summary>
    /// The read of <paramref name="text"/>, or null when it is no dataset (no format given or recognised, and the file is
    /// not marked as fine-tuning data).
    /// </summary>
    public static DatasetParse? For(SourceText text, FineTuningAnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (Parses.TryGetValue(text, out DatasetParse? shared) && (options.Format is null || options.Format == shared.Format))
        {
            return shared;
        }

        FineTuningFormat? format = options.Format ?? FineTuningFormatDetector.Detect(new SourceTextReader(text), cancellationToken);
        if (format is null && !options.IsMarkedFineTuning)
        {
            return null;
        }

        var parse = new DatasetParse(text, format ?? FineTuningFormat.OpenAiChat);
        if (text.Length > MaxSharedChars)
        {
            return parse;
        }

        // Two rules may get here at once; both then use the first one stored.
        DatasetParse stored = Parses.GetValue(text, _ => parse);
        return stored.Format == parse.Format ? stored : parse;
    }

    /// <summary>The file's lines, each parsed once per compilation (turns included, for the security rules).</summary>
    public IEnumerable<ParsedExampleLine> Lines(CancellationToken cancellationToken)
    {
        if (_text.Length > MaxSharedChars)
        {
            return Read(cancellationToken);
        }

        // One rule reads while the other waits for its lines; a read cancelled half-way leaves nothing, and the next rule reads.
        lock (_gate)
        {
            _lines ??= new List<ParsedExampleLine>(Read(cancellationToken)).ToArray();
            return _lines;
        }
    }

    private IEnumerable<ParsedExampleLine> Read(CancellationToken cancellationToken) =>
        new FineTuningDatasetReader(Format, collectMessages: true).Read(new SourceTextReader(_text), cancellationToken);
}
