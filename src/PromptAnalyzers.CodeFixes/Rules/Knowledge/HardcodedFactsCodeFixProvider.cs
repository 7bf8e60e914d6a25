using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PromptAnalyzers.Rules;

namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;

/// <summary>
/// PA1001 fix: moves the fact-bearing units of the prompt into <c>knowledge/&lt;Type.Member&gt;.md</c> and inserts a
/// retrieval step (PromptAnalyzers.Knowledge) that searches the knowledge with the user's input and appends what it
/// finds, with the instruction to answer from it, to the prompt.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedFactsCodeFixProvider)), Shared]
public sealed class HardcodedFactsCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the fix (Fix All groups by it).</summary>
    public const string EquivalenceKey = "PA1001.MoveFactsToKnowledge";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PromptHardcodesFacts);

    public override FixAllProvider GetFixAllProvider() => KnowledgeFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var plan = await KnowledgeFixPlanner.PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (plan is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(plan),
                    cancellationToken => KnowledgeFixApplier.ApplyAsync(context.Document.Project.Solution, new[] { plan }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    internal static string Title(KnowledgeFixPlan plan) => $"Move facts to knowledge/{plan.Title}.md and retrieve them per question";

    /// <summary>Fixes every PA1001 of the scope in one batch, so shared literals and file names are handled once.</summary>
    private sealed class KnowledgeFixAllProvider : FixAllProvider
    {
        public static readonly KnowledgeFixAllProvider Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = new List<Document>();
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document is not null:
                    documents.Add(fixAllContext.Document);
                    break;
                case FixAllScope.Project:
                    documents.AddRange(fixAllContext.Project.Documents);
                    break;
                case FixAllScope.Solution:
                    documents.AddRange(fixAllContext.Solution.Projects.SelectMany(p => p.Documents));
                    break;
                default:
                    return null;
            }

            var plans = new List<KnowledgeFixPlan>();
            foreach (var document in documents)
            {
                foreach (var diagnostic in (await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)).OrderBy(d => d.Location.SourceSpan.Start))
                {
                    if (await KnowledgeFixPlanner.PlanAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } plan)
                    {
                        plans.Add(plan);
                    }
                }
            }

            return plans.Count == 0
                ? null
                : CodeAction.Create(
                    "Move facts to knowledge files and retrieve them per question",
                    cancellationToken => KnowledgeFixApplier.ApplyAsync(fixAllContext.Solution, plans, cancellationToken),
                    fixAllContext.CodeActionEquivalenceKey);
        }
    }
}
