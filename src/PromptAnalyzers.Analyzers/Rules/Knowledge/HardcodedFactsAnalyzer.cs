using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>PA1001: a prompt hardcodes facts (prices, policies, contacts, schedules...) that belong in retrieval.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedFactsAnalyzer : PromptSiteAnalyzer
{
    /// <summary>Diagnostic property: the facts (see <see cref="FactsPropertyCodec"/>), offsets into <see cref="TextProperty"/>.</summary>
    public const string FactsProperty = FactsPropertyCodec.Name;

    /// <summary>Diagnostic property: the prompt's text as analysed (holes rendered as {…}).</summary>
    public const string TextProperty = "Text";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PromptHardcodesFacts,
        title: "Prompt hardcodes facts that belong in retrieval",
        messageFormat: "{0} hardcodes {1}: move them to a retrieval store (RAG) and retrieve the relevant ones per question",
        RuleCategories.Knowledge,
        DiagnosticSeverity.Warning,
        description: "Prompts should carry behaviour (role, tone, format, task). Knowledge the model must pass on (prices, policies, contacts, schedules, specifications) belongs in a retrieval store, where it is edited without a release and only the relevant part enters the prompt. The threshold is prompt_analyzers.min_facts distinct facts (default 2).");

    /// <summary>Hardcoded assistant turns that a type collects into a fine-tuning set get PA1002 (its own descriptor) instead of PA1001.</summary>
    private static readonly DiagnosticDescriptor TrainingExampleRule = FineTuning.FineTuningDatasetAnalyzer.ExampleTeachesFacts;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, TrainingExampleRule);

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (!site.Text.HasStaticText)
        {
            return;
        }

        var trainingExample = site.Role == PromptRole.Assistant && TrainingSets.IsInTrainingSetBuilder(site, discovery, context.CancellationToken);
        if (!KnowledgeScope.Covers(site.Kind, options, trainingExample) || !context.CanReport(trainingExample ? TrainingExampleRule : Rule, site.Location))
        {
            return;
        }

        var text = site.Text.Render();
        var report = PromptFacts.Detect(text, context.CancellationToken);
        if (!report.MeetsThreshold(trainingExample ? options.FineTuneMinFacts : options.MinFacts) || report.Facts.Count == 0)
        {
            return;
        }

        var additionalLocations = site.AdditionalLocations().AddRange(FactLocations(site, report.Facts));
        context.ReportDiagnostic(trainingExample
            ? Diagnostic.Create(TrainingExampleRule, site.Location, additionalLocations, Properties(site.Role, text, report), FactSummary.Describe(report))
            : CreateDiagnostic(site.Location, additionalLocations, site.Role, text, report));
    }

    /// <summary>The PA1001 diagnostic for <paramref name="report"/> on <paramref name="text"/>; shared by C# prompt sites and prompt files.</summary>
    internal static Diagnostic CreateDiagnostic(Location location, IEnumerable<Location> additionalLocations, PromptRole role, string text, FactReport report)
        => Diagnostic.Create(Rule, location, additionalLocations, Properties(role, text, report), role.Describe(), FactSummary.Describe(report));

    /// <summary>What the code fix needs: the facts (<see cref="FactsPropertyCodec"/>), the text they are offsets into, and the role.</summary>
    private static ImmutableDictionary<string, string?> Properties(PromptRole role, string text, FactReport report)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[FactsProperty] = FactsPropertyCodec.Encode(report.Facts);
        properties[TextProperty] = text;
        properties["Role"] = role.ToString();
        return properties.ToImmutable();
    }

    /// <summary>
    /// When the text is one literal, each fact found verbatim in the literal's source gets its own location (facts spelled
    /// with escape sequences are not located rather than located wrongly).
    /// </summary>
    private static IEnumerable<Location> FactLocations(PromptSite site, IReadOnlyList<FactSpan> facts)
    {
        var origins = site.Text.Origins();
        if (origins.Length != 1 || !site.Text.IsFullyStatic || !origins[0].IsKind(SyntaxKind.StringLiteralExpression))
        {
            yield break;
        }

        var literal = origins[0];
        var source = literal.ToString();
        var searchFrom = 0;
        foreach (var fact in facts)
        {
            var index = source.IndexOf(fact.Text, searchFrom, System.StringComparison.Ordinal);
            if (index < 0 || fact.Text.Length == 0)
            {
                continue;
            }

            searchFrom = index + fact.Text.Length;
            yield return Location.Create(literal.SyntaxTree, new TextSpan(literal.SpanStart + index, fact.Text.Length));
        }
    }
}
