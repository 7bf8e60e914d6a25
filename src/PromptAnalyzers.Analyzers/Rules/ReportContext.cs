using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Rules;

/// <summary>
/// What a rule needs to report on the sites of one document: the report callback of the analysis context, its cancellation,
/// and the locations reported so far. A rule reports a location at most once: several sites can share one (the messages of one
/// template, an argument that reaches two sinks). Every site of a document is located in that document, so the set lives for
/// one run of the document's action: no state is shared between threads, and a second run for the same document (an IDE
/// asking again for a span) reports again instead of finding its locations taken.
/// </summary>
internal readonly struct ReportContext
{
    private readonly Action<Diagnostic> _report;
    private readonly HashSet<(string Id, SyntaxTree? Tree, TextSpan Span)> _reported;

    public ReportContext(Action<Diagnostic> report, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _report = report;
        SemanticModel = semanticModel;
        _reported = new HashSet<(string, SyntaxTree?, TextSpan)>();
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>The semantic model of the document whose sites these are (every site's node is in it).</summary>
    public SemanticModel SemanticModel { get; }

    /// <summary>True when this rule has not reported at <paramref name="location"/> yet in this run.</summary>
    public bool CanReport(DiagnosticDescriptor rule, Location location) => !_reported.Contains((rule.Id, location.SourceTree, location.SourceSpan));

    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (_reported.Add((diagnostic.Id, diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan)))
        {
            _report(diagnostic);
        }
    }
}
