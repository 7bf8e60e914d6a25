using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Where a hand-written request body is sent, and what its URL says (<see cref="LlmEndpoints"/>): a content is followed to
/// the call that posts it (<c>PostAsync(url, content)</c>), the request message that carries it
/// (<c>new HttpRequestMessage(HttpMethod.Post, url) { Content = content }</c>, <c>request.Content = content</c>), through the
/// locals that hold either. A content handed to another method or returned is sent elsewhere, to a URL not visible here; a
/// content that goes nowhere (built, logged) is not sent.
/// </summary>
internal sealed class HttpSends
{
    private const int MaxSteps = 24;

    private readonly PromptDiscovery _discovery;
    private readonly HttpBodyTypes _http;
    private readonly TextReconstructor _text;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ILocalSymbol> _visited = new(SymbolEqualityComparer.Default);
    private int _steps;

    private HttpSends(PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _http = discovery.Catalog.Http;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>What the URL of the send of <paramref name="sink"/> (a content creation or a JSON posting call) says; null when it is not sent.</summary>
    public static EndpointKind? EndpointOf(IOperation sink, PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        var sends = new HttpSends(discovery, text, cancellationToken);
        if (sink is IInvocationOperation invocation && discovery.Catalog.Http.IsSend(invocation.TargetMethod))
        {
            return sends.Classify(RequestUri(invocation.Arguments));
        }

        return sends.Consumers(sink);
    }

    /// <summary>The most telling endpoint of the places that take <paramref name="value"/>: text generation, then unknown, then other.</summary>
    private EndpointKind? Consumers(IOperation value)
    {
        EndpointKind? found = null;
        var current = value;
        while (current.Parent is { } parent && _steps++ < MaxSteps)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IArgumentOperation:
                    current = parent;
                    continue;
                case IInvocationOperation invocation:
                    // PostAsync(url, content); handed to any other method, it is sent elsewhere.
                    return Combine(found, _http.IsSend(invocation.TargetMethod) ? Classify(RequestUri(invocation.Arguments)) : EndpointKind.Unknown);
                case IObjectCreationOperation:
                case IReturnOperation:
                    return Combine(found, EndpointKind.Unknown);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return Combine(found, Assigned(assignment));
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return Combine(found, References(declarator.Symbol));
                default:
                    return found;
            }
        }

        return found;
    }

    /// <summary>request.Content = content, Content = content in a request's initializer, or a local that holds the content.</summary>
    private EndpointKind? Assigned(ISimpleAssignmentOperation assignment)
    {
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Property.Name: "Content" } content when _http.IsRequestMessage(content.Property.ContainingType):
                return content.Instance switch
                {
                    IInstanceReferenceOperation => assignment.Parent?.Parent is IObjectCreationOperation request ? Classify(RequestUriOf(request)) : EndpointKind.Unknown,
                    ILocalReferenceOperation local => RequestsIn(local.Local),
                    _ => EndpointKind.Unknown,
                };
            case ILocalReferenceOperation local:
                return References(local.Local);
            default:
                return EndpointKind.Unknown; // A field or property: sent by other code.
        }
    }

    /// <summary>The request messages a local holds (its initializer and assignments): the most telling of their URLs.</summary>
    private EndpointKind? RequestsIn(ILocalSymbol local)
    {
        EndpointKind? found = null;
        foreach (var write in LocalWrites(local))
        {
            found = Combine(found, write is IObjectCreationOperation creation && _http.IsRequestMessage(creation.Type) ? Classify(RequestUriOf(creation)) : EndpointKind.Unknown);
        }

        return found ?? EndpointKind.Unknown;
    }

    /// <summary>Each read of a local that holds the content, followed to what takes it.</summary>
    private EndpointKind? References(ILocalSymbol local)
    {
        if (!_visited.Add(local) || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (FunctionBodies.Enclosing(declaration) is not { } scope || Model(declaration) is not { } model)
        {
            return null;
        }

        EndpointKind? found = null;
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == local.Name
                && !(identifier.Parent is AssignmentExpressionSyntax assignment && assignment.Left == identifier)
                && model.GetOperation(identifier, _cancellationToken) is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                found = Combine(found, Consumers(reference));
            }
        }

        return found;
    }

    private IEnumerable<IOperation> LocalWrites(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1)
        {
            yield break;
        }

        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (FunctionBodies.Enclosing(declaration) is not { } scope || Model(declaration) is not { } model)
        {
            yield break;
        }

        if (declaration is VariableDeclaratorSyntax { Initializer: { } initializer } && model.GetOperation(initializer.Value, _cancellationToken) is { } initial)
        {
            yield return Unwrapped(initial);
        }

        foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == local.Name
                && model.GetOperation(assignment, _cancellationToken) is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } written
                && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                yield return Unwrapped(written.Value);
            }
        }
    }

    private SemanticModel? Model(SyntaxNode node) => _discovery.GetSemanticModel(node.SyntaxTree);

    private static IOperation Unwrapped(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private static IOperation? RequestUri(IEnumerable<IArgumentOperation> arguments)
        => arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri" && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    /// <summary>new HttpRequestMessage(method, requestUri) or RequestUri = ... in its initializer.</summary>
    private static IOperation? RequestUriOf(IObjectCreationOperation request)
    {
        if (RequestUri(request.Arguments) is { } argument)
        {
            return argument;
        }

        foreach (var initializer in request.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } } assignment)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    private EndpointKind Classify(IOperation? uri) => uri is null ? EndpointKind.Unknown : LlmEndpoints.Classify(UrlText(uri, 0).Render(HolePlaceholder));

    /// <summary>Stands for an unknown part of a URL: not a URL character, so the static parts around it do not join.</summary>
    private const string HolePlaceholder = "\u0001";

    /// <summary>A URL's text: a string, or a Uri built from strings (new Uri(url), new Uri(baseUri, "v1/chat/completions")).</summary>
    private PromptText UrlText(IOperation uri, int depth)
    {
        uri = Unwrapped(uri);
        if (depth < 3 && uri is IObjectCreationOperation creation && _http.IsUri(creation.Type))
        {
            return PromptText.Concat(creation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && (a.Value.Type?.SpecialType == SpecialType.System_String || _http.IsUri(a.Value.Type)))
                .Select(a => UrlText(a.Value, depth + 1)));
        }

        return uri.Type?.SpecialType == SpecialType.System_String ? _text.Reconstruct(uri) : PromptText.Hole("uri");
    }

    private static EndpointKind? Combine(EndpointKind? a, EndpointKind? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        return Rank(a.Value) >= Rank(b.Value) ? a : b;
    }

    private static int Rank(EndpointKind kind) => kind switch
    {
        EndpointKind.GeneratesText => 2,
        EndpointKind.Unknown => 1,
        _ => 0,
    };
}
