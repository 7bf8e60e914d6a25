using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

public sealed class SinkCatalogReuseTests
{
    [Fact]
    public void A_catalog_reused_across_keystroke_compilations_still_finds_the_sites()
    {
        var first = DiscoveryHarness.Compile("using Microsoft.Extensions.AI;\nclass A { ChatMessage M() => new ChatMessage(ChatRole.System, \"You are A.\"); }");
        var second = first.ReplaceSyntaxTree(
            first.SyntaxTrees.First(),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using Microsoft.Extensions.AI;\nclass A { ChatMessage M() => new ChatMessage(ChatRole.System, \"You are B.\"); }", path: "/src/File0.cs"));

        var firstCatalog = PromptDiscovery.For(first).Catalog;
        var secondCatalog = PromptDiscovery.For(second).Catalog;
        Assert.Same(firstCatalog, secondCatalog);

        var tree = second.SyntaxTrees.First(t => t.FilePath == "/src/File0.cs");
        var creation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Single();
        var operation = second.GetSemanticModel(tree).GetOperation(creation)!;
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty);
        var site = Assert.Single(PromptDiscovery.For(second).FindSites(operation, PromptAnalyzers.Options.PromptAnalyzersOptions.For(options, tree), CancellationToken.None));
        Assert.Equal("You are B.", site.Text.Render());
    }

    [Fact]
    public void A_keystroke_that_declares_an_SDK_type_name_in_source_gets_its_own_catalog()
    {
        var first = DiscoveryHarness.Compile("using Microsoft.Extensions.AI;\nclass A { ChatMessage M() => new ChatMessage(ChatRole.System, \"You are A.\"); }");
        var firstCatalog = PromptDiscovery.For(first).Catalog;

        // The user types a stand-in with an SDK type's full name: it now resolves to source, so the shared catalog is wrong.
        var second = first.ReplaceSyntaxTree(
            first.SyntaxTrees.First(),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace OpenAI.Chat { public class SystemChatMessage { public SystemChatMessage(string content) { } } }\nclass A { object M() => new OpenAI.Chat.SystemChatMessage(\"You are B.\"); }", path: "/src/File0.cs"));
        var secondCatalog = PromptDiscovery.For(second).Catalog;
        Assert.NotSame(firstCatalog, secondCatalog);
        Assert.True(secondCatalog.HasSourceTypes);

        // A keystroke that only adds a type whose simple name is an SDK name in another namespace keeps the shared one.
        var third = first.ReplaceSyntaxTree(
            first.SyntaxTrees.First(),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using Microsoft.Extensions.AI;\nnamespace Mine { public class SystemChatMessage { } }\nclass A { ChatMessage M() => new ChatMessage(ChatRole.System, \"You are C.\"); }", path: "/src/File0.cs"));
        Assert.Same(firstCatalog, PromptDiscovery.For(third).Catalog);
    }

    [Fact]
    public void The_Semantic_Kernel_arguments_type_is_the_new_compilations_own_whether_the_catalog_is_reused_or_not()
    {
        const string KernelArguments = "Microsoft.SemanticKernel.KernelArguments";
        var first = DiscoveryHarness.Compile("using Microsoft.SemanticKernel;\nclass A { object M(Kernel k) => k.InvokePromptAsync(\"Hello {{$name}}\"); }");
        var firstCatalog = PromptDiscovery.For(first).Catalog;
        Assert.NotNull(firstCatalog.KernelArgumentsType);

        // A keystroke: the catalog is reused, and its KernelArguments is the symbol the new compilation resolves.
        var second = first.ReplaceSyntaxTree(first.SyntaxTrees.First(), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using Microsoft.SemanticKernel;\nclass A { object M(Kernel k) => k.InvokePromptAsync(\"Hi {{$name}}\"); }", path: "/src/File0.cs"));
        Assert.Same(firstCatalog, PromptDiscovery.For(second).Catalog);
        Assert.Same(second.GetTypeByMetadataName(KernelArguments), PromptDiscovery.For(second).Catalog.KernelArgumentsType);

        // A stand-in declared in source is a source type: its own catalog, with the source type, as the lookup answers.
        var standIn = DiscoveryHarness.Compile("namespace Microsoft.SemanticKernel { public sealed class KernelArguments { } }");
        var catalog = PromptDiscovery.For(standIn).Catalog;
        Assert.True(catalog.HasSourceTypes);
        Assert.Same(standIn.GetTypeByMetadataName(KernelArguments), catalog.KernelArgumentsType);
    }

    [Theory]
    [InlineData("OpenAI.Chat.SystemChatMessage", "SystemChatMessage")]
    [InlineData("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "ChatHistory")]
    [InlineData("Outer+Inner`2", "Inner")]
    [InlineData("Plain", "Plain")]
    public void Simple_names_of_catalog_types_drop_namespace_container_and_arity(string metadataName, string expected)
        => Assert.Equal(expected, SinkCatalogCache.SimpleName(metadataName));
}
