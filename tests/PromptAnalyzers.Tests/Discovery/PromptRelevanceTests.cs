using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The prompt rules bind only documents whose text can hold a prompt (<see cref="PromptRelevance"/>). These tests put the
/// pieces of a prompt in separate files, where one file alone names nothing from an SDK, and check the prompt is still
/// found; and that ordinary files are left alone.
/// </summary>
public sealed class PromptRelevanceTests
{
    private static DiagnosticResult Estimate(int location) => new DiagnosticResult("PA2001", DiagnosticSeverity.Info).WithLocation(location);

    private static async Task RunAsync(string? editorConfig, DiagnosticResult[] expected, params string[] sources)
    {
        var test = new AnalyzerVerifier<PromptCostAnalyzer>.Test();
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", sources[i]));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_prompt_passed_through_two_helpers_in_files_that_name_no_SDK_is_found()
    {
        await RunAsync(
            null,
            new[] { Estimate(0), Estimate(1) },
            """
            namespace App;
            public static class Greeter
            {
                public static System.Threading.Tasks.Task<string> Run() => Support.AskSupport({|#0:"You are a friendly support agent for Contoso."|});
            }
            """,
            """
            namespace App;
            public static class Support
            {
                public static System.Threading.Tasks.Task<string> AskSupport(string instructions) => Llm.Ask(instructions, {|#1:"Hello, I need help."|});
            }
            """,
            """
            using Microsoft.Extensions.AI;
            namespace App;
            public static class Llm
            {
                public static IChatClient Client = null!;

                public static async System.Threading.Tasks.Task<string> Ask(string system, string user)
                {
                    var response = await Client.GetResponseAsync(new[] { new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user) });
                    return response.Text;
                }
            }
            """);
    }

    [Fact]
    public async Task A_global_alias_of_an_SDK_type_makes_the_files_using_it_relevant()
    {
        await RunAsync(
            null,
            new[] { Estimate(0) },
            "global using SysMsg = OpenAI.Chat.SystemChatMessage;",
            """
            namespace App;
            public static class Prompts
            {
                public static object Create() => new SysMsg({|#0:"You are terse and precise."|});
            }
            """);
    }

    [Fact]
    public async Task Text_converted_into_an_SDK_message_by_a_method_that_accepts_messages_is_found()
    {
        // The file names CompleteChat only: string -> OpenAI ChatMessage is an implicit conversion.
        await RunAsync(
            null,
            new[] { Estimate(0) },
            "namespace App; public static class Clients { public static OpenAI.Chat.ChatClient Main = null!; }",
            """
            namespace App;
            public static class Summary
            {
                public static void Run() => Clients.Main.CompleteChat({|#0:"Summarise the meeting notes in three bullet points."|});
            }
            """);
    }

    [Fact]
    public async Task A_declared_prompt_method_called_from_a_file_without_SDK_names_is_found()
    {
        await RunAsync(
            "prompt_analyzers.prompt_methods = App.MyLlm.Send(prompt)\n",
            new[] { Estimate(0) },
            "namespace App; public static class MyLlm { public static void Send(string prompt) { } }",
            """
            namespace App;
            public static class Caller
            {
                public static void Run() => MyLlm.Send({|#0:"You are a careful translator."|});
            }
            """);
    }

    [Fact]
    public async Task Text_added_to_a_field_holding_SDK_messages_is_found_in_a_member_that_names_no_SDK_type()
    {
        // The method names only _history and Add; the field's declaration names the message type.
        await RunAsync(
            null,
            new[] { Estimate(0) },
            """
            using System.Collections.Generic;
            namespace App;
            public sealed class Conversation
            {
                private readonly List<OpenAI.Chat.ChatMessage> _history = new();

                public int Count(int x) => x + 1;

                public void Start() => _history.Add({|#0:"Please summarise our last conversation."|});
            }
            """);
    }

    [Fact]
    public async Task Target_typed_messages_that_name_only_their_role_are_found()
    {
        // Seen in the Agent Framework's tests: the member names ChatRole and nothing else from the SDK.
        await RunAsync(
            null,
            new[] { Estimate(0), Estimate(1) },
            "namespace App; public sealed class Turns { public System.Collections.Generic.List<Microsoft.Extensions.AI.ChatMessage> Items { get; } = new(); }",
            """
            using Microsoft.Extensions.AI;
            namespace App;
            public static class Conversation
            {
                public static void Fill(Turns turns)
                {
                    turns.Items.AddRange(
                    [
                        new(ChatRole.User, {|#0:"Hello, what is the weather?"|}),
                        new(ChatRole.Assistant, {|#1:"It is sunny."|}),
                    ]);
                }
            }
            """);
    }

    [Fact]
    public async Task A_file_alias_of_an_SDK_type_makes_the_members_using_it_relevant()
    {
        await RunAsync(
            null,
            new[] { Estimate(0) },
            """
            using Msg = OpenAI.Chat.SystemChatMessage;
            namespace App;
            public static class Prompts
            {
                public static object Create() => new Msg({|#0:"You answer in French."|});
            }
            """);
    }

    [Fact]
    public void Ordinary_files_are_not_relevant_and_sdk_helper_and_caller_files_are()
    {
        var compilation = DiscoveryHarness.Compile(
            "namespace App; public static class Orders { public static string Describe(string id) => \"Order \" + id.Trim(); }",
            "using Microsoft.Extensions.AI;\nnamespace App; public static class Llm { public static IChatClient C = null!; public static System.Threading.Tasks.Task<ChatResponse> Ask(string p) => C.GetResponseAsync(p); }",
            "namespace App; public static class Caller { public static object Run() => Llm.Ask(\"You are brief.\"); }");
        var discovery = PromptDiscovery.For(compilation);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        bool Relevant(string path)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            return discovery.IsRelevantTree(tree, PromptAnalyzersOptions.For(options, tree), CancellationToken.None);
        }

        Assert.False(Relevant("/src/File0.cs"));
        Assert.True(Relevant("/src/File1.cs"));
        Assert.True(Relevant("/src/File2.cs"));
    }

