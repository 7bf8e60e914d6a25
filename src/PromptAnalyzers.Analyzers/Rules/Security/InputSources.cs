using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// The symbols that read untrusted input, resolved once per compilation: ASP.NET Core request data, parameters bound from a
/// request (controller actions, minimal-API route handlers, SignalR hub methods, [From...] parameters), the console, and a
/// user's chat message text. Recognised by symbol, never by name alone.
/// </summary>
internal sealed class InputSources
{
    private const string Mvc = "Microsoft.AspNetCore.Mvc.";

    private readonly KnownType _httpRequest;
    private readonly KnownType _formFile;
    private readonly KnownType _formFileCollection;
    private readonly KnownType _formCollection;
    private readonly KnownType _stringValues;
    private readonly KnownType _requestJson;
    private readonly KnownType _controllerBase;
    private readonly KnownType _hub;
    private readonly KnownType _genericHub;
    private readonly KnownType _routeBuilderExtensions;
    private readonly KnownType _console;
    private readonly KnownType _chatRole;
    private readonly KnownType _authorRole;
    private readonly KnownType _chatMessage;
    private readonly KnownType _chatMessageContent;

    /// <summary>Methods found passed (or not) by name to a Map method; the instance lives for one compilation.</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _routeHandlerMethods = new(SymbolEqualityComparer.Default);

