using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The types through which code posts a JSON body over HTTP by hand (<see cref="RequestBodies"/>): the HTTP contents and
/// calls of System.Net.Http and System.Net.Http.Json, and the serialisers that turn an object into the body's text
/// (System.Text.Json, Newtonsoft.Json). Resolved by metadata name with the sink catalog, so they are looked up once per set
/// of references, never per node.
/// </summary>
internal sealed class HttpBodyTypes
{
    private const string StringContentName = "System.Net.Http.StringContent";
    private const string JsonContentName = "System.Net.Http.Json.JsonContent";
    private const string JsonExtensionsName = "System.Net.Http.Json.HttpClientJsonExtensions";
    private const string HttpClientName = "System.Net.Http.HttpClient";
    private const string RequestMessageName = "System.Net.Http.HttpRequestMessage";
    private const string JsonSerializerName = "System.Text.Json.JsonSerializer";
    private const string NewtonsoftName = "Newtonsoft.Json.JsonConvert";
    private const string EncodingName = "System.Text.Encoding";
    private const string UriName = "System.Uri";

    internal static readonly ImmutableArray<string> AllTypeNames = ImmutableArray.Create(
        StringContentName, JsonContentName, JsonExtensionsName, HttpClientName, RequestMessageName, JsonSerializerName, NewtonsoftName, EncodingName, UriName);

    public static readonly HttpBodyTypes None = new(_ => ImmutableArray<INamedTypeSymbol>.Empty);

    private HttpBodyTypes(Func<string, ImmutableArray<INamedTypeSymbol>> resolve)
    {
        StringContent = resolve(StringContentName).FirstOrDefault();
        JsonContent = resolve(JsonContentName).FirstOrDefault();
        JsonExtensions = resolve(JsonExtensionsName).FirstOrDefault();
        HttpClient = resolve(HttpClientName).FirstOrDefault();
        RequestMessage = resolve(RequestMessageName).FirstOrDefault();
        JsonSerializer = resolve(JsonSerializerName).FirstOrDefault();
        Newtonsoft = resolve(NewtonsoftName).FirstOrDefault();
        Encoding = resolve(EncodingName).FirstOrDefault();
        Uri = resolve(UriName).FirstOrDefault();
    }

    public static HttpBodyTypes Resolve(Func<string, ImmutableArray<INamedTypeSymbol>> resolve) => new(resolve);

    /// <summary>True when the compilation can post a body by hand (it references System.Net.Http).</summary>
    public bool IsAvailable => StringContent is not null || JsonExtensions is not null;

    public INamedTypeSymbol? StringContent { get; }

    public INamedTypeSymbol? JsonContent { get; }

    public INamedTypeSymbol? JsonExtensions { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? RequestMessage { get; }

    public INamedTypeSymbol? JsonSerializer { get; }

    public INamedTypeSymbol? Newtonsoft { get; }

    public INamedTypeSymbol? Encoding { get; }

    public INamedTypeSymbol? Uri { get; }

    /// <summary>
    /// The names a document must mention to post a body (see <see cref="PromptRelevance"/>): the contents and the JSON
    /// posting extensions. <c>PostAsync</c> and <c>SendAsync</c> are not among them: they take a content built where one
    /// of these is named.
    /// </summary>
    public static readonly ImmutableArray<string> EntryNames = ImmutableArray.Create("StringContent", "JsonContent", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync");

    /// <summary>
    /// Member names of the request schemas (<see cref="PromptAnalyzers.Text.Requests.ChatRequestSchema"/>) as code spells them:
    /// a document posting a body is a candidate only when it names one (anonymous members, properties, JSON keys).
    /// </summary>
    public static readonly ImmutableArray<string> SchemaNames = ImmutableArray.Create(
        "messages", "Messages", "contents", "Contents", "systemInstruction", "SystemInstruction", "system_instruction",
        "prompt", "Prompt", "instructions", "Instructions", "input", "Input");

    /// <summary>The parameter of a body sink that takes the body: new StringContent(content), JsonContent.Create(inputValue), PostAsJsonAsync(value).</summary>
    public string? BodyParameter(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } when StringContent is not null && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, StringContent):
                return "content";
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                if (JsonContent is not null && method.Name == "Create" && SymbolEqualityComparer.Default.Equals(type, JsonContent))
                {
                    return "inputValue";
                }

                if (JsonExtensions is not null && method.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" && SymbolEqualityComparer.Default.Equals(type, JsonExtensions))
                {
                    return "value";
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>JsonSerializer.Serialize(value), JsonConvert.SerializeObject(value), Encoding.GetBytes(text): the body passes through.</summary>
    public bool IsPassThrough(IMethodSymbol method)
    {
        var type = method.ContainingType;
        return (JsonSerializer is not null && method.Name.StartsWith("Serialize", StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(type, JsonSerializer))
            || (Newtonsoft is not null && method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(type, Newtonsoft))
            || (Encoding is not null && method.Name == "GetBytes" && InheritsFrom(type, Encoding));
    }

    /// <summary>HttpClient.PostAsync/PutAsync/PatchAsync/SendAsync and the JSON posting extensions.</summary>
    public bool IsSend(IMethodSymbol method)
    {
        var type = method.ContainingType;
        return (HttpClient is not null && method.Name is "PostAsync" or "PutAsync" or "PatchAsync" or "SendAsync" or "Send" && InheritsFrom(type, HttpClient))
            || (JsonExtensions is not null && SymbolEqualityComparer.Default.Equals(type, JsonExtensions) && method.Name.EndsWith("AsJsonAsync", StringComparison.Ordinal));
    }

    public bool IsRequestMessage(ITypeSymbol? type) => RequestMessage is not null && InheritsFrom(type, RequestMessage);

    public bool IsUri(ITypeSymbol? type) => Uri is not null && SymbolEqualityComparer.Default.Equals(type, Uri);

    private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
