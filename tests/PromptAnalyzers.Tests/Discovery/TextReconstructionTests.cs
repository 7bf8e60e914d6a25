using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>The text that reaches the model is rebuilt through every construction the code uses; unknowns are holes.</summary>
public sealed class TextReconstructionTests
{
    private static PromptSite SystemSite(string body, string members = "")
    {
        var sites = DiscoveryHarness.Sites($$"""
            using System.Text;
            using Microsoft.Extensions.AI;
            public static class Bot
            {
            {{members}}
                public static ChatMessage Build(string userName, int count)
                {
            {{body}}
                }
            }
            """);
        Assert.True(sites.Length == 1, $"Expected one site, found {sites.Length}: " + string.Join(" | ", sites.Select(s => s.Text.Render())));
        return sites[0];
    }

    [Fact]
    public void Verbatim_and_raw_literals()
    {
        Assert.Equal("Line one\nLine \"two\"", SystemSite("return new ChatMessage(ChatRole.System, @\"Line one\nLine \"\"two\"\"\");").Text.Render());
        var raw = SystemSite("""
                    return new ChatMessage(ChatRole.System, \"\"\"
                        You are terse.
                          Keep indentation.
                        \"\"\");
            """.Replace("\\\"", "\""));
        Assert.Equal("You are terse.\n  Keep indentation.", raw.Text.Render());
    }

    [Fact]
    public void Interpolation_keeps_holes_and_formats_constants()
    {
        var site = SystemSite("""
                    const int limit = 80;
                    return new ChatMessage(ChatRole.System, $"Hello {userName}, answer in {limit} words. Items: {count}.");
            """);
        Assert.Equal("Hello {…}, answer in 80 words. Items: {…}.", site.Text.Render());
        Assert.Equal(2, site.Text.HoleCount);
    }

    [Fact]
    public void Const_and_static_readonly_fields_with_the_literal_as_additional_location()
    {
        var site = SystemSite(
            "return new ChatMessage(ChatRole.System, Persona + Rules);",
            """
                private const string Persona = "You are Ada. ";
                private static readonly string Rules = "Never reveal secrets." + " " + "Be kind.";
            """);
        Assert.Equal("You are Ada. Never reveal secrets. Be kind.", site.Text.Render());
        Assert.True(site.Text.IsFullyStatic);
        Assert.Equal(4, site.AdditionalLocations().Length);
    }

    [Fact]
    public void A_conditional_between_two_prompts_is_read_as_the_longer_one()
    {
        var site = SystemSite("""
                    var prompt = count > 1
                        ? $"You are the shop assistant. Greet {userName}."
                        : $"Bạn là trợ lý của cửa hàng. Hãy chào {userName} thật thân thiện.";
                    return new ChatMessage(ChatRole.System, prompt);
            """);
        Assert.Equal("Bạn là trợ lý của cửa hàng. Hãy chào {…} thật thân thiện.", site.Text.Render());

        var first = SystemSite("""return new ChatMessage(ChatRole.System, count > 1 ? "You are the shop assistant of Contoso." : "Be brief.");""");
        Assert.Equal("You are the shop assistant of Contoso.", first.Text.Render());
    }

    [Fact]
    public void Mutable_fields_are_holes()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public static class Bot
            {
                public static string Persona = "You are Ada.";
                public static ChatMessage Build() => new ChatMessage(ChatRole.System, Persona);
            }
            """);
        Assert.Empty(sites);
    }

    [Fact]
    public void Locals_with_compound_assignment_in_order()
    {
        var site = SystemSite("""
                    var prompt = "You are a tutor.";
                    prompt += " Ask one question at a time.";
                    prompt += $" The student is {userName}.";
                    return new ChatMessage(ChatRole.System, prompt);
            """);
        Assert.Equal("You are a tutor. Ask one question at a time. The student is {…}.", site.Text.Render());
    }

    [Fact]
    public void Conditional_appends_are_holes_not_guesses()
    {
        var site = SystemSite("""
                    var prompt = "You are a tutor.";
                    if (count > 3)
                    {
                        prompt += " Be patient.";
                    }

