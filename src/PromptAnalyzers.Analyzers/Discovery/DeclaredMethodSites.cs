using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The arguments of the methods a project declares as prompt methods (<c>prompt_analyzers.prompt_methods</c>): each given
/// argument of a declared parameter is a prompt of unknown role, unless a sink or helper already reported it.
/// </summary>
internal sealed class DeclaredMethodSites
{
    private readonly Compilation _compilation;

    /// <summary>The parsed option value, per option text (the value can differ between files).</summary>
    private readonly ConcurrentDictionary<string, DeclaredPromptMethods> _declaredMethods = new();

    public DeclaredMethodSites(Compilation compilation)
    {
        _compilation = compilation;
    }

    public void AddSites(IInvocationOperation invocation, PromptAnalyzersOptions options, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        if (options.PromptMethods.Length == 0)
        {
            return;
        }

        var declared = _declaredMethods.GetOrAdd(options.PromptMethods, text => DeclaredPromptMethods.Parse(text, _compilation));
        if (!declared.TryGetParameters(invocation.TargetMethod, out var parameters))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && parameters.Contains(parameter.Name) && argument.ArgumentKind != ArgumentKind.DefaultValue
                && !sites.Any(s => s.Node == argument.Value.Syntax))
            {
                var text = context.Text.Reconstruct(argument.Value);
                if (text.IsReportable)
                {
                    sites.Add(new PromptSite(argument.Value.Syntax, PromptRole.Unknown, text, invocation.TargetMethod.ContainingType.ToDisplayString() + "." + invocation.TargetMethod.Name, context.Models.Resolve(invocation)));
                }
            }
        }
    }
}
