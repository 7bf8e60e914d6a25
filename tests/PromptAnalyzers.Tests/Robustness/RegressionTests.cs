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
}
