using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The sinks of the supported SDKs, resolved to symbols once per compilation.
/// Recognition is by symbol (metadata name and parameter), never by method name text alone.
/// </summary>
/// <remarks>
/// Perf: the sink types are resolved up front, their members only when a call or assignment on one of them is asked
/// about. Reading every sink type's members from metadata (about 40 types, most of them never called in a given project)
/// was a third of a catalog's cost. Each answer is kept per member, so a member is examined once per catalog.
/// </remarks>
internal sealed class SinkCatalog
{
    private static readonly SinkSpec[] NoSpecs = new SinkSpec[0];

    /// <summary>Per resolved sink type, its method and property specs in <see cref="SdkSinks.Specs"/> order.</summary>
    private readonly Dictionary<INamedTypeSymbol, SinkSpec[]> _memberSpecs;
    private readonly ConcurrentDictionary<IMethodSymbol, SinkSpec[]> _methods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, SinkSpec?> _roleMembers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, SinkSpec> _conversions;
    private readonly Dictionary<INamedTypeSymbol, ContainerSpec> _containers;
    private readonly HashSet<INamedTypeSymbol> _responseTypes;

    private SinkCatalog(
        Dictionary<INamedTypeSymbol, SinkSpec[]> memberSpecs,
        Dictionary<INamedTypeSymbol, SinkSpec> conversions,
        Dictionary<INamedTypeSymbol, ContainerSpec> containers,
        HashSet<INamedTypeSymbol> responseTypes,
        Resolved resolved)
    {
        _memberSpecs = memberSpecs;
        _conversions = conversions;
        _containers = containers;
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

    /// <summary>The metadata names of the sink and container types, each once, in the order of their specs.</summary>
    private static readonly string[] SinkAndContainerTypeNames = SdkSinks.Specs.Select(s => s.TypeName)
        .Concat(SdkSinks.ContainerSpecs.Select(c => c.TypeName))
        .Distinct()
        .ToArray();

    /// <summary>Every metadata name the catalog resolves (sinks, containers, response types).</summary>
    internal static ImmutableArray<string> AllTypeNames { get; } = SinkAndContainerTypeNames
        .Concat(SdkSinks.ResponseTypeNames)
        .Concat(PromptKindTypes.AllTypeNames)
        .Concat(HttpBodyTypes.AllTypeNames)
        .Append(KernelArgumentsName)
        .Distinct()
        .ToImmutableArray();

    /// <summary>True when the compilation references none of the supported SDKs.</summary>
    public bool IsEmpty => _memberSpecs.Count == 0 && _conversions.Count == 0;

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
        var memberSpecs = new Dictionary<INamedTypeSymbol, List<SinkSpec>>(SymbolEqualityComparer.Default);
        var conversions = new Dictionary<INamedTypeSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var containers = new Dictionary<INamedTypeSymbol, ContainerSpec>(SymbolEqualityComparer.Default);
        var responseTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var types = new TypeResolver(compilation);

        foreach (var spec in SdkSinks.Specs)
        {
            foreach (var type in types.Resolve(spec.TypeName))
            {
                if (spec.Member == "op_Implicit")
                {
                    conversions[type] = spec;
                    continue;
                }

                if (!memberSpecs.TryGetValue(type, out var list))
                {
                    list = new List<SinkSpec>();
                    memberSpecs[type] = list;
                }

                list.Add(spec);
            }
        }

        foreach (var container in SdkSinks.ContainerSpecs)
        {
            foreach (var type in types.Resolve(container.TypeName))
            {
                containers[type] = container;
            }
        }

        var frozen = new Dictionary<INamedTypeSymbol, SinkSpec[]>(SymbolEqualityComparer.Default);
        foreach (var pair in memberSpecs)
        {
            frozen[pair.Key] = pair.Value.ToArray();
        }

        // The anchor and source check look at the sinks and containers resolved so far, then the kind types below.
        var stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        var hasSourceTypes = false;
        IAssemblySymbol? anchor = null;
        foreach (var name in SinkAndContainerTypeNames)
        {
            foreach (var type in types.Resolve(name))
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
        return new SinkCatalog(frozen, conversions, containers, responseTypes, new Resolved(types, stringBuilder, binaryContent, kernelArguments, hasSourceTypes, anchor, kindTypes, http));
    }

    /// <summary>The types <see cref="Create"/> finds for a metadata name (for tests).</summary>
    internal static ImmutableArray<INamedTypeSymbol> ResolveType(Compilation compilation, string metadataName) => new TypeResolver(compilation).Resolve(metadataName);

    private static bool IsInSource(INamedTypeSymbol type) => type.Locations.Length > 0 && type.Locations[0].IsInSource;

    private static (NameSet Names, ImmutableArray<string> List) ComputeEntryNames(TypeResolver types, INamedTypeSymbol? binaryContentType)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var assigned = new HashSet<string>(System.StringComparer.Ordinal);
        var conversionTypes = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var spec in SdkSinks.Specs)
        {
            foreach (var type in types.Resolve(spec.TypeName))
            {
                if (spec.RoleTypeName is { } roleTypeName)
                {
                    // The role's type (ChatRole, AuthorRole) is named even where the message is created target-typed:
                    // [new(ChatRole.User, "Hello")].
                    names.Add(SinkCatalogCache.SimpleName(roleTypeName));
                }

                switch (spec.Member)
                {
                    case ".ctor":
                        names.Add(type.Name);
                        break;
                    case "op_Implicit":
                        names.Add(type.Name);
                        conversionTypes.Add(spec.TypeName);
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
        foreach (var typeName in conversionTypes)
        {
            if (SdkSinks.AcceptingMembers.TryGetValue(typeName, out var accepting))
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

    /// <summary>The role a message-creating call or constructor (any overload) gives to its content.</summary>
    public bool TryGetRoleMember(IMethodSymbol method, out SinkSpec spec)
    {
        var normalized = Normalize(method);
        if (_memberSpecs.Count == 0 || normalized.ContainingType is not { } type || !_memberSpecs.TryGetValue(type, out var typeSpecs))
        {
            spec = null!;
            return false;
        }

        if (!_roleMembers.TryGetValue(normalized, out var found))
        {
            found = RoleSpec(type, normalized.Name, typeSpecs);
            _roleMembers.TryAdd(normalized, found);
        }

        spec = found!;
        return found is not null;
    }

    /// <summary>
    /// Every overload of a message-creating member gives its role to the content parts passed to it, once one overload is
    /// a text sink: the first such spec of the type, in <see cref="SdkSinks.Specs"/> order.
    /// </summary>
    private static SinkSpec? RoleSpec(INamedTypeSymbol type, string name, SinkSpec[] typeSpecs)
    {
        foreach (var spec in typeSpecs)
        {
            if (spec.Parameter is { } parameter && spec.Member == name && spec.RoleSource is RoleSource.Fixed or RoleSource.FromRoleArgument)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol overload && HasStringParameter(overload, parameter))
                    {
                        return spec;
                    }
                }
            }
        }

        return null;
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

    /// <summary>The specs of a text sink method or constructor (several when it has several text parameters).</summary>
    public bool TryGetMethod(IMethodSymbol method, out SinkSpec[] specs)
    {
        var normalized = Normalize(method);
        if (_memberSpecs.Count == 0 || normalized.ContainingType is not { } type || !_memberSpecs.TryGetValue(type, out var typeSpecs))
        {
            specs = null!;
            return false;
        }

        if (!_methods.TryGetValue(normalized, out specs!))
        {
            specs = MethodSpecs(normalized, typeSpecs);
            _methods.TryAdd(normalized, specs);
        }

        return specs.Length > 0;
    }

    private static SinkSpec[] MethodSpecs(IMethodSymbol method, SinkSpec[] typeSpecs)
    {
        List<SinkSpec>? found = null;
        foreach (var spec in typeSpecs)
        {
            if (spec.Parameter is { } parameter && spec.Member == method.Name && HasStringParameter(method, parameter))
            {
                (found ??= new List<SinkSpec>()).Add(spec);
            }
        }

        return found?.ToArray() ?? NoSpecs;
    }

    /// <summary>The spec of a text sink property (the last one listed for it).</summary>
    public bool TryGetProperty(IPropertySymbol property, out SinkSpec spec)
    {
        var original = property.OriginalDefinition;
        spec = null!;
        if (_memberSpecs.Count == 0 || original.ContainingType is not { } type || !_memberSpecs.TryGetValue(type, out var typeSpecs))
        {
            return false;
        }

        foreach (var candidate in typeSpecs)
        {
            if (candidate.Parameter is null && candidate.Member == original.Name)
            {
                spec = candidate;
            }
        }

        return spec is not null;
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
        if (type is INamedTypeSymbol named && _containers.TryGetValue(named.OriginalDefinition, out var container))
        {
            role = container.Role;
            return true;
        }

        return false;
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
    /// Microsoft.Agents.AI), where GetTypeByMetadataName answers null: every type of the name is kept, as
    /// <see cref="Compilation.GetTypesByMetadataName"/> gives them. Perf: found by walking the compilation's merged
    /// namespaces (each namespace walked once) instead of asking every referenced assembly for every name, which split
    /// the name again for each of the ~200 assemblies: that was 63% of a catalog (profile of <c>--first-use catalog</c>).
    /// A reference with an extern alias is not in the global namespace, so then the compiler's lookup is used.
    /// </summary>
    private sealed class TypeResolver
    {
        private readonly Compilation _compilation;
        private readonly bool _byNamespace;
        private readonly Dictionary<string, INamespaceSymbol?> _namespaces = new(System.StringComparer.Ordinal);

        public TypeResolver(Compilation compilation)
        {
            _compilation = compilation;
            _byNamespace = !compilation.References.Any(r => HasExternAlias(r.Properties.Aliases));
        }

        /// <summary>Perf: a class, not the ImmutableArray itself, as the value: a dictionary of a struct value is JIT-compiled on the first catalog of a process.</summary>
        private readonly Dictionary<string, Types> _byName = new(System.StringComparer.Ordinal);

        public ImmutableArray<INamedTypeSymbol> Resolve(string name)
        {
            if (!_byName.TryGetValue(name, out var found))
            {
                found = new Types(_byNamespace ? FindInNamespaces(name) : _compilation.GetTypesByMetadataName(name));
                _byName[name] = found;
            }

            return found.Symbols;
        }

        private sealed class Types
        {
            public Types(ImmutableArray<INamedTypeSymbol> symbols)
            {
                Symbols = symbols;
            }

            public ImmutableArray<INamedTypeSymbol> Symbols { get; }
        }

        private static bool HasExternAlias(ImmutableArray<string> aliases)
        {
            foreach (var alias in aliases)
            {
                if (alias != "global")
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<INamedTypeSymbol> FindInNamespaces(string metadataName)
        {
            // "Namespace.Type`1+Nested": the namespace ends at the last dot before the first '+'.
            var plus = metadataName.IndexOf('+');
            var topLevel = plus < 0 ? metadataName : metadataName.Substring(0, plus);
            var dot = topLevel.LastIndexOf('.');
            var container = Namespace(dot < 0 ? string.Empty : topLevel.Substring(0, dot));
            if (container is null)
            {
                return ImmutableArray<INamedTypeSymbol>.Empty;
            }

            var (name, arity) = NameAndArity(topLevel.Substring(dot + 1));
            var types = container.GetTypeMembers(name, arity);
            while (plus >= 0 && !types.IsEmpty)
            {
                var next = metadataName.IndexOf('+', plus + 1);
                var nested = NameAndArity(next < 0 ? metadataName.Substring(plus + 1) : metadataName.Substring(plus + 1, next - plus - 1));
                types = types.SelectMany(t => t.GetTypeMembers(nested.Name, nested.Arity)).ToImmutableArray();
                plus = next;
            }

            return types.Length > 1 ? InLookupOrder(types) : types;
        }

        private INamespaceSymbol? Namespace(string name)
        {
            if (_namespaces.TryGetValue(name, out var found))
            {
                return found;
            }

            if (name.Length == 0)
            {
                found = _compilation.GlobalNamespace;
            }
            else
            {
                var dot = name.LastIndexOf('.');
                var parent = Namespace(dot < 0 ? string.Empty : name.Substring(0, dot));
                found = parent?.GetMembers(name.Substring(dot + 1)).OfType<INamespaceSymbol>().FirstOrDefault();
            }

            _namespaces[name] = found;
            return found;
        }

        /// <summary>"Name`2" is Name with two type parameters; a suffix that is not a count is part of the name.</summary>
        private static (string Name, int Arity) NameAndArity(string name)
        {
            var tick = name.LastIndexOf('`');
            return tick > 0 && int.TryParse(name.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arity) && arity > 0
                ? (name.Substring(0, tick), arity)
                : (name, 0);
        }

        /// <summary>The order of <see cref="Compilation.GetTypesByMetadataName"/>: this compilation's own types, then the core library's, then the references'.</summary>
        private ImmutableArray<INamedTypeSymbol> InLookupOrder(ImmutableArray<INamedTypeSymbol> types)
        {
            var corLibrary = _compilation.ObjectType.ContainingAssembly;
            return types.OrderBy(t => SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, _compilation.Assembly) ? 0 : SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, corLibrary) ? 1 : 2).ToImmutableArray();
        }
    }

    /// <summary>What <see cref="Create"/> resolved besides the sinks, handed to the constructor in one piece.</summary>
    private sealed class Resolved
    {
        public Resolved(TypeResolver types, INamedTypeSymbol? stringBuilder, INamedTypeSymbol? binaryContent, INamedTypeSymbol? kernelArguments, bool hasSourceTypes, IAssemblySymbol? anchorAssembly, PromptKindTypes kindTypes, HttpBodyTypes http)
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

        public TypeResolver Types { get; }

        public INamedTypeSymbol? StringBuilder { get; }

        public INamedTypeSymbol? BinaryContent { get; }

        public INamedTypeSymbol? KernelArguments { get; }

        public bool HasSourceTypes { get; }

        public IAssemblySymbol? AnchorAssembly { get; }

        public PromptKindTypes KindTypes { get; }

        public HttpBodyTypes Http { get; }
    }
}
