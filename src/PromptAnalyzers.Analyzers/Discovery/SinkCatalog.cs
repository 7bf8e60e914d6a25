using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The sinks of the supported SDKs, resolved to symbols once per compilation.
/// Recognition is by symbol (metadata name and parameter), never by method name text alone.
/// </summary>
internal sealed class SinkCatalog
{
    private readonly Dictionary<IMethodSymbol, SinkSpec[]> _methods;
    private readonly Dictionary<IPropertySymbol, SinkSpec> _properties;
    private readonly Dictionary<INamedTypeSymbol, SinkSpec> _conversions;
    private readonly Dictionary<INamedTypeSymbol, PromptRole> _containers;
    private readonly Dictionary<IMethodSymbol, SinkSpec> _roleMembers;
    private readonly HashSet<INamedTypeSymbol> _responseTypes;

    private SinkCatalog(
        Dictionary<IMethodSymbol, SinkSpec[]> methods,
        Dictionary<IPropertySymbol, SinkSpec> properties,
        Dictionary<INamedTypeSymbol, SinkSpec> conversions,
        Dictionary<INamedTypeSymbol, PromptRole> containers,
        Dictionary<IMethodSymbol, SinkSpec> roleMembers,
        HashSet<INamedTypeSymbol> responseTypes,
        Resolved resolved)
    {
        _methods = methods;
        _properties = properties;
        _conversions = conversions;
        _containers = containers;
        _roleMembers = roleMembers;
        _responseTypes = responseTypes;
        StringBuilderType = resolved.StringBuilder;
        KernelArgumentsType = resolved.KernelArguments;
        BinaryContentType = resolved.BinaryContent;
        HasSourceTypes = resolved.HasSourceTypes;
        AnchorAssembly = resolved.AnchorAssembly;
        KindTypes = resolved.KindTypes;
        Http = resolved.Http;
        (EntryNames, EntryNameList) = ComputeEntryNames(resolved.Types, resolved.BinaryContent);
    }

    /// <summary>Every metadata name the catalog resolves (sinks, containers, response types).</summary>
    internal static ImmutableArray<string> AllTypeNames { get; } = SdkSinks.Specs.Select(s => s.TypeName)
        .Concat(SdkSinks.ContainerSpecs.Select(c => c.TypeName))
        .Concat(SdkSinks.ResponseTypeNames)
        .Concat(PromptKindTypes.AllTypeNames)
        .Concat(HttpBodyTypes.AllTypeNames)
        .Append(KernelArgumentsName)
        .Distinct()
        .ToImmutableArray();

    /// <summary>True when the compilation references none of the supported SDKs.</summary>
    public bool IsEmpty => _methods.Count == 0 && _properties.Count == 0 && _conversions.Count == 0;

    public INamedTypeSymbol? StringBuilderType { get; }

    private const string KernelArgumentsName = "Microsoft.SemanticKernel.KernelArguments";

    /// <summary>
    /// Semantic Kernel's KernelArguments, whose presence tells the template rules that Semantic Kernel is referenced. Perf:
    /// resolved with the catalog and reused with it. Looked up on every compilation (every keystroke), it was the first type
    /// lookup of the snapshot and built its source assembly's merged declarations: 3.7 ms by a scratch stopwatch, and
    /// TemplateVariablesAnalyzer 3.8-4.0 -> 0.4 ms per keystroke in <c>--ide --thread-cpu</c>.
    /// </summary>
    public INamedTypeSymbol? KernelArgumentsType { get; }

    /// <summary>True when a sink type was resolved from this compilation's own source (then the catalog is not shareable).</summary>
    public bool HasSourceTypes { get; }

    /// <summary>The assembly of one resolved SDK type (null when nothing resolved): used to check that a cached catalog's symbols are a new compilation's too.</summary>
    public IAssemblySymbol? AnchorAssembly { get; }

    /// <summary>The evaluation interface and test attributes that tell a prompt's kind (resolved with the catalog, reused with it).</summary>
    public PromptKindTypes KindTypes { get; }

