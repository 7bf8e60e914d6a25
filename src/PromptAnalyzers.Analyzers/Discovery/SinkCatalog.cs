using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>How a sink's role is known.</summary>
internal enum RoleSource
{
    /// <summary>The API fixes the role (SystemChatMessage, AddUserMessage...).</summary>
    Fixed,

    /// <summary>Another argument carries it (new ChatMessage(ChatRole.System, ...)).</summary>
    FromRoleArgument,

    /// <summary>A content part takes the role of the message it is part of (TextContent inside a ChatMessage).</summary>
    FromEnclosingMessage,

    /// <summary>
    /// The text is a whole prompt file written inline (KernelFunctionYaml.FromPromptYaml(yaml), CreateFunctionFromPrompty(text)):
    /// its messages and roles come from parsing it like the file (<see cref="SinkSpec.InlineFileName"/> names the format).
    /// </summary>
    InlinePromptFile,
}

/// <summary>One place in an SDK where text reaches a model, named by metadata and parameter.</summary>
internal sealed class SinkSpec
{
    public SinkSpec(string typeName, string member, string? parameter, RoleSource roleSource, PromptRole role = PromptRole.Unknown, string? roleParameter = null, string? inlineFileName = null)
    {
        InlineFileName = inlineFileName;
        TypeName = typeName;
        Member = member;
        Parameter = parameter;
        RoleSource = roleSource;
        Role = role;
        RoleParameter = roleParameter;
    }

    /// <summary>Metadata name of the declaring type.</summary>
    public string TypeName { get; }

    /// <summary>Method, ".ctor", property (when <see cref="Parameter"/> is null) or "op_Implicit" (a conversion from string).</summary>
    public string Member { get; }

    /// <summary>Name of the text parameter; null for a property setter or a conversion.</summary>
    public string? Parameter { get; }

    public RoleSource RoleSource { get; }

    public PromptRole Role { get; }

    public string? RoleParameter { get; }

    /// <summary>For <see cref="RoleSource.InlinePromptFile"/>: a file name whose extension selects the parser ("inline.prompty").</summary>
    public string? InlineFileName { get; }

    public string Describe() => TypeName + (Member == ".ctor" ? string.Empty : "." + Member);
}

