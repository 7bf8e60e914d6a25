using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Prompt helpers: a method of this compilation whose string parameter reaches a sink is itself a sink for that parameter,
/// so the prompt is reported where static text is passed in (<c>Ask("You are ...", question)</c>). Followed through helpers
/// that call helpers, implementations of interface members, and request bodies a helper posts. One instance per compilation.
/// </summary>
internal sealed class HelperFlowAnalysis
{
    private readonly PromptDiscovery _discovery;

    /// <summary>Each helper's flows as computed from the top (see <see cref="FlowsOf"/>).</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<HelperFlow>> _flows = new(SymbolEqualityComparer.Default);

    public HelperFlowAnalysis(PromptDiscovery discovery)
    {
        _discovery = discovery;
    }

    /// <summary>Whether a method could be a helper: declared once in source, of a kind with a body, with a string parameter.</summary>
    public static bool IsCandidate(IMethodSymbol method)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor) || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sites of a call to a helper: each reportable string argument that reaches a sink, in the sink's text.</summary>
    public void AddSites(IOperation call, IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        var method = target.OriginalDefinition;
        if (!IsCandidate(method))
        {
            return;
        }

        // Perf: a helper's flows are computed by binding its body a second time (through discovery's own semantic
        // model), which on ordinary code (any call to a source method with a string parameter) costs far more than the
        // rest of discovery. Only a string argument with reportable text can become a site, so the call's arguments are
        // looked at first and the body is bound only when one of them qualifies. Same sites, same order.
        var reportable = ReportableStringArguments(arguments, context);
        if (reportable.Count == 0)
        {
            return;
        }

        var flows = FlowsOf(method, ImmutableHashSet<IMethodSymbol>.Empty, context.CancellationToken);
        if (flows.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var flow in flows)
        {
            var argument = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == flow.Parameter.Ordinal);
            if (argument is null || !reportable.TryGetValue(argument, out var text))
            {
                continue;
            }

            var full = flow.Template;
            foreach (var other in arguments)
            {
                if (other.Parameter is { } parameter && other.ArgumentKind != ArgumentKind.DefaultValue && full.ContainsParameter(parameter.OriginalDefinition))
                {
                    full = full.Substitute(parameter.OriginalDefinition, ReferenceEquals(other, argument) ? text : context.Text.Reconstruct(other.Value));
                }
            }

            var model = flow.Model.ModelId is not null ? flow.Model : context.Models.Resolve(call);
            // One argument can reach the same sink text along two paths (a streaming and a non-streaming branch): one site.
            if (!sites.Any(site => site.Node == argument.Value.Syntax && site.Role == flow.Role && site.Text.Render() == full.Render()))
            {
                sites.Add(new PromptSite(argument.Value.Syntax, flow.Role, full, flow.Sink, model));
            }
        }
    }

    /// <summary>The call's string arguments (given, not defaulted) whose reconstructed text is reportable, with that text.</summary>
    private static Dictionary<IArgumentOperation, PromptText> ReportableStringArguments(ImmutableArray<IArgumentOperation> arguments, SiteContext context)
    {
        var reportable = new Dictionary<IArgumentOperation, PromptText>();
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType != SpecialType.System_String || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var text = context.Text.Reconstruct(argument.Value);
            if (text.IsReportable)
            {
                reportable[argument] = text;
            }
        }

        return reportable;
    }

    /// <summary>Where a helper's string parameters go (its flows computed from the top, cached); empty for a method that is no helper.</summary>
    public ImmutableArray<HelperFlow> FlowsOf(IMethodSymbol method, CancellationToken cancellationToken)
        => IsCandidate(method.OriginalDefinition) ? FlowsOf(method.OriginalDefinition, ImmutableHashSet<IMethodSymbol>.Empty, cancellationToken) : ImmutableArray<HelperFlow>.Empty;

    /// <summary>
    /// Where a helper's string parameters go. <paramref name="stack"/> holds the helpers being computed above this one;
    /// only the answer computed from the top is cached.
    /// </summary>
    private ImmutableArray<HelperFlow> FlowsOf(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        if (stack.IsEmpty && _flows.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (stack.Count >= PromptDiscovery.MaxHelperDepth || stack.Contains(method))
        {
            return ImmutableArray<HelperFlow>.Empty; // Recursion or too deep: stop, without caching a partial answer.
        }

        // Only an answer computed from the top is the method's own: inside another helper's computation, recursion stops
        // at that helper, so caching (or reusing) nested answers would make the result depend on which call was analysed first.
        var flows = ComputeFlows(method, stack.Add(method), cancellationToken);
        return stack.IsEmpty ? _flows.GetOrAdd(method, flows) : flows;
    }

    /// <summary>
    /// A method's flows: those of its own body and, for a call that dispatches (an interface member, an abstract or virtual
    /// method), those of each implementation in this compilation, keeping one flow per parameter and role (the prompt of one
    /// implementation: only one of them runs per call).
    /// </summary>
    private ImmutableArray<HelperFlow> ComputeFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        var own = BodyFlows(method, stack, cancellationToken);
        if (!SourceImplementations.IsDispatched(method))
        {
            return own;
        }

        var flows = own.ToBuilder();
        foreach (var implementation in SourceImplementations.Of(method, _discovery.Compilation, cancellationToken))
        {
            foreach (var flow in FlowsOf(implementation.OriginalDefinition, stack, cancellationToken))
            {
                if (flow.Parameter.Ordinal < method.Parameters.Length && !flows.Any(f => f.Parameter.Ordinal == flow.Parameter.Ordinal && f.Role == flow.Role))
                {
                    flows.Add(flow.WithParameters(implementation.OriginalDefinition.Parameters, method.Parameters));
                }
            }
        }

        return flows.ToImmutable();
    }

    /// <summary>The flows of a method's own body: sinks, posted request bodies and nested helpers that its string parameters reach.</summary>
    private ImmutableArray<HelperFlow> BodyFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (FunctionBodies.ParameterScope(declaration) is not { } body || _discovery.GetSemanticModel(body.SyntaxTree) is not { } model)
        {
            return ImmutableArray<HelperFlow>.Empty;
        }

        var stringParameters = method.Parameters.Where(p => p.Type.SpecialType == SpecialType.System_String).ToImmutableArray();
        var flows = ImmutableArray.CreateBuilder<HelperFlow>();
        var context = new SiteContext(_discovery, cancellationToken);
        foreach (var node in BodyNodes(body, stringParameters))
        {
            if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax or ArgumentSyntax or ExpressionSyntax))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var operation = model.GetOperation(node, cancellationToken);
            if (operation is null || operation.Syntax != node)
            {
                continue;
            }

            // Conversions are implicit and share their operand's syntax: look at the operation and its conversion parent.
            var candidates = operation.Parent is IConversionOperation { OperatorMethod: not null } parentConversion && parentConversion.Syntax == node
                ? new[] { operation, parentConversion }
                : new[] { operation };
            foreach (var candidate in candidates)
            {
                AddSinkFlows(candidate, stringParameters, context, flows);
                AddPostedBodyFlows(candidate, stringParameters, context, stack, flows);
                AddNestedHelperFlows(candidate, method, stringParameters, context, stack, flows);
            }
        }

        return flows.ToImmutable();
    }

    private static void AddSinkFlows(IOperation candidate, ImmutableArray<IParameterSymbol> stringParameters, SiteContext context, ImmutableArray<HelperFlow>.Builder flows)
    {
        foreach (var use in SinkMatcher.Uses(candidate, context.Discovery.Catalog))
        {
            var text = context.Text.Reconstruct(use.Value);
            foreach (var parameter in stringParameters)
            {
                if (text.ContainsParameter(parameter) && context.Roles.RoleOf(use) is { } role && !context.Roles.IsInsideResponse(use.Sink))
                {
                    flows.Add(new HelperFlow(parameter, text, role, use.Spec.Describe(), context.Models.Resolve(use.Sink)));
                }
            }
        }
    }

    private static void AddPostedBodyFlows(IOperation candidate, ImmutableArray<IParameterSymbol> stringParameters, SiteContext context, ImmutableHashSet<IMethodSymbol> stack, ImmutableArray<HelperFlow>.Builder flows)
    {
        foreach (var posted in context.Discovery.PostedBodies.BodiesPostedBy(candidate, context, stack))
        {
            foreach (var prompt in posted.Prompts)
            {
                foreach (var parameter in stringParameters)
                {
                    if (prompt.Text.ContainsParameter(parameter))
                    {
                        flows.Add(new HelperFlow(parameter, prompt.Text, prompt.Role, posted.Sink, posted.Model ?? ModelChoice.Unknown));
                    }
                }
            }
        }
    }

    /// <summary>A helper that calls another helper with its parameter: the inner helper's flows, with the argument substituted.</summary>
    private void AddNestedHelperFlows(IOperation candidate, IMethodSymbol method, ImmutableArray<IParameterSymbol> stringParameters, SiteContext context, ImmutableHashSet<IMethodSymbol> stack, ImmutableArray<HelperFlow>.Builder flows)
    {
        if (candidate is not IInvocationOperation nested || SymbolEqualityComparer.Default.Equals(nested.TargetMethod.OriginalDefinition, method) || !IsCandidate(nested.TargetMethod.OriginalDefinition))
        {
            return;
        }

        foreach (var inner in FlowsOf(nested.TargetMethod.OriginalDefinition, stack, context.CancellationToken))
        {
            var argument = nested.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == inner.Parameter.Ordinal);
            if (argument is null)
            {
                continue;
            }

            var passed = context.Text.Reconstruct(argument.Value);
            foreach (var parameter in stringParameters)
            {
                if (passed.ContainsParameter(parameter))
                {
                    flows.Add(new HelperFlow(parameter, inner.Template.Substitute(inner.Parameter, passed), inner.Role, inner.Sink, inner.Model));
                }
            }
        }
    }

    /// <summary>
    /// The nodes of a helper's body to look at. Perf: a primary constructor's body is its whole type, so only the base list
    /// and the members that name one of the string parameters are walked (a large service class created with a literal
    /// binds only the members that use it).
    /// </summary>
    private static IEnumerable<SyntaxNode> BodyNodes(SyntaxNode body, ImmutableArray<IParameterSymbol> stringParameters)
    {
        if (body is not TypeDeclarationSyntax type)
        {
            return body.DescendantNodesAndSelf();
        }

        var names = new HashSet<string>(stringParameters.Select(p => p.Name), StringComparer.Ordinal);
        var parts = new List<SyntaxNode>();
        if (type.BaseList is { } baseList)
        {
            parts.Add(baseList);
        }

        foreach (var member in type.Members)
        {
            if (member is not BaseTypeDeclarationSyntax && member.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && names.Contains(t.ValueText)))
            {
                parts.Add(member);
            }
        }

        return parts.SelectMany(part => part.DescendantNodesAndSelf());
    }
}
