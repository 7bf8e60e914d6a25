using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>
/// PA1003: a whole file or stream is read into a prompt on every call. A read that loads the prompt itself (its template or
/// instructions kept in a file) is not a document inserted into it (<see cref="PromptSite.InsertedDocuments"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WholeDocumentAnalyzer : PromptSiteAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.WholeDocumentInPrompt,
        title: "Whole document stuffed into prompt",
        messageFormat: "{0} inserts a whole document ({1}) into every call: retrieve the relevant chunks instead of sending the whole document on every call",
        RuleCategories.Knowledge,
        DiagnosticSeverity.Warning,
        description: "Reading a whole file or resource into a prompt sends all of it with every question: it costs its full length each time, buries the relevant part and breaks when the document outgrows the context window. Index it in a retrieval store and send the chunks that match the question.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (!KnowledgeScope.Covers(site.Kind, options))
        {
            return;
        }

        foreach (var read in site.InsertedDocuments())
        {
            var shown = CodeExcerpt.Of(read, 80);
            var additional = read.Span == site.Node.Span ? ImmutableArray<Location>.Empty : ImmutableArray.Create(read.GetLocation());
            context.ReportDiagnostic(Diagnostic.Create(Rule, site.Location, additional, site.Role.Describe(), shown));
        }
    }
}
