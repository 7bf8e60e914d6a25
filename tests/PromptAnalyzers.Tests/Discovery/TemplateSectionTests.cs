using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

public sealed class TemplateSectionTests
{
    [Fact]
    public void Message_sections_in_one_template_are_split_into_roles()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            static Task Run(Kernel kernel) => kernel.InvokePromptAsync(
                \"\"\"
                <message role="system">You are a sommelier.</message>
                <message role="user">Pair a wine with {{$dish}}.</message>
                \"\"\");
            """.Replace("\\\"", "\""));
        Assert.Equal(new[] { "System:You are a sommelier.", "User:Pair a wine with {{$dish}}." }, sites.Select(s => s.Role + ":" + s.Text.Render()).ToArray());
        Assert.All(sites, s => Assert.True(s.IsTemplate));
    }

    [Fact]
    public void The_sites_of_a_tree_are_grouped_by_expression_once_for_every_rule()
    {
        var (sites, groups, again) = DiscoveryHarness.SiteGroups("""
            using Microsoft.SemanticKernel;
            static async Task Run(Kernel kernel)
            {
                await kernel.InvokePromptAsync(
                    \"\"\"
                    <message role="system">You are a sommelier.</message>
                    <message role="user">Pair a wine with {{$dish}}.</message>
                    \"\"\");
                await kernel.InvokePromptAsync("Name a cheese for {{$wine}}.");
            }
            """.Replace("\\\"", "\""));

        // The template's two messages are one group (one expression), the second call's prompt another, in source order.
        Assert.Equal(3, sites.Length);
        Assert.Equal(new[] { 2, 1 }, groups.Select(g => g.Length).ToArray());
        Assert.Equal(sites, groups.SelectMany(g => g).ToArray());
        Assert.All(groups, g => Assert.All(g, s => Assert.Same(g[0].Node, s.Node)));
        Assert.NotSame(groups[0][0].Node, groups[1][0].Node);
        Assert.True(groups == again); // the same array: grouped once per semantic model
    }

    [Fact]
    public void Prompt_template_config_with_handlebars_format_is_a_template()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.SemanticKernel;
            var config = new PromptTemplateConfig
            {
                Template = "Summarise {{input}} for {{#if expert}}experts{{else}}beginners{{/if}}.",
                TemplateFormat = "handlebars",
            };
            """);
        Assert.Equal(PromptRole.Template, Assert.Single(sites).Role);
    }
}
