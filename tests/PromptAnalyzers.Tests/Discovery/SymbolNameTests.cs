using Microsoft.CodeAnalysis.CSharp;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>The in-place name checks that replace <c>ToDisplayString()</c> comparisons and eager type lookups.</summary>
public sealed class SymbolNameTests
{
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "t",
        new[]
        {
            CSharpSyntaxTree.ParseText("""
                namespace System.Text.Json { public class Reader { } }
                namespace Text.Json { public class Reader { } }
                namespace Acme { public class Hub { } public class Hub<T> : Hub { } public class ChatHub : Hub<string> { } public class Console { } }
                public class Global { }
                """),
        });

    [Theory]
    [InlineData("System.Text.Json.Reader", "System.Text.Json", true)]
    [InlineData("System.Text.Json.Reader", "System.Text", false)]
    [InlineData("System.Text.Json.Reader", "Text.Json", false)]
    [InlineData("System.Text.Json.Reader", "Json", false)]
    [InlineData("System.Text.Json.Reader", "XSystem.Text.Json", false)]
    [InlineData("Text.Json.Reader", "System.Text.Json", false)]
    [InlineData("Text.Json.Reader", "Text.Json", true)]
    [InlineData("Global", "Global", false)]
    public void Namespace_is_compared_segment_by_segment(string type, string ns, bool expected)
        => Assert.Equal(expected, NamespaceNames.Is(Compilation.GetTypeByMetadataName(type)!.ContainingNamespace, ns));

    [Fact]
    public void Known_type_matches_its_symbol_and_generic_definition_only()
    {
        var hub = new KnownType(Compilation, "Acme.Hub`1");
        var chatHub = Compilation.GetTypeByMetadataName("Acme.ChatHub")!;

        Assert.True(hub.Is(chatHub.BaseType));
        Assert.True(hub.IsBaseOf(chatHub));
        Assert.False(hub.Is(Compilation.GetTypeByMetadataName("Acme.Hub")));
        Assert.False(new KnownType(Compilation, "Acme.Hub").Is(chatHub.BaseType));
        Assert.True(new KnownType(Compilation, "Acme.Hub").IsBaseOf(chatHub));
    }

    [Fact]
    public void Known_type_of_another_namespace_with_the_same_name_is_not_it()
    {
        var console = new KnownType(Compilation, "System.Console");

        Assert.False(console.Is(Compilation.GetTypeByMetadataName("Acme.Console")));
        Assert.Null(console.Symbol); // this compilation references no System.Console
        Assert.True(new KnownType(Compilation, "Acme.Console").Is(Compilation.GetTypeByMetadataName("Acme.Console")));
    }
}
