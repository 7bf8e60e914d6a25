using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Rules.Security;
using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Rules.PromptFiles;

/// <summary>
/// The prompt rules on prompt files passed as AdditionalFiles (*.prompty, Semantic Kernel skprompt.txt and prompt
/// YAML, GitHub Models *.prompt.yml, *.prompt.md): PA2001, PA2002 and PA2004 per message or template, PA4002 for each secret in one, PA1001 when one
/// hardcodes facts (in the kinds of prompts the Knowledge rules look at, as in C#: <see cref="KnowledgeScope"/>). Same
/// descriptors and messages as for prompts in C#; the diagnostics sit on the file's lines.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptFileAnalyzer : AdditionalFileAnalyzer
{
    /// <summary>MSBuild item metadata <c>PromptAnalyzersKind</c> of an AdditionalFiles item (needs CompilerVisibleItemMetadata).</summary>
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.PromptAnalyzersKind";

    /// <summary>Larger files are not prompts anyone sends whole; they are skipped rather than slow the build.</summary>
    public const int MaxFileLength = 1024 * 1024;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PromptCostAnalyzer.TokenEstimateRule,
        PromptCostAnalyzer.TokenBudgetRule,
        ContextWindowRule.Rule,
        HardcodedFactsAnalyzer.Rule,
        SecretDiagnostics.Rule);

    private protected override void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        string? kind = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadataKey, out string? k) ? k.Trim() : null;
        bool marked = string.Equals(kind, "Prompt", StringComparison.OrdinalIgnoreCase);
        if (!marked && (!string.IsNullOrEmpty(kind) || !PromptFileParser.IsCandidatePath(file.Path)))
        {
            // "None", "FineTuning" or another kind: not ours.
            return;
        }

        SourceText? text = file.GetText(context.CancellationToken);
        if (text is null || text.Length == 0 || text.Length > MaxFileLength)
        {
            return;
        }

        PromptFile? prompt = PromptFileParser.Parse(file.Path, text.ToString(), marked, context.CancellationToken);
        if (prompt is null || prompt.Sections.Count == 0)
        {
            return;
        }

        var options = PromptAnalyzersOptions.For(context.Options, file);
        string? modelId = prompt.ModelId
            ?? (prompt.Format == PromptFileFormat.SemanticKernelTemplate ? SiblingConfigModel(context, file) : null);
        var assumption = ModelAssumption.For(modelId, options);
        PromptKind[] kinds = Kinds(prompt.Sections, options, context.Compilation);

        for (int index = 0; index < prompt.Sections.Count; index++)
        {
            PromptFileSection section = prompt.Sections[index];
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!section.TryGetFileSpan(out int start, out int end))
            {
                continue;
            }

            Location location = At(file.Path, text, start, end - start);
            PromptRole role = section.Role.ToPromptRole();
            TemplateText template = section.Template;
            if (!template.HasStaticText)
            {
                // Only variables: nothing static to count or to search for facts.
                continue;
            }

            int tokens = PromptTokens.CountCached(template.StaticText, assumption.Model.Tokenizer);
            if (tokens > 0)
            {
                foreach (Diagnostic diagnostic in PromptCostAnalyzer.CostDiagnostics(location, ImmutableArray<Location>.Empty, role, tokens, template.HoleCount, assumption, options))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }

            ReportSecrets(context, file.Path, text, template.Rendered, location, role);
            if (!KnowledgeScope.Covers(kinds[index], options))
            {
                continue;
            }

            string rendered = template.Rendered.Text;
            FactReport report = Knowledge.PromptFacts.Detect(rendered, context.CancellationToken);
            if (!report.MeetsThreshold(options.MinFacts) || report.Facts.Count == 0)
            {
                continue;
            }

            context.ReportDiagnostic(HardcodedFactsAnalyzer.CreateDiagnostic(location, FactLocations(file.Path, text, template.Rendered, report), role, rendered, report));
        }
    }

    /// <summary>PA4002: each secret in the section, at its span in the file when the text maps back to it, else on the section.</summary>
    private static void ReportSecrets(AdditionalFileAnalysisContext context, string path, SourceText text, MappedText rendered, Location section, PromptRole role)
    {
        foreach (var (finding, _) in SecretDiagnostics.Find(rendered.Text, context.CancellationToken))
        {
            Location location = rendered.TryMapSpan(finding.Start, finding.Length, out int start) ? At(path, text, start, finding.Length) : section;
            context.ReportDiagnostic(Diagnostic.Create(SecretDiagnostics.Rule, location, role.Describe(), finding.Describe()));
        }
    }

    /// <summary>The model in the config.json next to a skprompt.txt, when the build passes it as an additional file too.</summary>
    private static string? SiblingConfigModel(AdditionalFileAnalysisContext context, AdditionalText file)
    {
        string directory = DirectoryOf(file.Path);
        foreach (AdditionalText candidate in context.Options.AdditionalFiles)
        {
            if (PromptFileParser.IsSemanticKernelConfigPath(candidate.Path)
                && string.Equals(DirectoryOf(candidate.Path), directory, StringComparison.OrdinalIgnoreCase)
                && candidate.GetText(context.CancellationToken) is SourceText json
                && json.Length <= MaxFileLength)
            {
                return PromptFileParser.ReadSemanticKernelConfigModel(json.ToString());
            }
        }

        return null;
    }

    private static IEnumerable<Location> FactLocations(string path, SourceText text, MappedText rendered, FactReport report)
    {
        foreach (FactSpan fact in report.Facts)
        {
            if (rendered.TryMapSpan(fact.Start, fact.Length, out int start))
            {
                yield return At(path, text, start, fact.Length);
            }
        }
    }

    private static Location At(string path, SourceText text, int start, int length)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        var span = new TextSpan(start, Math.Max(0, Math.Min(length, text.Length - start)));
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static string DirectoryOf(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(0, slash).Replace('\\', '/') : string.Empty;
    }

    /// <summary>
    /// The kind of each message of a prompt file, as for prompts in C# (<see cref="PromptKind"/>): every message of a test
    /// project's file is test data; a hardcoded assistant message before a later user message is a sample turn, and so is
    /// the hardcoded user message it answers; a user message without a template variable next to other messages is task
    /// input. A file's only message is the prompt the file exists to ship, whatever its role (a *.prompt.md body).
    /// </summary>
    private static PromptKind[] Kinds(IReadOnlyList<PromptFileSection> sections, PromptAnalyzersOptions options, Compilation compilation)
    {
        var project = options.IsTestProject ?? SinkCatalogCache.GetOrCreate(compilation).KindTypes.ReferencesTestFramework ? PromptKind.Test : PromptKind.Application;
        var turns = new Turn[sections.Count];
        for (int i = 0; i < sections.Count; i++)
        {
            turns[i] = new Turn(sections[i].Role.ToPromptRole(), hardcoded: sections[i].Template.HoleCount == 0);
        }

        var kinds = new PromptKind[sections.Count];
        for (int i = 0; i < sections.Count; i++)
        {
            kinds[i] = project
                | (FewShotTurns.IsExample(turns, i) ? PromptKind.Example : PromptKind.Application)
                | (turns[i] is { Role: PromptRole.User, Hardcoded: true } && sections.Count > 1 ? PromptKind.TaskInput : PromptKind.Application);
        }

        return kinds;
    }
}
