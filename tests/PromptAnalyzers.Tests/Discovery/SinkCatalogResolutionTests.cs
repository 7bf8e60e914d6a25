using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The catalog resolves its types by walking namespaces and reads a sink type's members only when asked about one. These
/// tests hold both to the plain readings: the compiler's own lookup by metadata name, and every member of every sink type
/// read up front.
/// </summary>
public sealed class SinkCatalogResolutionTests
{
    private static readonly string[] OtherNames =
    {
        "System.Text.StringBuilder",
        "System.Environment+SpecialFolder",
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2+KeyCollection",
        "System.Collections.Generic.List",
        "System.Nullable`1",
        "Microsoft.Extensions.AI.ChatClientExtensions",
        "No.Such.Namespace.Type",
        "System.NoSuchType",
        "Stand.In.ChatMessage",
        "GlobalType",
        "GlobalType+Inner`1",
        "Microsoft.Extensions.AI.ChatRole",
    };

    [Fact]
    public void Every_name_resolves_to_the_types_the_compilers_lookup_by_metadata_name_gives()
    {
        var compilation = DiscoveryHarness.Compile(
            "namespace Stand.In { public class ChatMessage { } }\npublic class GlobalType { public class Inner<T> { } }\n" +
            "namespace Microsoft.Extensions.AI { public static class ChatClientExtensions { } }");
        var names = SinkCatalog.AllTypeNames.Concat(OtherNames).ToList();
        var found = 0;
        foreach (var name in names)
        {
            var expected = compilation.GetTypesByMetadataName(name);
            var actual = SinkCatalog.ResolveType(compilation, name);
            Assert.True(expected.AsEnumerable().SequenceEqual(actual, SymbolEqualityComparer.Default), $"{name}: expected [{string.Join(", ", expected.Select(Describe))}], got [{string.Join(", ", actual.Select(Describe))}]");
            found += actual.Length;
        }

        // Not vacuous: the SDK names resolve, and a name declared in source and in two SDK assemblies gives all three.
        Assert.True(found > 60, $"only {found} types resolved");
        Assert.True(SinkCatalog.ResolveType(compilation, "Microsoft.Extensions.AI.ChatClientExtensions").Length >= 3);
        Assert.True(SinkCatalog.ResolveType(compilation, "Microsoft.Extensions.AI.ChatClientExtensions")[0].Locations[0].IsInSource);
        Assert.Single(SinkCatalog.ResolveType(compilation, "GlobalType+Inner`1"));
        Assert.Empty(SinkCatalog.ResolveType(compilation, "System.Collections.Generic.List"));
    }

