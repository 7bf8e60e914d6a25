using System.Threading;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// Whether the project declares a Semantic Kernel filter that sees a function's arguments before or while the prompt renders
/// (<c>IFunctionInvocationFilter</c>, <c>IPromptRenderFilter</c>): such a filter may read an argument the template never
/// names (a content-safety filter reading <c>context.Arguments["documents"]</c>), so PA5002 stays silent on Semantic Kernel
/// calls. Decided from the names in the compilation's trees, once, and only when a PA5002 is about to be reported.
/// </summary>
internal sealed class ArgumentFilters
{
    private static readonly NameSet FilterNames = NameSet.From(new[] { "IFunctionInvocationFilter", "IPromptRenderFilter" });

    private readonly Compilation _compilation;
    private int _declared; // 0 unknown, 1 no, 2 yes

    public ArgumentFilters(Compilation compilation) => _compilation = compilation;

    public bool AreDeclared(CancellationToken cancellationToken)
    {
        if (_declared == 0)
        {
            bool declared = false;
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (IdentifierIndex.For(tree, cancellationToken).ContainsAny(FilterNames))
                {
                    declared = true;
                    break;
                }
            }

            Interlocked.CompareExchange(ref _declared, declared ? 2 : 1, 0);
        }

        return _declared == 2;
    }
}
