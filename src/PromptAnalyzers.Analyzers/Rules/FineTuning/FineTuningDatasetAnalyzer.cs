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
/// Validates fine-tuning datasets (JSONL AdditionalFiles, in any <see cref="FineTuningFormat"/>) at build time for their
/// target (<see cref="FineTuningTarget"/>): malformed lines and formats the target does not take (PA3001), too few
/// examples (PA3002), examples over the limit (PA3003), the dataset's token and cost estimate (PA3004), datasets a prompt
/// would serve (PA3005), and examples that teach facts (PA1002). Reads each file once for this and the security rules
/// (<see cref="DatasetParse"/>) and never throws on bad data.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FineTuningDatasetAnalyzer : AdditionalFileAnalyzer
{
    /// <summary>Diagnostics one rule reports in one file before it sums up the rest in one last diagnostic.</summary>
    public const int MaxDiagnosticsPerRulePerFile = 100;

    /// <summary>Diagnostic property holding the PA3001 problem's short code (invalid_json, unknown_role...).</summary>
    public const string KindProperty = "Kind";

    internal static readonly DiagnosticDescriptor MalformedExample = RuleDescriptors.Create(
        RuleIdentifiers.MalformedFineTuningExample,
        "Malformed fine-tuning example",
        "Malformed fine-tuning example: {0}",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Error,
        "Each line of a fine-tuning dataset must be one JSON object in the dataset's format (for OpenAI chat, a \"messages\" array of messages that have a known role and string (or content-part) content, at least one assistant message, and weights of 0 or 1), and the format must be one the target trains on. The fine-tuning service rejects the whole file otherwise.");

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
        "The dataset has {0} valid examples, under {1}; 50 to 100 good examples are the usual starting point, and with this few examples a few-shot prompt may do the job",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Warning,
        "OpenAI's fine-tuning API rejects datasets with fewer than 10 examples (other targets have their own floor); clear improvements usually need 50 to 100 good examples. With only a handful, put them in the prompt as few-shot examples instead.");

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
        "Fine-tuning dataset: {0} valid examples, {1} training tokens per epoch ({2}); {3} epochs on {4} bill {5} tokens, estimated training cost {6}; {7}; OpenAI creates no new self-serve fine-tuning jobs from " + FineTuningTarget.OpenAiShutdownDate + ": set " + FineTuningAnalyzerOptions.TargetKey + " to azure-openai, vertex, bedrock or open for where the job will run",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Info,
        "What a fine-tuning job on this dataset trains on and costs: training tokens are counted as OpenAI bills them (3 tokens per message plus role and content, 3 per example for the reply), times the epochs, times the model's training price.");

    internal static readonly DiagnosticDescriptor DatasetEstimateForTarget = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningDatasetEstimate,
        "Fine-tuning dataset token and cost estimate",
        "Fine-tuning dataset ({0} format, for {1}): {2} valid examples, {3} training tokens per epoch ({4}); {5} epochs train on {6} tokens; {7}; {8}",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Info,
        "What a fine-tuning job on this dataset trains on: training tokens per epoch and times the epochs, counted exactly for OpenAI models and estimated (and said so) for other targets; a price where the table has one.");

    internal static readonly DiagnosticDescriptor BetterServedByPrompt = RuleDescriptors.Create(
        RuleIdentifiers.FineTuningBetterServedByPrompt,
        "Fine-tuning dataset better served by a prompt",
        "Fine-tuning dataset may be better served by a prompt: {0}; as few-shot examples in the prompt instead, {1} add about {2} input tokens per call ({3})",
        RuleCategories.FineTuning,
        DiagnosticSeverity.Info,
        "Fine-tuning pays off for a narrow task at volume, a format prompting cannot hold, and hundreds to thousands of good examples. A small dataset, one whose examples all repeat a system prompt that already states the behaviour, or one whose answers repeat a layout the system prompt describes, is a job for the prompt first.");

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
        DatasetEstimateForTarget,
        BetterServedByPrompt,
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

        if (DatasetParse.For(text, options, context.CancellationToken) is not DatasetParse parse)
        {
            return;
        }

        var plan = FineTuningPlan.For(parse.Format, options, path => OpenModelTokenizer.Resolve(path, context.Options.AdditionalFiles, context.CancellationToken));
        var validator = new FineTuningDatasetValidator(plan.ValidationOptions());
        var reporter = new FileReporter(context, file.Path, text);
        Location first = reporter.FirstLine();
        if (plan.FormatNotAcceptedText() is string notAccepted)
        {
            reporter.Malformed(first, FineTuningErrorKind.FormatNotAccepted, notAccepted);
        }

        foreach (FineTuningLineReport line in validator.Validate(parse.Lines(context.CancellationToken), context.CancellationToken))
        {
            if (line.Error is FineTuningError error)
            {
                reporter.Malformed(line, error);
                continue;
            }

            if (line.ExceedsLimit && plan.MaxExampleTokens is int limit)
            {
                reporter.TooLong(line, plan.EncodingName, limit, plan.LimitOwner);
            }

            if (line.TaughtFacts is FactReport facts)
            {
                reporter.TeachesFacts(line, facts);
            }
        }

        FineTuningDatasetSummary summary = validator.Summary;
        reporter.ReportOverflows(plan.MaxExampleTokens, plan.LimitOwner);
        bool tooFew = summary.Examples < plan.MinExamples;
        if (tooFew)
        {
            context.ReportDiagnostic(Diagnostic.Create(TooFewExamples, first, summary.Examples.ToString("N0", CultureInfo.InvariantCulture), plan.MinExamplesText()));
        }

        context.ReportDiagnostic(EstimateDiagnostic(first, summary, plan));
        if (!tooFew && PromptFirstVerdict.Evaluate(summary, options.PromptFirstBelow) is PromptFirstVerdict verdict)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                BetterServedByPrompt,
                first,
                string.Join("; ", verdict.Reasons),
                verdict.FewShotExamples == summary.Examples
                    ? "all " + Count(verdict.FewShotExamples) + " examples"
                    : Count(verdict.FewShotExamples) + " typical examples",
                CostFormatter.FormatTokens(verdict.FewShotTokens),
                FewShotPriceText(verdict.FewShotTokens, options.PromptModel)));
        }
    }

    private static Diagnostic EstimateDiagnostic(Location first, FineTuningDatasetSummary summary, FineTuningPlan plan)
    {
        FineTuningAnalyzerOptions options = plan.Options;
        if (plan.Target.Priced)
        {
            return Diagnostic.Create(
                DatasetEstimate,
                first,
                Count(summary.Examples),
                CostFormatter.FormatTokens(summary.TrainingTokens),
                plan.EncodingName,
                options.Epochs.ToString(CultureInfo.InvariantCulture),
                options.Model?.Id ?? options.ModelId,
                CostFormatter.FormatTokens(summary.BilledTokens(options.Epochs)),
                CostText(summary, options),
                FactShareText(summary));
        }

        return Diagnostic.Create(
            DatasetEstimateForTarget,
            first,
            plan.Format.DisplayName(),
            plan.Target == FineTuningTarget.AzureOpenAi ? plan.Target.DisplayName + " " + (options.Model?.Id ?? options.ModelId) : plan.Target.DisplayName,
            Count(summary.Examples),
            CostFormatter.FormatTokens(summary.TrainingTokens),
            plan.CountText,
            options.Epochs.ToString(CultureInfo.InvariantCulture),
            CostFormatter.FormatTokens(summary.BilledTokens(options.Epochs)),
            plan.Target == FineTuningTarget.Open
                ? "no price: LoRA on an open model trains on your own or rented hardware, so tokens per epoch are the measure"
                : "no training price in the table for " + plan.Target.DisplayName,
            FactShareText(summary));
    }

    /// <summary>"$0.0012 per call at gpt-4o", or why there is no price.</summary>
    private static string FewShotPriceText(long tokens, string modelId)
    {
        ModelInfo model;
        try
        {
            model = ModelCatalog.Resolve(modelId);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return "no price for " + modelId;
        }

        return model.InputPricePerMillion is decimal price
            ? "$" + FormatMoney(CostFormatter.CostOf(tokens, price)) + " per call at " + model.Id + " input prices"
            : "no input price for " + model.Id;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

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

            Report(At(line, error.Column, error.Length), error.Kind, error.Message);
        }

        /// <summary>A problem of the whole dataset (its format), reported at <paramref name="location"/>.</summary>
        public void Malformed(Location location, FineTuningErrorKind kind, string message)
        {
            _malformed++;
            Report(location, kind, message);
        }

        private void Report(Location location, FineTuningErrorKind kind, string message)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind.ToCode());
            _context.ReportDiagnostic(Diagnostic.Create(MalformedExample, location, properties, message));
        }

        public void TooLong(FineTuningLineReport line, string encodingName, int limit, string limitOwner)
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
                CostFormatter.FormatTokens(limit),
                limitOwner));
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
