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
