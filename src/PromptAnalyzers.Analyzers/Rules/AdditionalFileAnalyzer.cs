using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Rules;

/// <summary>
/// Base of the rules that read additional files (fine-tuning datasets, prompt files): one registration, and bad data
/// never surfaces as AD0001 in the user's build (the engines turn bad input into diagnostics; this guards against a bug
/// in an engine). Cancellation still propagates.
/// </summary>
public abstract class AdditionalFileAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(fileContext =>
        {
            try
            {
                AnalyzeFile(fileContext);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                // Nothing is reported for a file an engine cannot handle; never an exception in the build.
            }
        });
    }

    /// <summary>Checks one additional file.</summary>
    private protected abstract void AnalyzeFile(AdditionalFileAnalysisContext context);
}
