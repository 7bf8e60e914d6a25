using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The IDE makes a new compilation per keystroke; <see cref="PromptRelevance"/> carries the previous snapshot's answer over
/// when the replaced trees are equivalent. Each test edits a project step by step, as typing would, and checks after every
/// step that the answer the analyzers get is the one computed from every tree, and that it was carried over only where the
/// edit cannot change it.
/// </summary>
public sealed class PromptRelevanceReuseTests
{
    private const string Ordinary = "namespace App; public static class Orders { public static string Describe(string id) => \"Order \" + id.Trim(); }";
    private const string Llm = "using Microsoft.Extensions.AI;\nnamespace App; public static class Llm { public static IChatClient C = null!; public static System.Threading.Tasks.Task<ChatResponse> Ask(string p) => C.GetResponseAsync(p); }";
    private const string Caller = "namespace App; public static class Caller\n{\n    // Greets.\n    public static object Run() => Llm.Ask(\"You are brief.\");\n}";
    private const string Poster = "using System.Net.Http.Json; namespace App; public static class Orders { public static object Save(System.Net.Http.HttpClient http, string id) => http.PostAsJsonAsync(\"api/orders\", new { id, total = 12 }); }";
    private const string Alias = "global using SysMsg = OpenAI.Chat.SystemChatMessage;";
    private const string AliasUser = "namespace App; public static class Prompts { public static object Create() => new SysMsg(\"You are terse.\"); }";

    /// <summary>
    /// A project being edited. Only the current snapshot is kept, and a full collection runs before the next one is analysed:
    /// the IDE drops the previous snapshot and its analysis (the driver's compilation, our discovery) long before it is done.
    /// </summary>
    private sealed class Session
    {
        public Session(params string[] sources)
        {
            Current = DiscoveryHarness.Compile(sources);
            Check();
        }

        public Compilation Current { get; private set; }

        public PromptRelevance Relevance { get; private set; } = null!;

        /// <summary>Whether the last edit's answer was carried over from the snapshot before it.</summary>
        public bool CarriedOver { get; private set; }

