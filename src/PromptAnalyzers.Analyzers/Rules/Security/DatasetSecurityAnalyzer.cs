using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Security;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// The security rules on fine-tuning datasets in any format (the JSONL files <see cref="FineTuningDatasetAnalyzer"/> checks): PA4003,
/// personal data, once per example at its line; PA4002, each secret at its span in the line. Reads each file once, line by line,
/// in the parse it shares with the fine-tuning rules (<see cref="DatasetParse"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DatasetSecurityAnalyzer : AdditionalFileAnalyzer
{
    /// <summary>Diagnostics one rule reports in one file before it sums up the rest in one last diagnostic.</summary>
    public const int MaxDiagnosticsPerRulePerFile = FineTuningDatasetAnalyzer.MaxDiagnosticsPerRulePerFile;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SecretDiagnostics.Rule,
        SecretDiagnostics.Overflow,
        PersonalDataDiagnostics.Rule,
        PersonalDataDiagnostics.Overflow);

    private protected override void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        var options = FineTuningAnalyzerOptions.Read(context.Options, file);
        if (options.IsExcluded || (!options.IsMarkedFineTuning && !file.Path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
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

        var reporter = new LineReporter(context, file.Path, text);
        foreach (ParsedExampleLine line in parse.Lines(context.CancellationToken))
        {
            if (!line.IsBlank && !line.IsOverlong)
            {
                AnalyzeExample(reporter, text, line, context.CancellationToken);
            }
        }

        reporter.ReportOverflows();
    }

    private static void AnalyzeExample(LineReporter reporter, SourceText text, ParsedExampleLine example, System.Threading.CancellationToken cancellationToken)
    {
        var personal = new List<(string Label, IReadOnlyList<PersonalDataFinding> Findings)>();
        PersonalDataKind kinds = PersonalDataKind.None;
        string? line = null;
        foreach (ExampleMessage message in example.Messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (finding, secret) in SecretDiagnostics.Find(message.Text, cancellationToken))
            {
                line ??= text.ToString(new TextSpan((int)example.Start, example.Length));
                reporter.Secret(example.Start, SecretSpan(line, message, secret), "Fine-tuning example " + message.Label, finding.Describe());
            }

            IReadOnlyList<PersonalDataFinding> findings = PersonalDataScanner.Scan(message.Text, cancellationToken);
            if (findings.Count > 0)
            {
                personal.Add((message.Label, findings));
                kinds |= PersonalDataScanner.KindsOf(findings);
            }
        }

        if (personal.Count > 0)
        {
            reporter.PersonalData(example.Start, example.Length, PersonalDataDiagnostics.DescribeMessages(personal), PersonalDataDiagnostics.Masks(kinds));
        }
    }

    /// <summary>The secret's span in the line when it is written there verbatim (no JSON escapes in it), else the message's content.</summary>
    private static TextSpan SecretSpan(string line, ExampleMessage message, string secret)
    {
        int from = Math.Min(message.Column, line.Length);
        int index = line.IndexOf(secret, from, Math.Min(message.Length, line.Length - from), StringComparison.Ordinal);
        return index >= 0 ? new TextSpan(index, secret.Length) : new TextSpan(from, Math.Min(message.Length, line.Length - from));
    }

    /// <summary>Reports one file's diagnostics with a per-rule cap, located in the file.</summary>
    private sealed class LineReporter
    {
        private readonly AdditionalFileAnalysisContext _context;
        private readonly string _path;
        private readonly SourceText _text;
        private int _secrets;
        private int _personal;
        private Location? _secretsOverflowAt;
        private Location? _personalOverflowAt;

        public LineReporter(AdditionalFileAnalysisContext context, string path, SourceText text)
        {
            _context = context;
            _path = path;
            _text = text;
        }

        public void Secret(long lineStart, TextSpan inLine, string where, string what)
        {
            Location location = At(lineStart, inLine.Start, inLine.Length);
            if (++_secrets > MaxDiagnosticsPerRulePerFile)
            {
                _secretsOverflowAt ??= location;
                return;
            }

            _context.ReportDiagnostic(Diagnostic.Create(SecretDiagnostics.Rule, location, where, what));
        }

        public void PersonalData(long lineStart, int lineLength, string where, string masks)
        {
            Location location = At(lineStart, 0, lineLength);
            if (++_personal > MaxDiagnosticsPerRulePerFile)
            {
                _personalOverflowAt ??= location;
                return;
            }

            _context.ReportDiagnostic(Diagnostic.Create(PersonalDataDiagnostics.Rule, location, where, masks));
        }

        public void ReportOverflows()
        {
            string cap = MaxDiagnosticsPerRulePerFile.ToString(CultureInfo.InvariantCulture);
            if (_secretsOverflowAt is not null)
            {
                _context.ReportDiagnostic(Diagnostic.Create(SecretDiagnostics.Overflow, _secretsOverflowAt, Count(_secrets - MaxDiagnosticsPerRulePerFile), cap));
            }

            if (_personalOverflowAt is not null)
            {
                _context.ReportDiagnostic(Diagnostic.Create(PersonalDataDiagnostics.Overflow, _personalOverflowAt, Count(_personal - MaxDiagnosticsPerRulePerFile), cap));
            }
        }

        private Location At(long lineStart, int column, int length)
        {
            long start = Math.Min(lineStart + Math.Max(0, column), _text.Length);
            long end = Math.Min(start + Math.Max(0, length), _text.Length);
            var span = TextSpan.FromBounds((int)start, (int)end);
            return Location.Create(_path, span, _text.Lines.GetLinePositionSpan(span));
        }

        private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