/// <summary>
/// The sinks of the supported SDKs, resolved to symbols once per compilation.
/// Recognition is by symbol (metadata name and parameter), never by method name text alone.
/// </summary>
internal sealed class SinkCatalog
{
    private static readonly SinkSpec[] Specs =
    {
        // Microsoft.Extensions.AI
        new("Microsoft.Extensions.AI.ChatMessage", ".ctor", "content", RoleSource.FromRoleArgument, roleParameter: "role"),
        new("Microsoft.Extensions.AI.TextContent", ".ctor", "text", RoleSource.FromEnclosingMessage),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "GetResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "GetStreamingResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "GetResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // OpenAI .NET SDK (also what Azure.AI.OpenAI uses)
        new("OpenAI.Chat.SystemChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.DeveloperChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Chat.UserChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.AssistantChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("OpenAI.Chat.ChatMessage", "CreateSystemMessage", "content", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.ChatMessage", "CreateDeveloperMessage", "content", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Chat.ChatMessage", "CreateUserMessage", "content", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.ChatMessage", "CreateAssistantMessage", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("OpenAI.Chat.ChatMessage", "op_Implicit", null, RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.ChatMessageContentPart", "CreateTextPart", "text", RoleSource.FromEnclosingMessage),
        new("OpenAI.Chat.ChatMessageContentPart", "op_Implicit", null, RoleSource.FromEnclosingMessage),
        new("OpenAI.Responses.ResponsesClient", "CreateResponse", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseAsync", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseStreaming", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseStreamingAsync", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.CreateResponseOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.ResponseItem", "CreateSystemMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.ResponseItem", "CreateDeveloperMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Responses.ResponseItem", "CreateUserMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponseItem", "CreateAssistantMessageItem", "outputTextContent", RoleSource.Fixed, PromptRole.Assistant),

        // Semantic Kernel
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", ".ctor", "systemMessage", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", ".ctor", "message", RoleSource.FromRoleArgument, roleParameter: "role"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddSystemMessage", "content", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddDeveloperMessage", "content", RoleSource.Fixed, PromptRole.Developer),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddUserMessage", "content", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddAssistantMessage", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddMessage", "content", RoleSource.FromRoleArgument, roleParameter: "authorRole"),
        new("Microsoft.SemanticKernel.ChatMessageContent", ".ctor", "content", RoleSource.FromRoleArgument, roleParameter: "role"),
        new("Microsoft.SemanticKernel.KernelExtensions", "InvokePromptAsync", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelExtensions", "InvokePromptStreamingAsync", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelExtensions", "CreateFunctionFromPrompt", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelFunctionFactory", "CreateFromPrompt", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", ".ctor", "template", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", "Template", null, RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.Agents.KernelAgent", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // Since release 1.45 the instructions are declared on the base of every agent (KernelAgent was removed).
        new("Microsoft.SemanticKernel.Agents.Agent", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.KernelFunctionYaml", "FromPromptYaml", "text", RoleSource.InlinePromptFile, inlineFileName: "inline.prompt.yaml"),
        new("Microsoft.SemanticKernel.PromptYamlKernelExtensions", "CreateFunctionFromPromptYaml", "text", RoleSource.InlinePromptFile, inlineFileName: "inline.prompt.yaml"),
        new("Microsoft.SemanticKernel.KernelFunctionPrompty", "FromPrompty", "promptyTemplate", RoleSource.InlinePromptFile, inlineFileName: "inline.prompty"),
        new("Microsoft.SemanticKernel.PromptyKernelExtensions", "CreateFunctionFromPrompty", "promptyTemplate", RoleSource.InlinePromptFile, inlineFileName: "inline.prompty"),
        new("Microsoft.SemanticKernel.Agents.ChatCompletionAgent", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // OpenAI Assistants and Realtime sessions
        new("OpenAI.Assistants.AssistantCreationOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Assistants.RunCreationOptions", "InstructionsOverride", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Assistants.RunCreationOptions", "AdditionalInstructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Realtime.RealtimeConversationSessionOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Realtime.RealtimeResponseOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // Microsoft Agent Framework
        new("Microsoft.Agents.AI.ChatClientAgent", ".ctor", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.OpenAIChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.OpenAIChatClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.OpenAIChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.OpenAIResponseClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.OpenAIResponseClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.AIAgent", "RunAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.AIAgent", "RunStreamingAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.ChatClientAgent", "RunAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.ChatClientAgent", "RunStreamingAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.DependencyInjection.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.Hosting.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.Hosting.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.Hosting.HostApplicationBuilderAgentExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),

        // Anthropic .NET SDK: text converts implicitly into the request's union types.
        new("Anthropic.Models.Messages.MessageCreateParamsSystem", "op_Implicit", null, RoleSource.Fixed, PromptRole.System),
        new("Anthropic.Models.Messages.SystemMessageParamContent", "op_Implicit", null, RoleSource.Fixed, PromptRole.System),
        new("Anthropic.Models.Messages.MessageContentParam", "op_Implicit", null, RoleSource.FromEnclosingMessage),
        new("Anthropic.Models.Messages.TextBlockParam", ".ctor", "text", RoleSource.FromEnclosingMessage),
        new("Anthropic.Models.Messages.TextBlockParam", "Text", null, RoleSource.FromEnclosingMessage),

        // OllamaSharp
        new("OllamaSharp.Chat", ".ctor", "systemPrompt", RoleSource.Fixed, PromptRole.System),
        new("OllamaSharp.Chat", "SendAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Chat", "SendAsAsync", "message", RoleSource.FromRoleArgument, roleParameter: "role"),
        new("OllamaSharp.OllamaApiClientExtensions", "GenerateAsync", "prompt", RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Models.GenerateRequest", "Prompt", null, RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Models.GenerateRequest", "System", null, RoleSource.Fixed, PromptRole.System),
        new("OllamaSharp.Models.CreateModelRequest", "System", null, RoleSource.Fixed, PromptRole.System),
    };

    /// <summary>Message types whose role content parts inherit (types that are not text sinks themselves).</summary>
    private static readonly (string TypeName, PromptRole Role)[] ContainerSpecs =
    {
        ("Anthropic.Models.Messages.UserMessageParam", PromptRole.User),
        ("Anthropic.Models.Messages.AssistantMessageParam", PromptRole.Assistant),
        ("Anthropic.Models.Messages.SystemMessageParam", PromptRole.System),
        ("Anthropic.Models.Messages.MessageCreateParamsSystem", PromptRole.System),
    };

    /// <summary>
    /// Types that hold a model's answer. A message built inside one (a mocked or recorded response in tests and fakes) is
    /// output, not a prompt.
    /// </summary>
    private static readonly string[] ResponseTypeNames =
    {
        "Microsoft.Extensions.AI.ChatResponse",
        "Microsoft.Extensions.AI.ChatResponseUpdate",
        "OpenAI.Chat.OpenAIChatModelFactory",
        "OpenAI.Responses.OpenAIResponsesModelFactory",
        "Microsoft.SemanticKernel.StreamingChatMessageContent",
        "Microsoft.Agents.AI.AgentResponse",
        "Microsoft.Agents.AI.AgentResponse`1",
        "Microsoft.Agents.AI.AgentResponseUpdate",
    };

    /// <summary>Root namespaces of the supported SDKs, whose model parameters and properties name the model.</summary>
    internal static readonly ImmutableHashSet<string> SdkNamespaces = ImmutableHashSet.Create(
        "Microsoft.Extensions.AI", "OpenAI", "Azure.AI.OpenAI", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp", "Microsoft.Agents.AI");

    private readonly Dictionary<IMethodSymbol, SinkSpec[]> _methods;
    private readonly Dictionary<IPropertySymbol, SinkSpec> _properties;
    private readonly Dictionary<INamedTypeSymbol, SinkSpec> _conversions;
    private readonly Dictionary<INamedTypeSymbol, PromptRole> _containers;
    private readonly Dictionary<IMethodSymbol, SinkSpec> _roleMembers;
    private readonly HashSet<INamedTypeSymbol> _responseTypes = new(SymbolEqualityComparer.Default);

    private SinkCatalog(
        Dictionary<IMethodSymbol, SinkSpec[]> methods,
        Dictionary<IPropertySymbol, SinkSpec> properties,
        Dictionary<INamedTypeSymbol, SinkSpec> conversions,
        Dictionary<INamedTypeSymbol, PromptRole> containers,
        Dictionary<IMethodSymbol, SinkSpec> roleMembers,
        INamedTypeSymbol? stringBuilder)
    {
        _roleMembers = roleMembers;
        _methods = methods;
        _properties = properties;
        _conversions = conversions;
        _containers = containers;
        StringBuilderType = stringBuilder;
    }

    /// <summary>True when the compilation references none of the supported SDKs.</summary>
    public bool IsEmpty => _methods.Count == 0 && _properties.Count == 0 && _conversions.Count == 0;

    public INamedTypeSymbol? StringBuilderType { get; }

    /// <summary>Every metadata name the catalog resolves (sinks, containers, response types).</summary>
    internal static ImmutableArray<string> AllTypeNames { get; } = Specs.Select(s => s.TypeName)
        .Concat(ContainerSpecs.Select(c => c.TypeName))
        .Concat(ResponseTypeNames)
        .Concat(PromptKindTypes.AllTypeNames)
        .Concat(HttpBodyTypes.AllTypeNames)
        .Distinct()
        .ToImmutableArray();

    /// <summary>True when a sink type was resolved from this compilation's own source (then the catalog is not shareable).</summary>
    public bool HasSourceTypes { get; private set; }

    /// <summary>The assembly of one resolved SDK type (null when nothing resolved): used to check that a cached catalog's symbols are a new compilation's too.</summary>
    public IAssemblySymbol? AnchorAssembly { get; private set; }

    /// <summary>The evaluation interface and test attributes that tell a prompt's kind (resolved with the catalog, reused with it).</summary>
    public PromptKindTypes KindTypes { get; private set; } = null!;

    /// <summary>System.ClientModel.BinaryContent: the body of the SDKs' protocol methods (hand-written JSON requests).</summary>
    public INamedTypeSymbol? BinaryContentType { get; private set; }

    /// <summary>The HTTP contents, calls and serialisers of bodies posted by hand (resolved with the catalog, reused with it).</summary>
    public HttpBodyTypes Http { get; private set; } = HttpBodyTypes.None;

    public static SinkCatalog Create(Compilation compilation)
    {
        var methods = new Dictionary<IMethodSymbol, List<SinkSpec>>(SymbolEqualityComparer.Default);
        var properties = new Dictionary<IPropertySymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var conversions = new Dictionary<INamedTypeSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var containers = new Dictionary<INamedTypeSymbol, PromptRole>(SymbolEqualityComparer.Default);
        var roleMembers = new Dictionary<IMethodSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var types = new Dictionary<string, ImmutableArray<INamedTypeSymbol>>();

        // One metadata name can be declared by several assemblies (Microsoft.Extensions.AI.ChatClientExtensions lives in
        // Microsoft.Extensions.AI.Abstractions and in Microsoft.Agents.AI), where GetTypeByMetadataName answers null.
        ImmutableArray<INamedTypeSymbol> Resolve(string name)
        {
            if (!types.TryGetValue(name, out var found))
            {
                found = compilation.GetTypesByMetadataName(name);
                types[name] = found;
            }

            return found;
        }

        foreach (var spec in Specs)
        {
            foreach (var type in Resolve(spec.TypeName))
            {
                AddSpec(type, spec, methods, properties, conversions, roleMembers);
            }
        }

        foreach (var (typeName, role) in ContainerSpecs)
        {
            foreach (var type in Resolve(typeName))
            {
                containers[type] = role;
            }
        }

        var frozen = new Dictionary<IMethodSymbol, SinkSpec[]>(SymbolEqualityComparer.Default);
        foreach (var pair in methods)
        {
            frozen[pair.Key] = pair.Value.ToArray();
        }

        var catalog = new SinkCatalog(frozen, properties, conversions, containers, roleMembers, compilation.GetTypeByMetadataName("System.Text.StringBuilder"));
        catalog.BinaryContentType = compilation.GetTypeByMetadataName("System.ClientModel.BinaryContent");
        foreach (var resolved in types.Values)
        {
            foreach (var type in resolved)
            {
                if (type.Locations.Length > 0 && type.Locations[0].IsInSource)
                {
                    catalog.HasSourceTypes = true;
                }

                catalog.AnchorAssembly ??= type.ContainingAssembly;
            }
        }

        catalog.AnchorAssembly ??= catalog.StringBuilderType?.ContainingAssembly;

        foreach (var name in ResponseTypeNames)
        {
            foreach (var type in Resolve(name))
            {
                catalog._responseTypes.Add(type);
            }
        }

        catalog.KindTypes = PromptKindTypes.Resolve(Resolve);
        catalog.Http = HttpBodyTypes.Resolve(Resolve);
        foreach (var name in PromptKindTypes.AllTypeNames)
        {
            foreach (var type in Resolve(name))
            {
                catalog.HasSourceTypes |= type.Locations.Length > 0 && type.Locations[0].IsInSource;
            }
        }

        catalog.EntryNames = ComputeEntryNames(types, catalog);
        return catalog;
    }

    /// <summary>
    /// The names a tree must mention to hold a prompt site (see <see cref="PromptRelevance"/>): each resolved sink's method,
    /// property or constructor type; each type text converts into, with every SDK method and property that accepts it
    /// (<c>CompleteChat("...")</c> converts text into a ChatMessage); BinaryContent and the protocol methods taking it.
    /// </summary>
    public NameSet EntryNames { get; private set; } = NameSet.Empty;

    private static NameSet ComputeEntryNames(Dictionary<string, ImmutableArray<INamedTypeSymbol>> types, SinkCatalog catalog)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var assigned = new HashSet<string>(System.StringComparer.Ordinal);
        var targets = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var spec in Specs)
        {
            if (!types.TryGetValue(spec.TypeName, out var resolved) || resolved.IsDefaultOrEmpty)
            {
                continue;
            }

            foreach (var type in resolved)
            {
                if (spec.RoleParameter is { } roleParameter)
                {
                    // The role's type (ChatRole, AuthorRole) is named even where the message is created target-typed:
                    // [new(ChatRole.User, "Hello")].
                    foreach (var member in type.GetMembers(spec.Member).OfType<IMethodSymbol>())
                    {
                        foreach (var parameter in member.Parameters)
                        {
                            if (parameter.Name == roleParameter)
                            {
                                names.Add(parameter.Type.Name);
                            }
                        }
                    }
                }

                switch (spec.Member)
                {
                    case ".ctor":
                        names.Add(type.Name);
                        break;
                    case "op_Implicit":
                        names.Add(type.Name);
                        targets.Add(type);
                        break;
                    default:
                        // A property sink is reached by assigning it; a method by calling it.
                        (spec.Parameter is null ? assigned : names).Add(spec.Member);
                        break;
                }
            }
        }

        if (catalog.BinaryContentType is { } binaryContent)
        {
            // Request bodies: BinaryContent.Create(...) is written where the body is built.
            names.Add(binaryContent.Name);
        }

        // Members that accept a conversion's type (CompleteChat takes ChatMessage, so CompleteChat("...") converts text):
        // listed per type rather than searched for, which loaded every member of the SDKs' namespaces (180 ms once per
        // process). A test compares the lists with a search of the referenced SDKs.
        foreach (var target in targets)
        {
            var key = target.ContainingNamespace?.ToDisplayString() + "." + target.MetadataName;
            if (AcceptingMembers.TryGetValue(key, out var accepting))
            {
                names.UnionWith(accepting.Called);
                assigned.UnionWith(accepting.Assigned);
            }
        }

        catalog.EntryNameList = names.Concat(assigned.Select(n => n + " =")).OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray();
        return NameSet.From(names, assigned);
    }

    /// <summary>The names behind <see cref="EntryNames"/>, sorted (for benchmarks and tests).</summary>
    internal ImmutableArray<string> EntryNameList { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>Per conversion type (metadata name): SDK members that accept it, called or assigned (see <see cref="SearchAcceptingMembers"/>).</summary>
    private static readonly Dictionary<string, (string[] Called, string[] Assigned)> AcceptingMembers = new()
    {
        ["OpenAI.Chat.ChatMessage"] = (new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync", "ChatCompletionMessageListDatum" }, new string[0]),
        ["OpenAI.Chat.ChatMessageContentPart"] = (new[] { "AssistantChatMessage", "ChatMessageContent", "CreateAssistantMessage", "CreateDeveloperMessage", "CreateStaticContentPrediction", "CreateSystemMessage", "CreateToolMessage", "CreateUserMessage", "DeveloperChatMessage", "SystemChatMessage", "ToolChatMessage", "UserChatMessage" }, new string[0]),
        ["Anthropic.Models.Messages.MessageCreateParamsSystem"] = (new string[0], new[] { "System" }),
        ["Anthropic.Models.Messages.SystemMessageParamContent"] = (new[] { "SystemMessageParam" }, new[] { "Content" }),
        ["Anthropic.Models.Messages.MessageContentParam"] = (new[] { "AssistantMessageParam", "UserMessageParam" }, new[] { "Content" }),
    };

    /// <summary>
    /// Searches the namespace of each conversion type of the compilation's SDKs for public members that accept it: what
    /// <see cref="AcceptingMembers"/> must list (used by tests; too slow to run in every build).
    /// </summary>
    internal static Dictionary<string, (HashSet<string> Called, HashSet<string> Assigned)> SearchAcceptingMembers(Compilation compilation)
    {
        var result = new Dictionary<string, (HashSet<string> Called, HashSet<string> Assigned)>();
        foreach (var spec in Specs.Where(s => s.Member == "op_Implicit"))
        {
            foreach (var target in compilation.GetTypesByMetadataName(spec.TypeName))
            {
                var targets = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { target };
                var called = new HashSet<string>(System.StringComparer.Ordinal);
                var assigned = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var type in target.ContainingNamespace.GetTypeMembers())
                {
                    AddMembersAccepting(type, targets, called, assigned);
                }

                result[spec.TypeName] = (called, assigned);
            }
        }

        return result;
    }

    private static void AddMembersAccepting(INamedTypeSymbol container, HashSet<ITypeSymbol> targets, HashSet<string> names, HashSet<string> assigned)
    {
        if (container.DeclaredAccessibility != Accessibility.Public)
        {
            return;
        }

        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol nested:
                    AddMembersAccepting(nested, targets, names, assigned);
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor, DeclaredAccessibility: Accessibility.Public, IsOverride: false } method
                    when method.Name is not ("Equals" or "CompareTo") && method.Parameters.Any(p => Mentions(p.Type, targets, 0)):
                    names.Add(method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);
                    break;
                case IPropertySymbol { DeclaredAccessibility: Accessibility.Public, SetMethod: not null } property when Mentions(property.Type, targets, 0):
                    assigned.Add(property.Name);
                    break;
            }
        }
    }

    private static bool Mentions(ITypeSymbol type, HashSet<ITypeSymbol> targets, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return Mentions(array.ElementType, targets, depth + 1);
            case INamedTypeSymbol named:
                if (targets.Contains(named.OriginalDefinition))
                {
                    return true;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (Mentions(argument, targets, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>True when the type holds a model's answer (see <see cref="ResponseTypeNames"/>).</summary>
    public bool IsResponseType(ITypeSymbol? type) => type is INamedTypeSymbol named && _responseTypes.Count > 0 && _responseTypes.Contains(named.OriginalDefinition);

    private static void AddSpec(
        INamedTypeSymbol type,
        SinkSpec spec,
        Dictionary<IMethodSymbol, List<SinkSpec>> methods,
        Dictionary<IPropertySymbol, SinkSpec> properties,
        Dictionary<INamedTypeSymbol, SinkSpec> conversions,
        Dictionary<IMethodSymbol, SinkSpec> roleMembers)
    {
            if (spec.Member == "op_Implicit")
            {
                conversions[type] = spec;
                return;
            }

            foreach (var member in type.GetMembers(spec.Member))
            {
                if (spec.Parameter is null && member is IPropertySymbol property)
                {
                    properties[property] = spec;
                }
                else if (spec.Parameter is not null && member is IMethodSymbol method && HasStringParameter(method, spec.Parameter))
                {
                    if (spec.RoleSource is RoleSource.Fixed or RoleSource.FromRoleArgument)
                    {
                        AddRoleMembers(type, spec, roleMembers);
                    }

                    if (!methods.TryGetValue(method, out var list))
                    {
                        list = new List<SinkSpec>();
                        methods[method] = list;
                    }

                    list.Add(spec);
                }
            }
    }

    /// <summary>Every overload of a message-creating member gives its role to the content parts passed to it.</summary>
    private static void AddRoleMembers(INamedTypeSymbol type, SinkSpec spec, Dictionary<IMethodSymbol, SinkSpec> roleMembers)
    {
        foreach (var member in type.GetMembers(spec.Member))
        {
            if (member is IMethodSymbol method && !roleMembers.ContainsKey(method))
            {
                roleMembers[method] = spec;
            }
        }
    }

    /// <summary>The role a message-creating call or constructor (any overload) gives to its content.</summary>
    public bool TryGetRoleMember(IMethodSymbol method, out SinkSpec spec)
    {
        if (_roleMembers.Count == 0)
        {
            spec = null!;
            return false;
        }

        return _roleMembers.TryGetValue(Normalize(method), out spec!);
    }

    private static bool HasStringParameter(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name && parameter.Type.SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Normalises a called method to the symbol the catalog is keyed by.</summary>
    public static IMethodSymbol Normalize(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

    public bool TryGetMethod(IMethodSymbol method, out SinkSpec[] specs)
    {
        if (_methods.Count == 0)
        {
            specs = null!;
            return false;
        }

        return _methods.TryGetValue(Normalize(method), out specs!);
    }

    public bool TryGetProperty(IPropertySymbol property, out SinkSpec spec)
    {
        if (_properties.Count == 0)
        {
            spec = null!;
            return false;
        }

        return _properties.TryGetValue(property.OriginalDefinition, out spec!);
    }

    /// <summary>True when some conversion from string is a sink (Anthropic, OpenAI implicit messages).</summary>
    public bool HasConversions => _conversions.Count > 0;

    public bool TryGetConversion(INamedTypeSymbol targetType, out SinkSpec spec)
    {
        if (_conversions.Count == 0)
        {
            spec = null!;
            return false;
        }

        return _conversions.TryGetValue(targetType.OriginalDefinition, out spec!);
    }

    public bool TryGetContainer(ITypeSymbol type, out PromptRole role)
    {
        role = default;
        return type is INamedTypeSymbol named && _containers.TryGetValue(named.OriginalDefinition, out role);
    }

    /// <summary>True when the symbol belongs to one of the supported SDKs (used to read model ids).</summary>
    public static bool IsSdkSymbol(ISymbol symbol)
    {
        // The outermost namespace rules out almost every symbol without building a display string.
        var ns = symbol.ContainingNamespace;
        INamespaceSymbol? outer = null;
        while (ns is { IsGlobalNamespace: false })
        {
            outer = ns;
            ns = ns.ContainingNamespace;
        }

        if (outer is null)
        {
            return false;
        }

        switch (outer.Name)
        {
            case "OpenAI" or "Anthropic" or "OllamaSharp":
                return true;
            case "Azure":
            case "Microsoft":
                break;
            default:
                return false;
        }

        // Microsoft.Extensions.AI, Microsoft.SemanticKernel, Microsoft.Agents.AI, Azure.AI.OpenAI: compare the full name
        // only for the few symbols under Microsoft/Azure.
        var walk = symbol.ContainingNamespace;
        while (walk is { IsGlobalNamespace: false })
        {
            if (SdkNamespaces.Contains(walk.ToDisplayString()))
            {
                return true;
            }

            walk = walk.ContainingNamespace;
        }

        return false;
    }
}
