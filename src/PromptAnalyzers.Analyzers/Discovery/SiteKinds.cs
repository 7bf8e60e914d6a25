using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The kinds of a prompt site that the code around it tells (<see cref="PromptKind"/>): test code (a test project, or a test
/// method or class by the frameworks' attribute symbols), evaluation code (a type implementing IEvaluator) and task input
/// (from the site's role and text). Sample turns are told where the message list is seen (<see cref="FewShotTurns"/>).
/// Per type answers are cached for the compilation.
/// </summary>
internal sealed class SiteKinds
{
    private readonly PromptKindTypes _types;
    private readonly ConcurrentDictionary<INamedTypeSymbol, PromptKind> _typeKinds = new(SymbolEqualityComparer.Default);

    public SiteKinds(PromptKindTypes types)
    {
        _types = types;
    }

    public PromptKind Of(PromptSite site, SemanticModel? model, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        var kind = IsTaskInput(site) ? PromptKind.TaskInput : PromptKind.Application;
        if (options.IsTestProject ?? _types.ReferencesTestFramework)
        {
            kind |= PromptKind.Test;
        }

        var mayBeTest = (kind & PromptKind.Test) == 0 && _types.ReferencesTestFramework;
        if (model is null || (!mayBeTest && _types.Evaluators.IsDefaultOrEmpty))
        {
            return kind; // Nothing the enclosing symbols could add (the common case: no test framework, no evaluation library).
        }

        for (var symbol = model.GetEnclosingSymbol(site.Node.SpanStart, cancellationToken); symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamedTypeSymbol type)
            {
                kind |= _typeKinds.GetOrAdd(type, OfType);
            }
            else if (symbol is IMethodSymbol && _types.HasTestAttribute(symbol))
            {
                kind |= PromptKind.Test;
            }
        }

        return kind;
    }

    /// <summary>
    /// Task input: a user-role prompt that is all hardcoded (no code hole, no template variable), or one whole document or
    /// stream read (the user's data, such as an uploaded e-mail or a request body).
    /// </summary>
    private static bool IsTaskInput(PromptSite site)
    {
        if (site.Role != PromptRole.User)
        {
            return false;
        }

        if (site.Text.IsFullyStatic)
        {
            return site.Text.HasStaticText && !(site.IsTemplate && FewShotTurns.HasTemplateVariable(site.Text.Render()));
        }

        var documents = 0;
        foreach (var part in site.Text.Parts)
        {
            if (part.Document is not null)
            {
                documents++;
            }
            else if (part.IsHole || !string.IsNullOrWhiteSpace(part.Text))
            {
                return false;
            }
        }

        return documents == 1;
    }

    /// <summary>Test (a test class, or a type declaring a test method) and Evaluation (an evaluator) for a type.</summary>
    private PromptKind OfType(INamedTypeSymbol type)
    {
        var kind = _types.IsEvaluator(type) ? PromptKind.Evaluation : PromptKind.Application;
        if (_types.ReferencesTestFramework && IsTestClass(type))
        {
            kind |= PromptKind.Test;
        }

        return kind;
    }

    private bool IsTestClass(INamedTypeSymbol type)
    {
        if (_types.HasTestAttribute(type))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && _types.HasTestAttribute(method))
            {
                return true;
            }
        }

        return false;
    }
}
