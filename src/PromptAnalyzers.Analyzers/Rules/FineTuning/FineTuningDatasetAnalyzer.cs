using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>
/// Validates OpenAI chat fine-tuning datasets (JSONL AdditionalFiles) at build time: malformed lines (PA3001), too
/// few examples (PA3002), examples over the model's limit (PA3003), the dataset's token and cost estimate (PA3004),
/// and examples that teach facts (PA1002). Reads each file once, streaming, and never throws on bad data.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FineTuningDatasetAnalyzer : AdditionalFileAnalyzer
{
    /// <summary>Diagnostics one rule reports in one file before it sums up the rest in one last diagnostic.</summary>
    public const int MaxDiagnosticsPerRulePerFile = 100;

    /// <summary>The fine-tuning API's minimum number of examples.</summary>
    public const int MinimumExamples = 10;

    /// <summary>Diagnostic property holding the PA3001 problem's short code (invalid_json, unknown_role...).</summary>
    public const string KindProperty = "Kind";

    internal static readonly DiagnosticDescriptor MalformedExample = RuleDescriptors.Create(
        RuleIdentifiers.MalformedFineTuningExample,
        "Malformed fine-tuning example",
        "Malformed fine-tuning example: {0}",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Error,
        "Each line of a chat fine-tuning dataset must be one JSON object with a \"messages\" array of messages that have a known role and string (or content-part) content, at least one assistant message, and weights of 0 or 1. The fine-tuning API rejects the whole file otherwise.");

    internal static readonly DiagnosticDescriptor MalformedExampleOverflow = RuleDescriptors.Create(
        RuleIdentifiers.MalformedFineTuningExample,
        "Malformed fine-tuning example",
        "Malformed fine-tuning examples: {0} more malformed lines in this file are not reported (at most {1} per file)",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Error,
        "Each line of a chat fine-tuning dataset must be a valid example; this file has more malformed lines than are reported one by one.");

    internal static readonly DiagnosticDescriptor TooFewExamples = RuleDescriptors.Create(
        RuleIdentifiers.TooFewFineTuningExamples,
        "Too few fine-tuning examples",
        "The dataset has {0} valid examples, under the fine-tuning API's minimum of 10; 50 to 100 good examples are the usual starting point, and with this few examples a few-shot prompt may do the job",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Warning,
        "OpenAI's fine-tuning API rejects datasets with fewer than 10 examples; clear improvements usually need 50 to 100 good examples. With only a handful, put them in the prompt as few-shot examples instead.");

    internal static readonly DiagnosticDescriptor ExampleTooLong = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningExampleTooLong,
        "Fine-tuning example exceeds the model's token limit",
        "Fine-tuning example has {0} training tokens ({1}), over the {2} training tokens per example of {3}; the service truncates it",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Warning,
        "Each model fine-tunes on examples up to a fixed number of tokens; longer examples are truncated, so the end of the conversation (usually the assistant answer) is not learned.");

    internal static readonly DiagnosticDescriptor ExampleTooLongOverflow = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningExampleTooLong,
        "Fine-tuning example exceeds the model's token limit",
        "{0} more fine-tuning examples in this file exceed the {1} training tokens per example of {2} and are not reported (at most {3} per file)",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Warning,
        "More examples are over the model's per-example limit than are reported one by one.");

    internal static readonly DiagnosticDescriptor DatasetEstimate = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningDatasetEstimate,
        "Fine-tuning dataset token and cost estimate",
        "Fine-tuning dataset: {0} valid examples, {1} training tokens per epoch ({2}); {3} epochs on {4} bill {5} tokens, estimated training cost {6}; {7}",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Info,
        "What a fine-tuning job on this dataset trains on and costs: training tokens are counted as OpenAI bills them (3 tokens per message plus role and content, 3 per example for the reply), times the epochs, times the model's training price.");

    internal static readonly DiagnosticDescriptor ExampleTeachesFacts = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningExampleTeachesFacts,
        "Fine-tuning example teaches facts",
        "Fine-tuning example teaches {0}: fine-tuning will not reliably teach facts; keep them in a retrieval store and fine-tune on behaviour",
        RuleCategories.Knowledge,
        DiagnosticSeverity.Warning,
        "Fine-tuning teaches behaviour (tone, format, task), not knowledge: a model fine-tuned on facts recalls them unreliably and cannot be corrected without retraining. Keep facts in a retrieval store the model reads at run time.");

    internal static readonly DiagnosticDescriptor ExampleTeachesFactsOverflow = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningExampleTeachesFacts,
        "Fine-tuning example teaches facts",
        "{0} more fine-tuning examples in this file teach facts and are not reported (at most {1} per file): fine-tuning will not reliably teach facts; keep them in a retrieval store and fine-tune on behaviour",
        RuleCategories.Knowledge,
        DiagnosticSeverity.Warning,
        "More examples teach facts than are reported one by one.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        MalformedExample,
        MalformedExampleOverflow,
        TooFewExamples,
        ExampleTooLong,
        ExampleTooLongOverflow,
        DatasetEstimate,
        ExampleTeachesFacts,
        ExampleTeachesFactsOverflow);

    private protected override void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        var options = FineTuningAnalyzerOptions.Read(context.Options, file);
        if (options.IsExcluded)
        {
            return;
        }

        if (!options.IsMarkedFineTuning && !file.Path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        SourceText? text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        if (!options.IsMarkedFineTuning && !FineTuningDatasetValidator.IsChatDataset(new SourceTextReader(text), context.CancellationToken))
        {
            return;
        }

        TokenEncoding encoding = options.Model?.Encoding ?? FineTuningModelCatalog.EncodingOf(options.ModelId);
        string encodingName = TokenCounter.NameOf(encoding);
        string modelName = options.Model?.Id ?? options.ModelId;
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions
        {
            Encoding = encoding,
            MaxExampleTokens = options.Model?.MaxExampleTokens,
            MinFacts = options.MinFacts,
        });

        var reporter = new FileReporter(context, file.Path, text);
        foreach (FineTuningLineReport line in validator.Validate(new SourceTextReader(text), context.CancellationToken))
        {
            if (line.Error is FineTuningError error)
            {
                reporter.Malformed(line, error);
                continue;
            }

            if (line.ExceedsLimit && options.Model is FineTuningModel model)
            {
                reporter.TooLong(line, encodingName, model);
            }

            if (line.TaughtFacts is FactReport facts)
            {
                reporter.TeachesFacts(line, facts);
            }
        }

        FineTuningDatasetSummary summary = validator.Summary;
        reporter.ReportOverflows(options.Model?.MaxExampleTokens, modelName);
        Location first = reporter.FirstLine();
        if (summary.Examples < MinimumExamples)
        {
            context.ReportDiagnostic(Diagnostic.Create(TooFewExamples, first, summary.Examples.ToString("N0", CultureInfo.InvariantCulture)));
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DatasetEstimate,
            first,
            summary.Examples.ToString("N0", CultureInfo.InvariantCulture),
            CostFormatter.FormatTokens(summary.TrainingTokens),
            encodingName,
            options.Epochs.ToString(CultureInfo.InvariantCulture),
            modelName,
            CostFormatter.FormatTokens(summary.BilledTokens(options.Epochs)),
            CostText(summary, options),
            FactShareText(summary)));
    }

    internal static string CostText(FineTuningDatasetSummary summary, FineTuningAnalyzerOptions options)
    {
        if (options.Model is not FineTuningModel model)
        {
            return $"unknown (no training price for '{options.ModelId}'; set {FineTuningAnalyzerOptions.ModelKey} to a model in the table)";
        }

        decimal cost = summary.EstimatedCost(options.Epochs, model.TrainingPricePerMillion);
        return "$" + FormatMoney(cost) + " at $" + model.TrainingPricePerMillion.ToString("0.00", CultureInfo.InvariantCulture) + " per 1M training tokens";
    }

    internal static string FormatMoney(decimal amount)
    {
        if (amount == 0m)
        {
            return "0.00";
        }

        // Cents for real amounts; four decimals so a small dataset does not read as free.
        return amount >= 1m
            ? amount.ToString("#,0.00", CultureInfo.InvariantCulture)
            : amount.ToString("0.00##", CultureInfo.InvariantCulture);
    }

    private static string FactShareText(FineTuningDatasetSummary summary)
    {
        if (summary.Examples == 0)
        {
            return "no examples to check for facts";
        }

        int percent = (int)Math.Round(100.0 * summary.ExamplesTeachingFacts / summary.Examples, MidpointRounding.AwayFromZero);
        return string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} examples ({2}%) teach facts", summary.ExamplesTeachingFacts, summary.Examples, percent);
    }

    /// <summary>Reports one file's diagnostics with a per-rule cap, located by line and column.</summary>
    private sealed class FileReporter
    {
        private readonly AdditionalFileAnalysisContext _context;
        private readonly string _path;
        private readonly SourceText _text;
        private int _malformed;
        private int _tooLong;
        private int _facts;
        private Location? _malformedOverflowAt;
        private Location? _tooLongOverflowAt;
        private Location? _factsOverflowAt;

        public FileReporter(AdditionalFileAnalysisContext context, string path, SourceText text)
        {
            _context = context;
            _path = path;
            _text = text;
        }

        public void Malformed(FineTuningLineReport line, FineTuningError error)
        {
            if (++_malformed > MaxDiagnosticsPerRulePerFile)
            {
                _malformedOverflowAt ??= At(line, 0, 0);
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, error.Kind.ToCode());
            _context.ReportDiagnostic(Diagnostic.Create(MalformedExample, At(line, error.Column, error.Length), properties, error.Message));
        }

        public void TooLong(FineTuningLineReport line, string encodingName, FineTuningModel model)
        {
            if (++_tooLong > MaxDiagnosticsPerRulePerFile)
            {
                _tooLongOverflowAt ??= At(line, 0, 0);
                return;
            }

            _context.ReportDiagnostic(Diagnostic.Create(
                ExampleTooLong,
                At(line, 0, line.Length),
                CostFormatter.FormatTokens(line.Tokens),
                encodingName,
                CostFormatter.FormatTokens(model.MaxExampleTokens),
                model.Id));
        }

        public void TeachesFacts(FineTuningLineReport line, FactReport facts)
        {
            if (++_facts > MaxDiagnosticsPerRulePerFile)
            {
                _factsOverflowAt ??= At(line, line.AssistantContentColumn, 0);
                return;
            }

            _context.ReportDiagnostic(Diagnostic.Create(
                ExampleTeachesFacts,
                At(line, line.AssistantContentColumn, line.AssistantContentLength),
                Knowledge.FactSummary.Describe(facts)));
        }

        public void ReportOverflows(int? maxExampleTokens, string modelName)
        {
            string cap = MaxDiagnosticsPerRulePerFile.ToString(CultureInfo.InvariantCulture);
            if (_malformedOverflowAt is not null)
            {
                _context.ReportDiagnostic(Diagnostic.Create(MalformedExampleOverflow, _malformedOverflowAt, Count(_malformed - MaxDiagnosticsPerRulePerFile), cap));
            }

            if (_tooLongOverflowAt is not null)
            {
                _context.ReportDiagnostic(Diagnostic.Create(
                    ExampleTooLongOverflow,
                    _tooLongOverflowAt,
                    Count(_tooLong - MaxDiagnosticsPerRulePerFile),
                    CostFormatter.FormatTokens(maxExampleTokens ?? 0),
                    modelName,
                    cap));
            }

            if (_factsOverflowAt is not null)
            {
                _context.ReportDiagnostic(Diagnostic.Create(ExampleTeachesFactsOverflow, _factsOverflowAt, Count(_facts - MaxDiagnosticsPerRulePerFile), cap));
            }
        }

        /// <summary>Where the dataset-wide diagnostics go: the first line of the file.</summary>
        public Location FirstLine()
        {
            TextSpan span = _text.Lines.Count > 0 ? _text.Lines[0].Span : new TextSpan(0, 0);
            return Location.Create(_path, span, _text.Lines.GetLinePositionSpan(span));
        }

        private Location At(FineTuningLineReport line, int column, int length)
        {
            long start = Math.Min(line.Start + Math.Max(0, column), _text.Length);
            long end = Math.Min(start + Math.Max(0, length), _text.Length);
            var span = TextSpan.FromBounds((int)start, (int)end);
            return Location.Create(_path, span, _text.Lines.GetLinePositionSpan(span));
        }

        private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
