using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Whether hardcoded assistant turns are training examples rather than few-shot prompts: the type that builds them also
/// writes a JSONL file or hands a dataset to a fine-tuning API (OpenAI's FineTuningClient, or OpenAIFileClient.UploadFile
/// with FileUploadPurpose.FineTune). Decided once per type.
/// </summary>
internal static class TrainingSets
{
    /// <summary>Per compilation, per type declaration (or file of top-level statements): whether it builds a training set.</summary>
    private static readonly ConditionalWeakTable<PromptDiscovery, ConcurrentDictionary<SyntaxNode, bool>> Scopes = new();

    public static bool IsInTrainingSetBuilder(PromptSite site, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        var type = site.Node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        SyntaxNode? scope = type ?? (SyntaxNode?)site.Node.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null || discovery.GetSemanticModel(scope.SyntaxTree) is not { } model)
        {
            return false;
        }

        return Scopes.GetValue(discovery, _ => new ConcurrentDictionary<SyntaxNode, bool>()).GetOrAdd(scope, s => BuildsTrainingSet(s, model, cancellationToken));
    }

    private static bool BuildsTrainingSet(SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax and not ObjectCreationExpressionSyntax)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            IMethodSymbol? method = model.GetOperation(node, cancellationToken) switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (method?.ContainingType is not { } containing)
            {
                continue;
            }

            var ns = containing.ContainingNamespace?.ToDisplayString();
            if (ns == "OpenAI.FineTuning" && method.MethodKind == MethodKind.Ordinary)
            {
                return true;
            }

            if (ns == "OpenAI.Files" && method.Name.StartsWith("UploadFile", StringComparison.Ordinal) && node.ToString().IndexOf("FineTune", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            if (ns == "System.IO" && WritesJsonl(node))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A System.IO write or open whose arguments name a .jsonl file literally.</summary>
    private static bool WritesJsonl(SyntaxNode call)
    {
        foreach (var literal in call.DescendantNodes())
        {
            if (literal is LiteralExpressionSyntax or InterpolatedStringTextSyntax
                && literal.ToString().IndexOf(".jsonl", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
