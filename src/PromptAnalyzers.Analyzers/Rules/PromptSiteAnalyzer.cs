using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules;

/// <summary>
/// Base of the rules that look at prompt sites in C#: registers once per compilation (returning at once when the
/// compilation references no LLM SDK and declares no prompt method), asks the shared discovery for the sites of each
/// operation and hands them to the rule.
/// </summary>
public abstract class PromptSiteAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is not analysed (the driver skips generated files and [GeneratedCode] members before calling us).
        // Perf: without ReportDiagnostics the driver also checks every diagnostic we report against the [GeneratedCode]
        // symbols of its tree, which walks all the tokens of the tree once per snapshot (a third of our time per keystroke
        // in a 1,000-line document). Our diagnostics sit in the operation being analysed, which is never generated.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var discovery = PromptDiscovery.For(start.Compilation);
            if (!discovery.IsRelevant(start.Options))
            {
                return;
            }

            start.RegisterOperationAction(
                operationContext =>
                {
                    var options = PromptAnalyzersOptions.For(operationContext.Options, operationContext.Operation.Syntax.SyntaxTree);
                    foreach (var site in discovery.FindSites(operationContext.Operation, options, operationContext.CancellationToken))
                    {
                        AnalyzeSite(operationContext, site, options, discovery);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment,
                OperationKind.Conversion);
        });
    }

    /// <summary>Checks one prompt site and reports what the rule finds.</summary>
    private protected abstract void AnalyzeSite(OperationAnalysisContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery);
}
