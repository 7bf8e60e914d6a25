using PromptAnalyzers.Rules;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>Bugs the robustness suite found in src/, one test each, so that they stay fixed.</summary>
[Trait("Category", "Robustness")]
public sealed class RegressionTests
{
    /// <summary>
    /// Found by HostileValueTests: p1 = $"{p0} {p0}", p2 = $"{p1} {p1}", ... doubled the reconstruction work per line,
    /// so 40 lines never finished (and held the build until cancelled). The reconstruction now has a work budget.
    /// 20 lines stay under the depth limit (deeper chains become holes from the start) but need a million steps.
    /// </summary>
    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    public async Task Prompt_doubling_through_locals_finishes_with_a_hole(int lines)
    {
        var source = "using Microsoft.Extensions.AI;\nvar p0 = \"You are a bot. \";\n"
            + string.Concat(Enumerable.Range(1, lines).Select(i => $"var p{i} = p{i - 1} + p{i - 1};\n"))
            + $"var message = new ChatMessage(ChatRole.System, p{lines});\n";
        var outcome = await RobustnessHarness.RunAsync(RobustnessHarness.Compile(source));
        outcome.AssertHealthy("doubling locals");
        if (lines > 20)
        {
            return;
        }

        var site = Assert.Single(DiscoveryHarness.Sites(source));
        Assert.True(site.Text.HasStaticText);
        Assert.False(site.Text.IsFullyStatic);
        Assert.InRange(site.Text.Render().Length, 1, 64 * 1024 * 1024);
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.PromptTokenEstimate);
    }

    [Fact]
    public async Task Prompt_doubling_through_static_readonly_fields_finishes()
    {
        var source = "using Microsoft.Extensions.AI;\nstatic class P\n{\n    public static readonly string F0 = \"Refunds within 30 days. \";\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => $"    public static readonly string F{i} = $\"{{F{i - 1}}}{{F{i - 1}}}\";\n"))
            + "    public static ChatMessage M() => new(ChatRole.System, F20);\n}\n";

        var outcome = await RobustnessHarness.RunAsync(RobustnessHarness.Compile(source));
        outcome.AssertHealthy("doubling fields");
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.PromptTokenEstimate);
    }

    /// <summary>
    /// Found by HostileValueTests: every reference to a local walked the whole method body again, so a prompt with
    /// thousands of references to one local (a long concatenation, a big interpolated raw string) took minutes.
    /// </summary>
    [Fact]
    public async Task Prompt_with_thousands_of_references_to_one_local_finishes()
    {
        var source = "using Microsoft.Extensions.AI;\nvar name = args[0];\nvar message = new ChatMessage(ChatRole.System, "
            + string.Join(" + ", Enumerable.Range(0, 6_000).Select(i => i % 3 == 0 ? "name" : $"\"Rule {i} costs ${i}.00. \""))
            + ");\n";

        var outcome = await RobustnessHarness.RunAsync(RobustnessHarness.Compile(source));
        outcome.AssertHealthy("references to one local");
        var estimate = Assert.Single(outcome.Diagnostics, d => d.Id == RuleIdentifiers.PromptTokenEstimate);
        Assert.Contains("2,000 dynamic parts", estimate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by the concurrency test: mutually recursive helpers (A calls B, B calls A, A sends to the model) cached
    /// B's flows as computed inside A's (recursion cut at A), so whether B's call reported a prompt depended on which
    /// call was analysed first. Every order must give the same diagnostics.
    /// </summary>
    [Fact]
    public async Task Mutually_recursive_helpers_give_the_same_diagnostics_in_any_order()
    {
        const string Loop = """
            using Microsoft.Extensions.AI;
            internal static class Loop
            {
                internal static ChatMessage A(string p, int n) => n == 0 ? new ChatMessage(ChatRole.System, p) : B(p + ".", n - 1);
                internal static ChatMessage B(string p, int n) => A(p, n);
                internal static ChatMessage Run() => A("You are recursive", 3);
            }
            """;
        const string CallsBFirst = "internal static class First { internal static object Go() => Loop.B(\"You are first\", 1); }";
        var expected = default(System.Collections.Immutable.ImmutableArray<string>);
        foreach (var files in new[] { new[] { ("/a.cs", Loop), ("/b.cs", CallsBFirst) }, new[] { ("/b.cs", CallsBFirst), ("/a.cs", Loop) } })
        {
            foreach (var concurrent in new[] { false, true })
            {
                var outcome = await RobustnessHarness.RunAsync(RobustnessHarness.Compile(files, Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary), concurrent: concurrent);
                outcome.AssertHealthy("recursive helpers");
                var actual = RobustnessHarness.Fingerprints(outcome.Diagnostics.Where(d => d.Location.GetLineSpan().Path == "/a.cs"));
                if (expected.IsDefault)
                {
                    expected = actual;
                }

                Assert.True(expected.SequenceEqual(actual), $"concurrent {concurrent}, {files[0].Item1} first:\n" + string.Join("\n", expected.Except(actual).Select(e => "- " + e).Concat(actual.Except(expected).Select(a => "+ " + a))));
            }
        }

        Assert.Contains(expected, d => d.StartsWith("PA2001", StringComparison.Ordinal) && d.Contains("(3,", StringComparison.Ordinal));
    }
}