    public InputSources(Compilation compilation)
    {
        _httpRequest = new KnownType(compilation, "Microsoft.AspNetCore.Http.HttpRequest");
        _formFile = new KnownType(compilation, "Microsoft.AspNetCore.Http.IFormFile");
        _formFileCollection = new KnownType(compilation, "Microsoft.AspNetCore.Http.IFormFileCollection");
        _formCollection = new KnownType(compilation, "Microsoft.AspNetCore.Http.IFormCollection");
        _stringValues = new KnownType(compilation, "Microsoft.Extensions.Primitives.StringValues");
        _requestJson = new KnownType(compilation, "Microsoft.AspNetCore.Http.HttpRequestJsonExtensions");
        _controllerBase = new KnownType(compilation, Mvc + "ControllerBase");
        _hub = new KnownType(compilation, "Microsoft.AspNetCore.SignalR.Hub");
        _genericHub = new KnownType(compilation, "Microsoft.AspNetCore.SignalR.Hub`1");
        _routeBuilderExtensions = new KnownType(compilation, "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        _console = new KnownType(compilation, "System.Console");
        _chatRole = new KnownType(compilation, "Microsoft.Extensions.AI.ChatRole");
        _authorRole = new KnownType(compilation, "Microsoft.SemanticKernel.ChatCompletion.AuthorRole");
        _chatMessage = new KnownType(compilation, "Microsoft.Extensions.AI.ChatMessage");
        _chatMessageContent = new KnownType(compilation, "Microsoft.SemanticKernel.ChatMessageContent");
    }

    /// <summary>A member that reads request or console input (<c>Request.Query</c>, <c>Console.In</c>, <c>file.FileName</c>), or null.</summary>
    public UntrustedInput? OfMember(ISymbol member, SyntaxNode syntax)
    {
        if (_httpRequest.Is(member.ContainingType))
        {
            return member.Name switch
            {
                "Query" => new UntrustedInput("query string", null, syntax),
                "Form" => new UntrustedInput("request form", null, syntax),
                "Headers" => new UntrustedInput("request headers", null, syntax),
                "Cookies" => new UntrustedInput("request cookies", null, syntax),
                "RouteValues" => new UntrustedInput("route values", null, syntax),
                "Body" or "BodyReader" => new UntrustedInput("request body", null, syntax),
                "Path" or "QueryString" or "PathBase" => new UntrustedInput("request URL", null, syntax),
                _ => null,
            };
        }

        if (_formFile.Is(member.ContainingType) && member.Name is "FileName" or "Name" or "ContentType")
        {
            return new UntrustedInput("uploaded file name", null, syntax);
        }

        return _console.Is(member.ContainingType) && member.Name == "In" ? new UntrustedInput("Console.In", null, syntax) : null;
    }

    /// <summary>
    /// A property MVC or Razor Pages binds from the request: <c>[BindProperty]</c> on it, or <c>[BindProperties]</c> on its
    /// controller or page (properties of a closed type excepted).
    /// </summary>
    public UntrustedInput? OfBoundProperty(ISymbol member, SyntaxNode syntax)
    {
        if (member is not IPropertySymbol { SetMethod: not null } property || IsClosed(property.Type))
        {
            return null;
        }

        return HasAttribute(property, Mvc + "BindPropertyAttribute") || HasAttribute(property.ContainingType, Mvc + "BindPropertiesAttribute")
            ? new UntrustedInput("bound property", property.Name, syntax)
            : null;
    }

    /// <summary>
    /// The key of a request collection read by an indexer: <c>Request.Query["persona"]</c> is "query parameter 'persona'".
    /// </summary>
    public static UntrustedInput? Keyed(UntrustedInput collection, IOperation? key, SyntaxNode syntax)
    {
        var name = key?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        return collection.Kind switch
        {
            "query string" => new UntrustedInput("query parameter", name, syntax),
            "request form" => new UntrustedInput("form field", name, syntax),
            "request headers" => new UntrustedInput("request header", name, syntax),
            "request cookies" => new UntrustedInput("cookie", name, syntax),
            "route values" => new UntrustedInput("route value", name, syntax),
            _ => null,
        };
    }

    /// <summary>A call that reads input: <c>Console.ReadLine()</c>, <c>Request.ReadFromJsonAsync</c>, <c>Request.ReadFormAsync</c>, <c>file.OpenReadStream()</c>.</summary>
    public UntrustedInput? OfCall(IMethodSymbol method, SyntaxNode syntax)
    {
        if (_console.Is(method.ContainingType) && method.Name == "ReadLine")
        {
            return new UntrustedInput("Console.ReadLine()", null, syntax);
        }

        if (_requestJson.Is(method.ContainingType) || (_httpRequest.Is(method.ContainingType) && method.Name == "ReadFormAsync"))
        {
            return new UntrustedInput("request body", null, syntax);
        }

        return _formFile.Is(method.ContainingType) && method.Name is "OpenReadStream" or "CopyTo" or "CopyToAsync" ? new UntrustedInput("uploaded file", null, syntax) : null;
    }

    /// <summary>The text of a chat message the user wrote, selected by its role (<c>messages.Last(m => m.Role == ChatRole.User).Text</c>).</summary>
    public bool IsMessageText(IPropertySymbol property)
        => (_chatMessage.Is(property.ContainingType) && property.Name == "Text") || (_chatMessageContent.Is(property.ContainingType) && property.Name == "Content");

    /// <summary>True when <paramref name="selection"/> (a call such as Last, First, Where) picks messages of the user role.</summary>
    public bool SelectsUserRole(IOperation selection)
    {
        foreach (var operation in selection.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "User" } role && (_chatRole.Is(role.Property.ContainingType) || _authorRole.Is(role.Property.ContainingType)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A parameter the framework binds from a request, or null (services, closed types, ordinary methods). Not cached here:
    /// the trace of one document keeps its answers (<see cref="UntrustedInputTrace"/>).
    /// </summary>
    public UntrustedInput? OfParameter(IParameterSymbol parameter, SemanticModel? model, CancellationToken cancellationToken)
    {
        // Perf: the declaration's syntax is fetched only for an answer or a lambda (DeclaringSyntaxReferences allocates). A
        // parameter without exactly one declaration (some lambda parameters have a location but none) is never an input.
        if (parameter.IsImplicitlyDeclared || parameter.Locations is not [{ IsInSource: true }])
        {
            return null;
        }

        SyntaxNode? declaration = null;
        var fetched = false;
        SyntaxNode? Syntax()
        {
            if (!fetched)
            {
                declaration = parameter.DeclaringSyntaxReferences is [var single] ? single.GetSyntax(cancellationToken) : null;
                fetched = true;
            }

            return declaration;
        }

        if (FromAttribute(parameter) is var (attributeKind, boundName))
        {
            return attributeKind is not null && Syntax() is { } attributed ? new UntrustedInput(attributeKind, boundName, attributed) : null;
        }

        if (HasAttribute(parameter, Mvc + "FromServicesAttribute") || HasAttribute(parameter, "Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute") || !IsBindable(parameter.Type))
        {
            return null;
        }

        var kind = parameter.ContainingSymbol is IMethodSymbol method ? BindingKind(method, Syntax, model, cancellationToken) : null;
        if (kind is null || Syntax() is not { } syntax)
        {
            return null;
        }

        return _formFile.Is(parameter.Type) || _formFileCollection.Is(parameter.Type) ? new UntrustedInput("uploaded file", parameter.Name, syntax) : new UntrustedInput(kind, parameter.Name, syntax);
    }

    /// <summary>"action parameter", "route handler parameter" or "hub method parameter" when the method is one; null otherwise.</summary>
    private string? BindingKind(IMethodSymbol method, System.Func<SyntaxNode?> parameterSyntax, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (method.MethodKind == MethodKind.AnonymousFunction)
        {
            return parameterSyntax() is { } syntax && IsRouteHandler(syntax, model, cancellationToken) ? "route handler parameter" : null;
        }

        if (method.MethodKind == MethodKind.Ordinary && IsRouteHandlerMethod(method, model, cancellationToken))
        {
            return "route handler parameter";
        }

        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || HasAttribute(method, Mvc + "NonActionAttribute"))
        {
            return null;
        }

        if (_controllerBase.IsBaseOf(method.ContainingType) || HasAttribute(method.ContainingType, Mvc + "ApiControllerAttribute") || HasAttribute(method.ContainingType, Mvc + "ControllerAttribute"))
        {
            return "action parameter";
        }

        return _hub.IsBaseOf(method.ContainingType) || _genericHub.IsBaseOf(method.ContainingType) ? "hub method parameter" : null;
    }

    /// <summary>A lambda handed to MapGet/MapPost/MapPut/MapDelete/MapPatch/MapMethods/Map of an endpoint route builder.</summary>
    private bool IsRouteHandler(SyntaxNode parameterSyntax, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (_routeBuilderExtensions.Symbol is null || model is null || parameterSyntax.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is not { } lambda)
        {
            return false;
        }

        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } || model.SyntaxTree != invocation.SyntaxTree)
        {
            return false;
        }

        return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol map && IsMap(map);
    }