                    return new ChatMessage(ChatRole.System, prompt);
            """);
        Assert.Equal("You are a tutor.{…}", site.Text.Render());
    }

    [Fact]
    public void A_local_written_in_branches_reads_as_its_richest_text()
    {
        // a cached copy or the text built here, in one of two languages: the richest text stands for all
        var site = SystemSite("""
                    var info = "";
                    var cached = userName.Length > 40 ? userName : null;
                    if (cached != null)
                    {
                        info = cached;
                    }
                    else if (count > 1)
                    {
                        info = "Store: Trinity Hobby Shop. Hotline: +84 912 202 605. Open 8:00-21:00 daily.";
                    }
                    else
                    {
                        info = "Cửa hàng: Trinity Hobby Shop.";
                    }

                    return new ChatMessage(ChatRole.System, info);
            """);
        Assert.Equal("Store: Trinity Hobby Shop. Hotline: +84 912 202 605. Open 8:00-21:00 daily.", site.Text.Render());
    }

    [Fact]
    public void Reassignment_after_use_is_ignored_and_before_use_replaces()
    {
        var site = SystemSite("""
                    var prompt = "Draft.";
                    prompt = "You are a chef.";
                    var message = new ChatMessage(ChatRole.System, prompt);
                    prompt = "Unrelated.";
                    return message;
            """);
        Assert.Equal("You are a chef.", site.Text.Render());
    }

    [Fact]
    public void String_Format_Concat_and_Join()
    {
        Assert.Equal("Hello {…}, you have 3 items.", SystemSite("return new ChatMessage(ChatRole.System, string.Format(\"Hello {0}, you have {1} items.\", userName, 3));").Text.Render());
        Assert.Equal("A-B-{…}", SystemSite("return new ChatMessage(ChatRole.System, string.Concat(\"A-\", \"B-\", userName));").Text.Render());
        Assert.Equal("Be kind.\nBe brief.", SystemSite("return new ChatMessage(ChatRole.System, string.Join(\"\\n\", \"Be kind.\", \"Be brief.\"));").Text.Render());
        Assert.Equal("x, y", SystemSite("return new ChatMessage(ChatRole.System, string.Join(\", \", new[] { \"x\", \"y\" }));").Text.Render());
    }

    [Fact]
    public void StringBuilder_sequences_ending_in_ToString()
    {
        var site = SystemSite("""
                    var sb = new StringBuilder("You are a guide.");
                    sb.AppendLine();
                    sb.Append("Rules:").AppendLine(" be safe.");
                    sb.AppendFormat("User: {0}", userName);
                    for (var i = 0; i < count; i++)
                    {
                        sb.Append("More.");
                    }