    [Fact]
    public void Posting_by_hand_is_relevant_only_next_to_a_request_schema_name()
    {
        var compilation = DiscoveryHarness.Compile(
            // Posts an order: no request-schema member name.
            "using System.Net.Http.Json; namespace App; public static class Orders { public static object Save(System.Net.Http.HttpClient http, string id) => http.PostAsJsonAsync(\"api/orders\", new { id, total = 12 }); }",
            // A client that posts whatever it is given, and a caller that hands it a chat request.
            "using System.Net.Http.Json; namespace App; public sealed class Client(System.Net.Http.HttpClient http) { public object Send(object body) => http.PostAsJsonAsync(\"v1/chat/completions\", body); }",
            "namespace App; public static class Chat { public static object Run(Client client) => client.Send(new { messages = new[] { new { role = \"system\", content = \"You are brief.\" } } }); }",
            // Names a schema member but posts nothing.
            "namespace App; public sealed class Inbox { public string[] Messages { get; set; } = []; }");
        var discovery = PromptDiscovery.For(compilation);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        bool Relevant(string path)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            return discovery.IsRelevantTree(tree, PromptAnalyzersOptions.For(options, tree), CancellationToken.None);
        }

        Assert.False(Relevant("/src/File0.cs"));
        Assert.False(Relevant("/src/File1.cs"));
        Assert.True(Relevant("/src/File2.cs"));
        Assert.False(Relevant("/src/File3.cs"));
    }

    [Theory]
    [InlineData("GetResponseAsync", true)]
    [InlineData("ChatMessage", true)]
    [InlineData("TextContent", true)]
    [InlineData("CompleteChat", true)]
    [InlineData("AddSystemMessage", true)]
    [InlineData("Orders", false)]
    [InlineData("Trim", false)]
    public void The_catalog_entry_names_cover_sinks_conversions_and_the_methods_that_accept_them(string name, bool expected)
    {
        var catalog = PromptDiscovery.For(DiscoveryHarness.Compile("class C { }")).Catalog;
        Assert.Equal(expected, catalog.EntryNames.Contains(IdentifierIndex.Hash(name)));
    }

    [Fact]
    public void The_identifier_scan_reads_names_and_skips_numbers()
    {
        var text = new string(' ', 8190) + "GetResponseAsync(42, x1, @verbatim, Überprüfung, 0x1F)";
        var hashes = IdentifierIndex.Scan(text, 0, text.Length, CancellationToken.None);
        Assert.Contains(IdentifierIndex.Hash("GetResponseAsync"), hashes);
        Assert.Contains(IdentifierIndex.Hash("x1"), hashes);
        Assert.Contains(IdentifierIndex.Hash("verbatim"), hashes);
        Assert.Contains(IdentifierIndex.Hash("Überprüfung"), hashes);
        Assert.DoesNotContain(IdentifierIndex.Hash("42"), hashes);
        Assert.DoesNotContain(IdentifierIndex.Hash("x1F"), hashes);
        Assert.Equal(4, hashes.Length);
    }

    [Theory]
    [InlineData("using System;", false)]
    [InlineData("var s = System.Environment.NewLine;", false)]
    [InlineData("if (System == other) { }", false)]
    [InlineData("Func<int> System => () => 1;", false)]
    [InlineData("new GenerateRequest { System = \"You are terse.\" }", true)]
    [InlineData("request.System\t= prompt;", true)]
    public void Property_sinks_with_common_names_match_only_where_they_are_assigned(string code, bool expected)
    {
        var hashes = IdentifierIndex.Scan(code, 0, code.Length, CancellationToken.None);
        Assert.Equal(expected, IdentifierIndex.Intersects(hashes, new[] { IdentifierIndex.AssignedHash("System") }));
        Assert.Equal(code.Contains("System", StringComparison.Ordinal), hashes.Contains(IdentifierIndex.Hash("System")));
    }

    [Fact]
    public void Common_words_reach_the_entry_names_only_in_their_assigned_form()
    {
        var catalog = PromptDiscovery.For(DiscoveryHarness.Compile("class C { }")).Catalog;
        foreach (var word in new[] { "System", "Text", "Content", "Prompt", "Template" })
        {
            Assert.False(catalog.EntryNames.Contains(IdentifierIndex.Hash(word)), word);
        }

        Assert.True(catalog.EntryNames.Contains(IdentifierIndex.AssignedHash("Instructions")));
        Assert.DoesNotContain("Equals", catalog.EntryNameList);
    }
}