    /// <summary>
    /// A method passed by name to a Map method (<c>app.MapPost("/chat", HandleAsync)</c>) in its own type's declarations in
    /// this document; cached per method.
    /// </summary>
    private bool IsRouteHandlerMethod(IMethodSymbol method, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (_routeBuilderExtensions.Symbol is null || model is null)
        {
            return false;
        }

        if (_routeHandlerMethods.TryGetValue(method, out var known))
        {
            return known;
        }

        var found = false;
        foreach (var declaration in method.ContainingType.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            foreach (var argument in declaration.GetSyntax(cancellationToken).DescendantNodes().OfType<ArgumentSyntax>())
            {
                var named = argument.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                if (named == method.Name && argument.Parent?.Parent is InvocationExpressionSyntax invocation
                    && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol map && IsMap(map)
                    && NamesMethod(model.GetSymbolInfo(argument.Expression, cancellationToken), method))
                {
                    found = true;
                    break;
                }
            }
        }

        return _routeHandlerMethods.GetOrAdd(method, found);
    }

    private static bool NamesMethod(SymbolInfo info, IMethodSymbol method)
        => SymbolEqualityComparer.Default.Equals((info.Symbol ?? info.CandidateSymbols.FirstOrDefault())?.OriginalDefinition, method.OriginalDefinition);

    private bool IsMap(IMethodSymbol method) => _routeBuilderExtensions.Is(method.ContainingType) && method.Name.StartsWith("Map", System.StringComparison.Ordinal);

    /// <summary>
    /// [FromQuery]/[FromRoute]/[FromForm]/[FromHeader]/[FromBody] on a parameter of any method: what it binds and the name
    /// it binds (a null kind when the parameter's type is closed), or null without such an attribute.
    /// </summary>
    private static (string? Kind, string Name)? FromAttribute(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            // Perf: the attribute's full name is built only for a From...Attribute (most parameters carry none or others).
            var name = attribute.AttributeClass is { Name: var simple } attributeClass && simple.StartsWith("From", System.StringComparison.Ordinal)
                ? attributeClass.ToDisplayString()
                : null;
            var kind = name switch
            {
                Mvc + "FromQueryAttribute" => "query parameter",
                Mvc + "FromRouteAttribute" => "route value",
                Mvc + "FromFormAttribute" => "form field",
                Mvc + "FromHeaderAttribute" => "request header",
                Mvc + "FromBodyAttribute" => "request body",
                _ => null,
            };
            if (kind is not null)
            {
                var bound = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string;
                return (IsClosed(parameter.Type) ? null : kind, bound ?? parameter.Name);
            }
        }

        return null;
    }

    /// <summary>Text, a file, or a data type of the user's code (a bound record); not a service, a context or a closed value.</summary>
    private bool IsBindable(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String || _stringValues.Is(type) || _formFile.Is(type) || _formFileCollection.Is(type) || _formCollection.Is(type))
        {
            return true;
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String })
        {
            return true;
        }

        // A data type of the application: declared in this compilation or in a referenced project of it (a shared DTO), not
        // a type of the framework or of a library under System.* / Microsoft.*.
        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !IsClosed(named) && IsDataType(named)
            && (named.Locations.Any(l => l.IsInSource) || !IsPlatformNamespace(named.ContainingNamespace));
    }

    private static bool IsPlatformNamespace(INamespaceSymbol? ns)
    {
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name is "System" or "Microsoft" or "Azure" or "OpenAI" or "Anthropic" or "OllamaSharp")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A record, or a class or struct that only holds data (no methods of its own): what model binding fills.</summary>
    private static bool IsDataType(INamedTypeSymbol type)
        => type.IsRecord || !type.GetMembers().Any(m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsImplicitlyDeclared: false });

    /// <summary>Values of a closed set: numbers, booleans, characters, enums, dates, times and GUIDs (and their nullable forms).</summary>
    public static bool IsClosed(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsClosed(nullable.TypeArguments[0]);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_DateTime:
                return true;
        }

        return type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
            && type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly";
    }


    /// <summary>The attribute on the symbol, or for a type on it or a base type (MVC's attributes are inherited).</summary>
    private static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && metadataName.EndsWith(type.Name, System.StringComparison.Ordinal) && type.ToDisplayString() == metadataName)
            {
                return true; // Perf: the full name is built only when the simple name matches.
            }
        }

        return symbol is INamedTypeSymbol { BaseType: { } baseType } && HasAttribute(baseType, metadataName);
    }
}