    /// <summary>System.ClientModel.BinaryContent: the body of the SDKs' protocol methods (hand-written JSON requests).</summary>
    public INamedTypeSymbol? BinaryContentType { get; }

    /// <summary>The HTTP contents, calls and serialisers of bodies posted by hand (resolved with the catalog, reused with it).</summary>
    public HttpBodyTypes Http { get; }

    /// <summary>
    /// The names a tree must mention to hold a prompt site (see <see cref="PromptRelevance"/>): each resolved sink's method,
    /// property or constructor type; each type text converts into, with every SDK method and property that accepts it
    /// (<c>CompleteChat("...")</c> converts text into a ChatMessage); BinaryContent and the protocol methods taking it.
    /// </summary>
    public NameSet EntryNames { get; }

    /// <summary>The names behind <see cref="EntryNames"/>, sorted (for benchmarks and tests).</summary>
    internal ImmutableArray<string> EntryNameList { get; }

    public static SinkCatalog Create(Compilation compilation)
    {
        var methods = new Dictionary<IMethodSymbol, List<SinkSpec>>(SymbolEqualityComparer.Default);
        var properties = new Dictionary<IPropertySymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var conversions = new Dictionary<INamedTypeSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var containers = new Dictionary<INamedTypeSymbol, PromptRole>(SymbolEqualityComparer.Default);
        var roleMembers = new Dictionary<IMethodSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var responseTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var types = new TypeResolver(compilation);

        foreach (var spec in SdkSinks.Specs)
        {
            foreach (var type in types.Resolve(spec.TypeName))
            {
                AddSpec(type, spec, methods, properties, conversions, roleMembers);
            }
        }

        foreach (var (typeName, role) in SdkSinks.ContainerSpecs)
        {
            foreach (var type in types.Resolve(typeName))
            {
                containers[type] = role;
            }
        }

        var frozen = new Dictionary<IMethodSymbol, SinkSpec[]>(SymbolEqualityComparer.Default);
        foreach (var pair in methods)
        {
            frozen[pair.Key] = pair.Value.ToArray();
        }

        // The anchor and source check look at the sinks and containers resolved so far, then the kind types below.
        var stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        var hasSourceTypes = false;
        IAssemblySymbol? anchor = null;
        foreach (var resolved in types.ByName.Values)
        {
            foreach (var type in resolved)
            {
                hasSourceTypes |= IsInSource(type);
                anchor ??= type.ContainingAssembly;
            }
        }

        anchor ??= stringBuilder?.ContainingAssembly;
        foreach (var name in SdkSinks.ResponseTypeNames)
        {
            foreach (var type in types.Resolve(name))
            {
                responseTypes.Add(type);
            }
        }

        var kindTypes = PromptKindTypes.Resolve(types.Resolve);
        var http = HttpBodyTypes.Resolve(types.Resolve);
        foreach (var name in PromptKindTypes.AllTypeNames)
        {
            foreach (var type in types.Resolve(name))
            {
                hasSourceTypes |= IsInSource(type);
            }
        }

        var binaryContent = compilation.GetTypeByMetadataName("System.ClientModel.BinaryContent");
        var kernelArguments = compilation.GetTypeByMetadataName(KernelArgumentsName);
        hasSourceTypes |= kernelArguments is not null && IsInSource(kernelArguments);
        return new SinkCatalog(frozen, properties, conversions, containers, roleMembers, responseTypes, new Resolved(types.ByName, stringBuilder, binaryContent, kernelArguments, hasSourceTypes, anchor, kindTypes, http));
    }

    private static bool IsInSource(INamedTypeSymbol type) => type.Locations.Length > 0 && type.Locations[0].IsInSource;