                    return new ChatMessage(ChatRole.System, sb.ToString());
            """);
        Assert.Equal("You are a guide.\nRules: be safe.\nUser: {…}{…}", site.Text.Render());
    }

    [Fact]
    public void Trim_applies_to_static_edges()
    {
        Assert.Equal("Be terse.", SystemSite("return new ChatMessage(ChatRole.System, \"  Be terse.  \".Trim());").Text.Render());
    }

    [Fact]
    public void Coalesce_fallback_literal_is_the_static_text()
    {
        var site = SystemSite("return new ChatMessage(ChatRole.System, System.Environment.GetEnvironmentVariable(\"PROMPT\") ?? \"You are a default assistant.\");");
        Assert.Equal("You are a default assistant.", site.Text.Render());
    }

    [Fact]
    public void Only_holes_is_not_a_site()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public static class Bot
            {
                public static ChatMessage Build(string text) => new ChatMessage(ChatRole.User, text);
                public static ChatMessage Build2(string a, string b) => new ChatMessage(ChatRole.User, a + b);
            }
            """));
    }

    [Fact]
    public void Getter_only_properties_with_static_text_are_followed()
    {
        var site = SystemSite("return new ChatMessage(ChatRole.System, Persona);", "    private static string Persona => \"You are Ada.\";");
        Assert.Equal("You are Ada.", site.Text.Render());
    }

    [Fact]
    public void A_method_with_several_returns_reads_as_its_richest_return()
    {
        var site = SystemSite(
            "return new ChatMessage(ChatRole.System, Instructions(userName));",
            """
                private const string Rules = "You answer questions about labour law.";
                private static string Instructions(string topic)
                {
                    var articles = topic.Length > 3 ? topic.ToUpperInvariant() : "";
                    if (string.IsNullOrWhiteSpace(articles))
                        return Rules;
                    return Rules + "\nUse these articles:\n" + articles;
                }
            """);
        Assert.Equal("You answer questions about labour law.\nUse these articles:\n{…}", site.Text.Render());
        Assert.Equal(1, site.Text.HoleCount);
    }

    [Fact]
    public void An_awaited_helper_that_returns_the_prompt_and_a_try_block_are_followed()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Text;
            using Microsoft.Extensions.AI;
            public sealed class Tutor(IChatClient chat)
            {
                public async Task<ChatResponse> AskAsync(string question)
                {
                    var context = await ContextAsync();
                    var rules = await RulesAsync(question.Length);
                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, context + rules), new ChatMessage(ChatRole.User, question)]);
                }

                private Task<string> ContextAsync()
                {
                    var builder = new StringBuilder();
                    try
                    {
                        builder.AppendLine("Courses are free for the first month.");
                    }
                    catch (InvalidOperationException)
                    {
                        builder.AppendLine("No context.");
                    }

                    return Task.FromResult(builder.ToString());
                }

                private static async Task<string> RulesAsync(int length)
                {
                    await Task.Yield();
                    return length > 100 ? "Answer at length." : "Answer briefly.";
                }
            }
            """);
        // the helper's conditional return reads as its longer branch
        Assert.Equal(new[] { "Courses are free for the first month.\n{…}Answer at length." }, sites.Select(s => s.Text.Render()).ToArray());
    }

    [Fact]
    public void A_helper_that_returns_a_cached_copy_first_reads_as_the_text_it_builds()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            public sealed class ShopBot(IChatClient chat)
            {
                private static string? _cached;

                public async Task<ChatResponse> AskAsync(string question)
                {
                    var info = await StoreInfoAsync();
                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, info), new ChatMessage(ChatRole.User, question)]);
                }

                private static async Task<string> StoreInfoAsync()
                {
                    if (_cached != null)
                    {
                        return _cached;
                    }

                    await Task.Yield();
                    var info = "Trinity Hobby Shop. Hotline: +84 912 202 605. Open 8:00-21:00.";
                    _cached = info;
                    return info;
                }
            }
            """);
        Assert.Equal(new[] { "Trinity Hobby Shop. Hotline: +84 912 202 605. Open 8:00-21:00." }, sites.Select(s => s.Text.Render()).ToArray());
    }

    [Fact]
    public void Const_cycles_and_self_references_terminate()
    {
        var compilation = DiscoveryHarness.Compile("""
            using Microsoft.Extensions.AI;
            public static class Bot
            {
                private const string A = B + "x";
                private const string B = A + "y";
                private static readonly string C = C + "z";
                public static ChatMessage Build() => new ChatMessage(ChatRole.System, A + C);
            }
            """);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0110");
        // Discovery over broken code must terminate without throwing (the harness would reject the compile error, so
        // run it directly): the cycle becomes holes, and the site has no static text to report.
        var discovery = PromptAnalyzers.Discovery.PromptDiscovery.For(compilation);
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == "/src/File0.cs");
        var creation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Single();
        var operation = compilation.GetSemanticModel(tree).GetOperation(creation)!;
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty);
        var sites = discovery.FindSites(operation, PromptAnalyzers.Options.PromptAnalyzersOptions.For(options, tree), CancellationToken.None);
        Assert.All(sites, s => Assert.DoesNotContain("x", s.Text.Render(), StringComparison.Ordinal));
    }
}
