using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Hand-written request bodies, read by the request schemas of <see cref="ChatRequestSchema"/>:
/// <list type="bullet">
/// <item>JSON text sent through the SDKs' protocol methods (ChatClient.CompleteChat(BinaryContent, ...)):
/// <c>BinaryContent.Create(BinaryData.FromString("{...}"))</c>, <c>BinaryData.FromBytes("{...}"u8.ToArray())</c>; the messages
/// are located at the literal;</item>
/// <item>bodies posted with HttpClient (<see cref="HttpBodyTypes.BodyParameter"/>): objects serialised by the posting call
/// or a serialiser (<see cref="BodyValue"/>), located at the expression of each prompt's text, and JSON text with holes,
/// located at the text. A body goes to an LLM when its shape is a chat request, or when it has the shape of a prompt
/// (<c>prompt</c>, <c>input</c>) and its visible URL is a text-generation endpoint; a visible URL of anything else (another
/// service, embeddings, images) rules it out (<see cref="HttpSends"/>).</item>
/// </list>
/// </summary>
internal static class RequestBodies
{
    private const int MaxSteps = 8;

    public static IEnumerable<(SyntaxNode Literal, string Json)> Find(IInvocationOperation invocation, INamedTypeSymbol binaryContent, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type, binaryContent)
                && JsonText(argument.Value, 0, cancellationToken) is { } found)
            {
                yield return found;
            }
        }
    }

    private static (SyntaxNode Literal, string Json)? JsonText(IOperation? operation, int steps, CancellationToken cancellationToken)
    {
        while (operation is not null && steps++ < MaxSteps)
        {
            if (operation.Syntax is LiteralExpressionSyntax utf8 && utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            {
                return (utf8, utf8.Token.ValueText);
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal:
                    return (literal.Syntax, text);
                case IInvocationOperation call when call.TargetMethod.Name is "Create" or "FromString" or "FromBytes" or "ToArray" or "AsMemory":
                    operation = call.Arguments.Length > 0 ? call.Arguments[0].Value : call.Instance;
                    continue;
                case IObjectCreationOperation creation when creation.Arguments.Length > 0:
                    operation = creation.Arguments[0].Value;
                    continue;
                case ILocalReferenceOperation local
                    when local.Local.DeclaringSyntaxReferences.Length == 1
                    && local.Local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }:
                    operation = local.SemanticModel?.GetOperation(initializer.Value, cancellationToken);
                    continue;
                default:
                    if (operation.ConstantValue is { HasValue: true, Value: string constant })
                    {
                        return (operation.Syntax, constant);
                    }

                    return null;
            }
        }

        return null;
    }

    public static ImmutableArray<(PromptRole Role, string Text)> Messages(string json)
    {
        var builder = ImmutableArray.CreateBuilder<(PromptRole, string)>();
        foreach (var message in RequestBodyMessages.Read(json))
        {
            if (PromptRoleExtensions.FromName(message.Role) is { } role && !string.IsNullOrWhiteSpace(message.Text))
            {
                builder.Add((role, message.Text));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The prompts of a body posted by <paramref name="sink"/> (a content creation or a JSON posting call): null when the
    /// operation posts no body, when the body is not sent, or when its URL is visibly not a text-generation endpoint.
    /// </summary>
    public static PostedBody? Posted(IOperation sink, PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        if (discovery.Catalog.Http.BodyParameter(sink) is not { } parameterName)
        {
            return null;
        }

        var arguments = sink switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        IArgumentOperation? body = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                body = argument;
            }
        }

        if (body is null || HttpSends.EndpointOf(sink, discovery, text, cancellationToken) is not { } endpoint || endpoint == EndpointKind.Other)
        {
            return null;
        }

        var name = sink is IInvocationOperation call ? call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name : discovery.Catalog.Http.StringContent!.Name;
        return Read(body.Value, endpoint, "JSON request body of " + name, discovery, text, cancellationToken);
    }

    /// <summary>The prompts of <paramref name="value"/> read as a request body going to an endpoint of <paramref name="endpoint"/>'s kind.</summary>
    public static PostedBody Read(IOperation value, EndpointKind endpoint, string sink, PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        var body = new BodyValueReader(discovery, text, cancellationToken).Read(value);
        var generatesText = endpoint == EndpointKind.GeneratesText;
        if (body.Parameter is { } parameter)
        {
            return new PostedBody(ImmutableArray<BodyPrompt>.Empty, null, sink, endpoint, parameter);
        }

        if (body.Kind == RequestValueKind.Text && body.Node is { } node)
        {
            return JsonTextBody(node, body.PromptText, generatesText, sink, endpoint);
        }

        var request = ChatRequestSchema.Read(body, generatesText);
        var prompts = ImmutableArray.CreateBuilder<BodyPrompt>();
        foreach (var prompt in request.Prompts)
        {
            if (prompt.Text is BodyValue { Node: { } promptNode } promptText && RoleOf(prompt.Role) is { } role)
            {
                prompts.Add(new BodyPrompt(promptNode, role, promptText.PromptText));
            }
        }

        var model = request.Model is BodyValue { KnownText: { } modelId, Node: { } modelNode } ? new ModelChoice(modelId, modelNode) : (ModelChoice?)null;
        return new PostedBody(prompts.ToImmutable(), model, sink, endpoint, null);
    }

    /// <summary>A body written as JSON text (<c>new StringContent($"{{\"messages\": ...}}")</c>), its holes kept through the parse.</summary>
    private static PostedBody JsonTextBody(SyntaxNode node, PromptText text, bool generatesText, string sink, EndpointKind endpoint)
    {
        var holes = new List<PromptPart>();
        var json = JsonWithHoles.Render(text, holes);
        var origin = text.Origins().Length == 1 ? text.Origins()[0] : null;
        var prompts = ImmutableArray.CreateBuilder<BodyPrompt>();
        foreach (var message in RequestBodyMessages.Read(json, generatesText))
        {
            if (PromptRoleExtensions.FromName(message.Role) is { } role)
            {
                prompts.Add(new BodyPrompt(node, role, JsonWithHoles.Restore(message.Text, holes, origin)));
            }
        }

        var model = RequestBodyMessages.Model(json) is { } modelId && !JsonWithHoles.HasHole(modelId) ? new ModelChoice(modelId, node) : (ModelChoice?)null;
        return new PostedBody(prompts.ToImmutable(), model, sink, endpoint, null);
    }

    /// <summary>A request body role: "" (not known statically) is <see cref="PromptRole.Unknown"/>.</summary>
    private static PromptRole? RoleOf(string role) => role.Length == 0 ? PromptRole.Unknown : PromptRoleExtensions.FromName(role);
}