    [Fact]
    public void A_type_declared_again_beside_the_core_library_comes_in_the_compilers_order()
    {
        // A referenced library listed before the core library that declares System.Text.StringBuilder again: the
        // compiler's lookup gives this compilation's own type, then the core library's, then the other references'.
        var library = CSharpCompilation.Create(
            "Shim",
            new[] { CSharpSyntaxTree.ParseText("namespace System.Text { public class StringBuilder { } }") },
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
        var compilation = DiscoveryHarness.Compile("namespace System.Text { public class StringBuilder { } }");
        compilation = compilation.WithReferences(new[] { library }.Concat(compilation.References));
        var expected = compilation.GetTypesByMetadataName("System.Text.StringBuilder");
        var actual = SinkCatalog.ResolveType(compilation, "System.Text.StringBuilder");
        Assert.Equal(3, expected.Length);
        Assert.Equal(new[] { "Discovery", compilation.ObjectType.ContainingAssembly.Name, "Shim" }, actual.Select(t => t.ContainingAssembly.Name));
        Assert.True(expected.AsEnumerable().SequenceEqual(actual, SymbolEqualityComparer.Default));
    }

    [Fact]
    public void A_reference_with_an_extern_alias_is_still_searched()
    {
        // An aliased reference is outside the global namespace; the compiler's lookup still finds its types.
        var compilation = DiscoveryHarness.Compile("class C { }");
        var openAi = compilation.References.OfType<PortableExecutableReference>().Single(r => Path.GetFileName(r.FilePath) == "OpenAI.dll");
        var aliased = compilation.ReplaceReference(openAi, openAi.WithAliases(new[] { "oai" }));
        var types = SinkCatalog.ResolveType(aliased, "OpenAI.Chat.SystemChatMessage");
        Assert.Single(types);
        Assert.True(aliased.GetTypesByMetadataName("OpenAI.Chat.SystemChatMessage").AsEnumerable().SequenceEqual(types, SymbolEqualityComparer.Default));
        Assert.Empty(aliased.GlobalNamespace.GetMembers("OpenAI").OfType<INamespaceSymbol>().SelectMany(n => n.GetMembers("Chat")).OfType<INamespaceSymbol>().SelectMany(n => n.GetTypeMembers("SystemChatMessage")));
    }

    [Fact]
    public void Sink_members_answer_as_reading_every_member_of_every_sink_type_would()
    {
        var compilation = DiscoveryHarness.Compile("class C { }");
        var catalog = SinkCatalog.Create(compilation);
        var (methods, properties, roleMembers) = ReadEveryMember(compilation);
        var checkedMembers = 0;
        foreach (var type in SdkSinks.Specs.SelectMany(s => compilation.GetTypesByMetadataName(s.TypeName)).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default))
        {
            foreach (var member in type.GetMembers())
            {
                checkedMembers++;
                switch (member)
                {
                    case IMethodSymbol method:
                        var isSink = catalog.TryGetMethod(method, out var specs);
                        Assert.Equal(methods.TryGetValue(method, out var expected), isSink);
                        if (isSink)
                        {
                            Assert.Equal(expected!, specs);
                        }

                        var hasRole = catalog.TryGetRoleMember(method, out var roleSpec);
                        Assert.True(roleMembers.TryGetValue(method, out var expectedRole) == hasRole, $"{method.ToDisplayString()}: role member {hasRole}");
                        Assert.Same(expectedRole, hasRole ? roleSpec : null);
                        break;
                    case IPropertySymbol property:
                        var isProperty = catalog.TryGetProperty(property, out var propertySpec);
                        Assert.True(properties.TryGetValue(property, out var expectedProperty) == isProperty, $"{property.ToDisplayString()}: sink {isProperty}");
                        Assert.Same(expectedProperty, isProperty ? propertySpec : null);
                        break;
                }
            }
        }

        // Not vacuous: the SDKs' sinks are there, and members that are not sinks were asked about too.
        Assert.True(methods.Count > 60, $"only {methods.Count} sink methods");
        Assert.True(properties.Count > 8, $"only {properties.Count} sink properties");
        Assert.True(roleMembers.Count > methods.Count, "role members cover every overload of a message-creating member");
        Assert.True(checkedMembers > 5 * methods.Count, $"only {checkedMembers} members checked");
    }

    [Fact]
    public void Stand_in_sink_types_without_a_text_parameter_have_no_sinks_and_give_no_role()
    {
        // Declared in source with the SDKs' names, without the text parameter the specs name: no member is a sink, and
        // no overload takes the role of a message-creating member.
        var compilation = CSharpCompilation.Create(
            "StandIns",
            new[]
            {
                CSharpSyntaxTree.ParseText("""
                    namespace OpenAI.Chat
                    {
                        public class UserChatMessage { public UserChatMessage(int content) { } public UserChatMessage(string other, int content) { } }
                        public class ChatMessage
                        {
                            public static ChatMessage CreateSystemMessage(string content) => null!;
                            public static ChatMessage CreateSystemMessage(int parts) => null!;
                            public string CreateUserMessage { get; set; } = "";
                        }
                    }
                    namespace Microsoft.Extensions.AI { public class ChatOptions { public string Instructions { get; set; } = ""; public void Tools(string content) { } } }
                    """),
            },
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var catalog = SinkCatalog.Create(compilation);
        var (methods, properties, roleMembers) = ReadEveryMember(compilation);
        var members = new[] { "OpenAI.Chat.UserChatMessage", "OpenAI.Chat.ChatMessage", "Microsoft.Extensions.AI.ChatOptions" }
            .SelectMany(n => compilation.GetTypeByMetadataName(n)!.GetMembers()).ToList();
        foreach (var method in members.OfType<IMethodSymbol>())
        {
            Assert.Equal(methods.ContainsKey(method), catalog.TryGetMethod(method, out _));
            Assert.Equal(roleMembers.ContainsKey(method), catalog.TryGetRoleMember(method, out _));
        }

        foreach (var property in members.OfType<IPropertySymbol>())
        {
            Assert.Equal(properties.ContainsKey(property), catalog.TryGetProperty(property, out _));
        }

        // The one text overload makes both CreateSystemMessage overloads role members; the constructors taking no text are not.
        Assert.Equal(2, roleMembers.Count);
        Assert.Single(methods);
        Assert.Single(properties);
    }

    [Fact]
    public void A_called_method_is_recognised_through_its_constructed_and_reduced_forms()
    {
        var compilation = DiscoveryHarness.Compile(
            "using Microsoft.Extensions.AI;\nclass C { async System.Threading.Tasks.Task M(IChatClient client) { await client.GetResponseAsync(\"Hi\"); await client.GetResponseAsync<string>(\"Hi\"); } }");
        var catalog = SinkCatalog.Create(compilation);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var calls = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(i => (IMethodSymbol)model.GetSymbolInfo(i).Symbol!).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.NotNull(c.ReducedFrom));
        foreach (var call in calls)
        {
            Assert.True(catalog.TryGetMethod(call, out var specs), call.ToDisplayString());
            Assert.Equal("chatMessage", Assert.Single(specs).Parameter);
            Assert.True(catalog.TryGetRoleMember(call, out var role));
            Assert.Equal(PromptRole.User, role.Role);
        }
    }