        /// <summary>Replaces <paramref name="find"/> with <paramref name="replacement"/> in each named file at once (one snapshot).</summary>
        public Session Edit(params (int File, string Find, string Replacement)[] edits)
        {
            var compilation = Current;
            foreach (var (file, find, replacement) in edits)
            {
                var tree = compilation.SyntaxTrees.Single(t => t.FilePath == $"/src/File{file}.cs");
                var text = tree.GetText();
                var start = text.ToString().IndexOf(find, StringComparison.Ordinal);
                Assert.True(start >= 0, $"'{find}' is not in File{file}.cs");
                var changed = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(start, find.Length), replacement)));
                compilation = compilation.ReplaceSyntaxTree(tree, changed);
            }

            Current = compilation;
            var previous = Relevance.Id;
            Relevance = null!;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Check();
            CarriedOver = Relevance.Id == previous || Relevance.ReusedFrom == previous;
            return this;
        }

        public bool IsRelevant(int file) => Relevance.RelevantTrees.Any(t => t.FilePath == $"/src/File{file}.cs");

        /// <summary>The answer the analyzers get, checked against the one computed from every tree.</summary>
        private PromptRelevance Check()
        {
            var discovery = PromptDiscovery.For(Current);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var first = Current.SyntaxTrees.First();
            discovery.IsRelevantTree(first, PromptAnalyzersOptions.For(options, first), CancellationToken.None);
            Relevance = discovery.ComputedRelevance!;
            var fresh = PromptRelevance.ComputeFromEveryTree(Current.SyntaxTrees.ToArray(), discovery.Catalog, PromptDiscovery.MaxHelperDepth, CancellationToken.None);
            Assert.Equal(0, fresh.ReusedFrom);
            Assert.Equal(Paths(fresh), Paths(Relevance));
            Assert.Equal(fresh.Names.Hashes, Relevance.Names.Hashes);
            Assert.Equal(fresh.PostingMethodNames.Hashes, Relevance.PostingMethodNames.Hashes);
            return Relevance;
        }

        private static string[] Paths(PromptRelevance relevance) => relevance.RelevantTrees.Select(t => t.FilePath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Typing_in_a_comment_a_prompt_or_an_ordinary_statement_carries_the_answer_over()
    {
        var session = new Session(Ordinary, Llm, Caller);
        Assert.True(session.IsRelevant(2));

        Assert.True(session.Edit((2, "// Greets.", "// Greets the user.")).CarriedOver);
        Assert.True(session.Edit((2, "You are brief.", "You are brief and polite.")).CarriedOver);
        Assert.True(session.Edit((0, "id.Trim()", "id.Trim().ToUpperInvariant()")).CarriedOver);

        // Two files in one snapshot (a rename's or a formatter's edit).
        Assert.True(session.Edit((0, "Order ", "Order #"), (2, "// Greets the user.", "// Greets the user warmly.")).CarriedOver);
        Assert.True(session.IsRelevant(2));
        Assert.False(session.IsRelevant(0));
    }

    [Fact]
    public void Naming_a_helper_for_the_first_time_makes_the_file_relevant_and_removing_the_call_makes_it_ordinary_again()
    {
        var session = new Session(Ordinary, Llm, Caller);
        Assert.False(session.IsRelevant(0));

        Assert.False(session.Edit((0, "id.Trim()", "id.Trim() + Llm.Ask(id)")).CarriedOver);
        Assert.True(session.IsRelevant(0));

        // Carried over from the first snapshot, which is still alive and equivalent, if from any.
        Assert.False(session.Edit((0, " + Llm.Ask(id)", "")).CarriedOver);
        Assert.False(session.IsRelevant(0));
    }

    [Fact]
    public void Renaming_or_adding_a_helper_method_is_not_carried_over()
    {
        var session = new Session(Ordinary, Llm, Caller);

        // The helper's new name is not named by the caller: the caller is no longer relevant.
        Assert.False(session.Edit((1, "Ask(string p)", "AskModel(string p)")).CarriedOver);
        Assert.False(session.IsRelevant(2));
        Assert.False(session.Edit((1, "AskModel(string p)", "Ask(string p)")).CarriedOver);
        Assert.True(session.IsRelevant(2));

        // A new method in the ordinary file that passes its parameter on to the helper makes the file a helper's home.
        Assert.False(session.Edit((0, "public static string Describe", "public static object Remind(string note) => Llm.Ask(note); public static string Describe")).CarriedOver);
        Assert.True(session.IsRelevant(0));

        // Typing in that method's body keeps it a helper: carried over.
        Assert.True(session.Edit((0, "Llm.Ask(note)", "Llm.Ask(note + \"!\")")).CarriedOver);
    }

    [Fact]
    public void Moving_a_call_into_a_method_that_takes_parameters_is_not_carried_over()
    {
        // The file names the same things before and after; only which method names the helper changes.
        var session = new Session(
            Llm,
            "namespace App; public static class Relay { public static object Run() => Llm.Ask(\"Hi.\"); public static object Echo(string s) => s; }",
            "namespace App; public static class Uses { public static object Go(string id) => Relay.Echo(id); }");
        Assert.False(session.IsRelevant(2));

        Assert.False(session.Edit((1, "Llm.Ask(\"Hi.\")", "\"Hi.\""), (1, "=> s;", "=> Llm.Ask(s);")).CarriedOver);
        Assert.True(session.IsRelevant(2));
    }

    [Fact]
    public void A_global_alias_made_file_local_is_not_carried_over()
    {
        var session = new Session(Alias, AliasUser);
        Assert.True(session.IsRelevant(1));

        // Same identifiers, but the alias no longer reaches the other file.
        Assert.False(session.Edit((0, "global using", "using")).CarriedOver);
        Assert.False(session.IsRelevant(1));
    }

    [Fact]
    public void A_request_schema_name_next_to_a_posting_call_is_not_carried_over()
    {
        // Posting an order is not posting a prompt, until the body has a request schema's member.
        var session = new Session(Poster);
        Assert.False(session.IsRelevant(0));

        Assert.False(session.Edit((0, "new { id, total = 12 }", "new { input = id, total = 12 }")).CarriedOver);
        Assert.True(session.IsRelevant(0));
        Assert.True(session.Edit((0, "api/orders", "api/order")).CarriedOver);
        Assert.True(session.IsRelevant(0));
    }

    [Fact]
    public void An_equal_catalog_built_again_for_the_same_references_still_carries_the_answer_over()
    {
        // The shared catalog can be evicted (other reference sets) and built again between two keystrokes.
        var session = new Session(Ordinary, Llm, Caller);
        var previous = session.Relevance;
        var rebuilt = SinkCatalog.Create(session.Current);
        Assert.NotSame(PromptDiscovery.For(session.Current).Catalog, rebuilt);
        var again = PromptRelevance.Compute(session.Current, rebuilt, PromptDiscovery.MaxHelperDepth, CancellationToken.None);
        Assert.Equal(previous.Id, again.ReusedFrom);
        Assert.Equal(previous.RelevantTrees.OrderBy(t => t.FilePath), again.RelevantTrees.OrderBy(t => t.FilePath));
        Assert.Equal(previous.Names.Hashes, again.Names.Hashes);
    }

    [Fact]
    public void A_snapshot_with_a_file_added_is_computed_from_every_tree()
    {
        var session = new Session(Ordinary, Llm, Caller);
        var tree = CSharpSyntaxTree.ParseText("namespace App; public static class More { public static object Go() => Llm.Ask(\"Hi.\"); }", new CSharpParseOptions(LanguageVersion.Latest), path: "/src/File9.cs");
        var added = session.Current.AddSyntaxTrees(tree);
        var discovery = PromptDiscovery.For(added);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        Assert.True(discovery.IsRelevantTree(tree, PromptAnalyzersOptions.For(options, tree), CancellationToken.None));
        Assert.Equal(0, discovery.ComputedRelevance!.ReusedFrom);
        GC.KeepAlive(session);
    }

    [Fact]
    public void The_kept_answer_does_not_keep_a_closed_project_alive()
    {
        var tree = Analyse();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(tree.TryGetTarget(out _));

        static WeakReference<SyntaxTree> Analyse()
        {
            var session = new Session(Ordinary, Llm, Caller);
            session.Edit((2, "// Greets.", "// Greets the user."));
            Assert.True(session.CarriedOver);
            return new WeakReference<SyntaxTree>(session.Current.SyntaxTrees.First());
        }
    }

    [Theory]
    [InlineData(new int[] { 1, 3, 5 }, new int[] { 1, 3, 5 }, new int[] { 3 }, true)]
    [InlineData(new int[] { 1, 3, 5 }, new int[] { 1, 4, 5 }, new int[] { 2, 6 }, true)]
    [InlineData(new int[] { 1, 3, 5 }, new int[] { 1, 5 }, new int[] { 3 }, false)]
    [InlineData(new int[] { 1, 5 }, new int[] { 1, 5, 9 }, new int[] { 9 }, false)]
    [InlineData(new int[0], new int[] { 2 }, new int[] { 1 }, true)]
    [InlineData(new int[] { 7 }, new int[0], new int[] { 7 }, false)]
    public void Two_name_sets_are_compared_only_on_the_deciding_names(int[] a, int[] b, int[] within, bool same)
    {
        Assert.Equal(same, PromptRelevance.SameWithin(a, b, within));
        Assert.Equal(same, PromptRelevance.SameWithin(b, a, within));
    }
}
