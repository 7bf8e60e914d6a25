using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Request bodies posted by hand (<see cref="RequestBodies"/>): where the code posts a body, and where it hands a body to a
/// method of its own that posts it (a client class's <c>PostChatCompletionsAsync(object body)</c>, also through an interface),
/// which is followed like a prompt helper.
/// </summary>
internal sealed class PostedBodySites
{
    private readonly PromptDiscovery _discovery;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<BodyFlow>> _bodyFlows = new(SymbolEqualityComparer.Default);

    public PostedBodySites(PromptDiscovery discovery)
    {
        _discovery = discovery;
    }

    private SinkCatalog Catalog => _discovery.Catalog;

    /// <summary>The prompts of a request body posted with HttpClient (see <see cref="RequestBodies.Posted"/>), one site each.</summary>
    public void AddPostedSites(IOperation operation, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        if (RequestBodies.Posted(operation, _discovery, context.Text, context.CancellationToken) is { } body)
        {
            AddBodySites(body, operation, context, sites);
        }
    }

    /// <summary>The prompts of a body handed to a method of this compilation that posts it.</summary>
    public void AddForwardedSites(IInvocationOperation invocation, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        foreach (var body in ForwardedBodies(invocation, context, ImmutableHashSet<IMethodSymbol>.Empty))
        {
            AddBodySites(body, invocation, context, sites);
        }
    }

    private static void AddBodySites(PostedBody body, IOperation operation, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        // Every message takes part in telling sample turns (a live question after them); the reportable ones are sites.
        var messages = new List<PromptSite>();
        foreach (var prompt in body.Prompts)
        {
            messages.Add(new PromptSite(prompt.Node, prompt.Role, prompt.Text, body.Sink, body.Model ?? context.Models.Resolve(operation)));
        }

        sites.AddRange(FewShotTurns.MarkSequence(messages).Where(site => site.Text.IsReportable));
    }

    /// <summary>The bodies an operation posts: itself (a content or posting call), or through a method that posts its argument.</summary>
    public IEnumerable<PostedBody> BodiesPostedBy(IOperation operation, SiteContext context, ImmutableHashSet<IMethodSymbol> stack)
    {
        if (Catalog.Http.BodyParameter(operation) is not null && RequestBodies.Posted(operation, _discovery, context.Text, context.CancellationToken) is { } posted)
        {
            yield return posted;
        }

        if (operation is IInvocationOperation invocation)
        {
            foreach (var forwarded in ForwardedBodies(invocation, context, stack))
            {
                yield return forwarded;
            }
        }
    }

    /// <summary>
    /// A call to a method of this compilation that may post an argument as a request body: it (or, for an interface, an
    /// implementation) names a posting call or content, and it takes an argument that is not text. Decided from the
    /// relevance scan's names, without binding anything.
    /// </summary>
    public bool MayForwardBody(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.Length != 1 || !Catalog.Http.IsAvailable
            || _discovery.ComputedRelevance is not { } relevance || !relevance.IsPostingMethod(method.Name))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<PostedBody> ForwardedBodies(IInvocationOperation invocation, SiteContext context, ImmutableHashSet<IMethodSymbol> stack)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (!MayForwardBody(method))
        {
            yield break;
        }

        // Perf: the callee is bound only when an argument is an object, as a body is (an anonymous object, a request type).
        var reader = new BodyValueReader(_discovery, context.Text, context.CancellationToken);
        var objects = invocation.Arguments
            .Where(a => a.Parameter is { } p && p.Type.SpecialType != SpecialType.System_String && a.ArgumentKind != ArgumentKind.DefaultValue && reader.Read(a.Value).Kind == RequestValueKind.Object)
            .ToList();
        if (objects.Count == 0)
        {
            yield break;
        }

        foreach (var flow in BodyFlows(method, stack, context.CancellationToken))
        {
            foreach (var argument in objects)
            {
                if (argument.Parameter!.Ordinal == flow.Ordinal)
                {
                    yield return RequestBodies.Read(argument.Value, flow.Endpoint, flow.Sink, _discovery, context.Text, context.CancellationToken);
                }
            }
        }
    }

    /// <summary>The parameters a method posts as request bodies, itself, through a method it calls, or in its implementations.</summary>
    private ImmutableArray<BodyFlow> BodyFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        if (stack.IsEmpty && _bodyFlows.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (stack.Count >= PromptDiscovery.MaxHelperDepth || stack.Contains(method))
        {
            return ImmutableArray<BodyFlow>.Empty;
        }

        var inner = stack.Add(method);
        var flows = ImmutableArray.CreateBuilder<BodyFlow>();
        AddOwnBodyFlows(method, inner, flows, cancellationToken);
        foreach (var implementation in SourceImplementations.Of(method, _discovery.Compilation, cancellationToken))
        {
            foreach (var flow in BodyFlows(implementation.OriginalDefinition, inner, cancellationToken))
            {
                if (!flows.Any(f => f.Ordinal == flow.Ordinal))
                {
                    flows.Add(flow);
                }
            }
        }

        var result = flows.ToImmutable();
        return stack.IsEmpty ? _bodyFlows.GetOrAdd(method, result) : result;
    }

    private void AddOwnBodyFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, ImmutableArray<BodyFlow>.Builder flows, CancellationToken cancellationToken)
    {
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (FunctionBodies.Of(declaration) is not { } body || _discovery.GetSemanticModel(body.SyntaxTree) is not { } model)
        {
            return;
        }

        var context = new SiteContext(_discovery, cancellationToken);
        foreach (var node in body.DescendantNodesAndSelf())
        {
            if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var operation = model.GetOperation(node, cancellationToken);
            if (operation is null)
            {
                continue;
            }

            if (Catalog.Http.BodyParameter(operation) is not null && RequestBodies.Posted(operation, _discovery, context.Text, cancellationToken) is { Parameter: { } parameter } posted
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method))
            {
                flows.Add(new BodyFlow(parameter.Ordinal, posted.Sink, posted.Endpoint));
            }
            else if (operation is IInvocationOperation call && MayForwardBody(call.TargetMethod.OriginalDefinition))
            {
                // Passed on to another method that posts it: client.PostAsync(body) inside a wrapper.
                foreach (var flow in BodyFlows(call.TargetMethod.OriginalDefinition, stack, cancellationToken))
                {
                    var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == flow.Ordinal);
                    if (argument?.Value is IParameterReferenceOperation { Parameter: var passed } && SymbolEqualityComparer.Default.Equals(passed.ContainingSymbol.OriginalDefinition, method))
                    {
                        flows.Add(new BodyFlow(passed.Ordinal, flow.Sink, flow.Endpoint));
                    }
                }
            }
        }
    }

    /// <summary>A parameter that a method posts as a request body: where and to what kind of endpoint.</summary>
    private sealed class BodyFlow
    {
        public BodyFlow(int ordinal, string sink, EndpointKind endpoint)
        {
            Ordinal = ordinal;
            Sink = sink;
            Endpoint = endpoint;
        }

        public int Ordinal { get; }

        public string Sink { get; }

        public EndpointKind Endpoint { get; }
    }
}