    [Fact]
    public void The_listed_role_types_are_the_types_of_the_role_parameters_in_the_referenced_SDKs()
    {
        var compilation = DiscoveryHarness.Compile("class C { }");
        foreach (var spec in SdkSinks.Specs.Where(s => s.RoleParameter is not null))
        {
            var parameterTypes = compilation.GetTypesByMetadataName(spec.TypeName)
                .SelectMany(t => t.GetMembers(spec.Member).OfType<IMethodSymbol>())
                .SelectMany(m => m.Parameters.Where(p => p.Name == spec.RoleParameter))
                .Select(p => p.Type.ContainingNamespace.ToDisplayString() + "." + p.Type.MetadataName)
                .Distinct()
                .ToList();
            Assert.True(parameterTypes.Count > 0, $"{spec.Describe()}: no parameter named {spec.RoleParameter}");
            Assert.Equal(new[] { spec.RoleTypeName }, parameterTypes);
        }

        Assert.Contains("ChatRole", SinkCatalog.Create(compilation).EntryNameList);
        Assert.Contains("AuthorRole", SinkCatalog.Create(compilation).EntryNameList);
    }

    /// <summary>The plain reading: every member of every sink type, in spec order (what the catalog did before it read lazily).</summary>
    private static (Dictionary<IMethodSymbol, SinkSpec[]> Methods, Dictionary<IPropertySymbol, SinkSpec> Properties, Dictionary<IMethodSymbol, SinkSpec> RoleMembers) ReadEveryMember(Compilation compilation)
    {
        var methods = new Dictionary<IMethodSymbol, List<SinkSpec>>(SymbolEqualityComparer.Default);
        var properties = new Dictionary<IPropertySymbol, SinkSpec>(SymbolEqualityComparer.Default);
        var roleMembers = new Dictionary<IMethodSymbol, SinkSpec>(SymbolEqualityComparer.Default);
        foreach (var spec in SdkSinks.Specs.Where(s => s.Member != "op_Implicit"))
        {
            foreach (var type in compilation.GetTypesByMetadataName(spec.TypeName))
            {
                foreach (var member in type.GetMembers(spec.Member))
                {
                    if (spec.Parameter is null && member is IPropertySymbol property)
                    {
                        properties[property] = spec;
                    }
                    else if (spec.Parameter is not null && member is IMethodSymbol method && method.Parameters.Any(p => p.Name == spec.Parameter && p.Type.SpecialType == SpecialType.System_String))
                    {
                        if (!methods.TryGetValue(method, out var list))
                        {
                            methods[method] = list = new List<SinkSpec>();
                        }

                        list.Add(spec);
                        if (spec.RoleSource is RoleSource.Fixed or RoleSource.FromRoleArgument)
                        {
                            foreach (var overload in type.GetMembers(spec.Member).OfType<IMethodSymbol>())
                            {
                                roleMembers.TryAdd(overload, spec);
                            }
                        }
                    }
                }
            }
        }

        var frozen = new Dictionary<IMethodSymbol, SinkSpec[]>(SymbolEqualityComparer.Default);
        foreach (var pair in methods)
        {
            frozen[pair.Key] = pair.Value.ToArray();
        }

        return (frozen, properties, roleMembers);
    }

    private static string Describe(INamedTypeSymbol type) => type.ToDisplayString() + " in " + type.ContainingAssembly.Name;
}