    private static (NameSet Names, ImmutableArray<string> List) ComputeEntryNames(Dictionary<string, ImmutableArray<INamedTypeSymbol>> types, INamedTypeSymbol? binaryContentType)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var assigned = new HashSet<string>(System.StringComparer.Ordinal);
        var targets = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var spec in SdkSinks.Specs)
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

        if (binaryContentType is { } binaryContent)
        {
            // Request bodies: BinaryContent.Create(...) is written where the body is built.
            names.Add(binaryContent.Name);
        }

        // Members that accept a conversion's type (CompleteChat takes ChatMessage, so CompleteChat("...") converts text):
        // listed per type rather than searched for, which loaded every member of the SDKs' namespaces. A test compares
        // the lists with a search of the referenced SDKs.
        foreach (var target in targets)
        {
            var key = target.ContainingNamespace?.ToDisplayString() + "." + target.MetadataName;
            if (SdkSinks.AcceptingMembers.TryGetValue(key, out var accepting))
            {
                names.UnionWith(accepting.Called);
                assigned.UnionWith(accepting.Assigned);
            }
        }

        var list = names.Concat(assigned.Select(n => n + " =")).OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray();
        return (NameSet.From(names, assigned), list);
    }

    /// <summary>
    /// Searches the namespace of each conversion type of the compilation's SDKs for public members that accept it: what
    /// <see cref="SdkSinks.AcceptingMembers"/> must list (used by tests; too slow to run in every build).
    /// </summary>
    internal static Dictionary<string, (HashSet<string> Called, HashSet<string> Assigned)> SearchAcceptingMembers(Compilation compilation)
    {
        var result = new Dictionary<string, (HashSet<string> Called, HashSet<string> Assigned)>();
        foreach (var spec in SdkSinks.Specs.Where(s => s.Member == "op_Implicit"))
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

    /// <summary>True when the type holds a model's answer (see <see cref="SdkSinks.ResponseTypeNames"/>).</summary>
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
            if (SdkSinks.SdkNamespaces.Contains(walk.ToDisplayString()))
            {
                return true;
            }

            walk = walk.ContainingNamespace;
        }

        return false;
    }

    /// <summary>
    /// The compilation's types by metadata name, each looked up once. One name can be declared by several assemblies
    /// (Microsoft.Extensions.AI.ChatClientExtensions lives in Microsoft.Extensions.AI.Abstractions and in
    /// Microsoft.Agents.AI), where GetTypeByMetadataName answers null: every type of the name is kept.
    /// </summary>
    private sealed class TypeResolver
    {
        private readonly Compilation _compilation;

        public TypeResolver(Compilation compilation)
        {
            _compilation = compilation;
        }

        public Dictionary<string, ImmutableArray<INamedTypeSymbol>> ByName { get; } = new();

        public ImmutableArray<INamedTypeSymbol> Resolve(string name)
        {
            if (!ByName.TryGetValue(name, out var found))
            {
                found = _compilation.GetTypesByMetadataName(name);
                ByName[name] = found;
            }

            return found;
        }
    }

    /// <summary>What <see cref="Create"/> resolved besides the sinks, handed to the constructor in one piece.</summary>
    private sealed class Resolved
    {
        public Resolved(Dictionary<string, ImmutableArray<INamedTypeSymbol>> types, INamedTypeSymbol? stringBuilder, INamedTypeSymbol? binaryContent, INamedTypeSymbol? kernelArguments, bool hasSourceTypes, IAssemblySymbol? anchorAssembly, PromptKindTypes kindTypes, HttpBodyTypes http)
        {
            Types = types;
            StringBuilder = stringBuilder;
            BinaryContent = binaryContent;
            KernelArguments = kernelArguments;
            HasSourceTypes = hasSourceTypes;
            AnchorAssembly = anchorAssembly;
            KindTypes = kindTypes;
            Http = http;
        }

        public Dictionary<string, ImmutableArray<INamedTypeSymbol>> Types { get; }

        public INamedTypeSymbol? StringBuilder { get; }

        public INamedTypeSymbol? BinaryContent { get; }

        public INamedTypeSymbol? KernelArguments { get; }

        public bool HasSourceTypes { get; }

        public IAssemblySymbol? AnchorAssembly { get; }

        public PromptKindTypes KindTypes { get; }

        public HttpBodyTypes Http { get; }
    }
}