/// <summary>One prompt of a posted body: where its text is written, its role and its text.</summary>
internal readonly struct BodyPrompt
{
    public BodyPrompt(SyntaxNode node, PromptRole role, PromptText text)
    {
        Node = node;
        Role = role;
        Text = text;
    }

    /// <summary>Where the prompt's text is written (the body literal or the member that holds it).</summary>
    public SyntaxNode Node { get; }

    /// <summary>The role the body gives the message ("system", "user"...).</summary>
    public PromptRole Role { get; }

    /// <summary>The message text with its holes.</summary>
    public PromptText Text { get; }
}

/// <summary>What a posted body holds: its prompts and model, or, when it is a parameter of the method that posts it, that parameter.</summary>
internal sealed class PostedBody
{
    public PostedBody(ImmutableArray<BodyPrompt> prompts, ModelChoice? model, string sink, EndpointKind endpoint, IParameterSymbol? parameter)
    {
        Prompts = prompts;
        Model = model;
        Sink = sink;
        Endpoint = endpoint;
        Parameter = parameter;
    }

    /// <summary>The prompts found in the body, in order.</summary>
    public ImmutableArray<BodyPrompt> Prompts { get; }

    /// <summary>The model the body names, when it names one statically.</summary>
    public ModelChoice? Model { get; }

    /// <summary>"JSON request body of StringContent" (for messages and tests).</summary>
    public string Sink { get; }

    /// <summary>Which vendor API the body is shaped for (chat completions, Responses, Gemini...).</summary>
    public EndpointKind Endpoint { get; }

    /// <summary>The body is this parameter of the method that posts it (a client method posting what it is given).</summary>
    public IParameterSymbol? Parameter { get; }
}

/// <summary>
/// JSON text with holes (an interpolated body): each hole becomes a marker the JSON parser keeps (inside a string, or as a
/// string of its own where a value stands), so that the parsed prompts can be turned back into text with the same holes.
/// </summary>
internal static class JsonWithHoles
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>The JSON text with each hole replaced by a marker; <paramref name="holes"/> receives the parts the markers stand for.</summary>
    public static string Render(PromptText text, List<PromptPart> holes)
    {
        var json = new StringBuilder();
        bool inString = false, escaped = false;
        foreach (var part in text.Parts)
        {
            if (part.Text is { } chunk)
            {
                foreach (var c in chunk)
                {
                    json.Append(c);
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (inString && c == '\\')
                    {
                        escaped = true;
                    }
                    else if (c == '"')
                    {
                        inString = !inString;
                    }
                }

                continue;
            }

            var marker = Open + holes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + Close;
            holes.Add(part);
            json.Append(inString ? marker : "\"" + marker + "\"");
        }

        return json.ToString();
    }

    /// <summary>True when a parsed string holds a hole marker.</summary>
    public static bool HasHole(string text) => text.IndexOf(Open) >= 0;

    /// <summary>A parsed string back into text: its markers become the holes they stand for.</summary>
    public static PromptText Restore(string text, List<PromptPart> holes, SyntaxNode? origin)
    {
        var parts = ImmutableArray.CreateBuilder<PromptPart>();
        var start = 0;
        while (start < text.Length)
        {
            var open = text.IndexOf(Open, start);
            var close = open < 0 ? -1 : text.IndexOf(Close, open);
            if (open < 0 || close < 0)
            {
                parts.Add(PromptPart.Static(text.Substring(start), origin));
                break;
            }

            if (open > start)
            {
                parts.Add(PromptPart.Static(text.Substring(start, open - start), origin));
            }

            var index = int.TryParse(text.Substring(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < holes.Count ? i : -1;
            parts.Add(index >= 0 ? holes[index] : PromptPart.Hole("?"));
            start = close + 1;
        }

        return new PromptText(parts.ToImmutable());
    }
}
