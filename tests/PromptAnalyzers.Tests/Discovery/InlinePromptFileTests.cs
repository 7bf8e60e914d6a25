using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// Inline prompt files (Semantic Kernel's YAML and Prompty functions). Microsoft.SemanticKernel.Yaml and .Prompty are not
/// served to this build: their entry points come from the stand-ins of tests/StandIns, with the real metadata names.
/// </summary>
public sealed class InlinePromptFileTests
{
    [Fact]
    public void Inline_yaml_and_prompty_are_parsed_into_their_messages()
    {
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using Microsoft.SemanticKernel;
            static void Run(Kernel kernel)
            {
                var story = KernelFunctionYaml.FromPromptYaml(
                    "name: Story\ntemplate: |\n  Tell a story about {{$topic}} in {{$length}} sentences.\ntemplate_format: semantic-kernel\nexecution_settings:\n  default:\n    model_id: gpt-4.1-mini\n");
                var chat = kernel.CreateFunctionFromPrompty(
                    "---\nname: Chat\nmodel:\n  id: gpt-4o\n---\nsystem:\nYou are a librarian.\n\nuser:\n{{question}}\n");
                var faq = Microsoft.SemanticKernel.Prompty.KernelFunctionPrompty.FromPrompty(
                    "---\nname: Faq\n---\nsystem:\nYou answer questions about returns.\n");
            }
            """,
        });
        Assert.Equal(
            new[] { "Template:Tell a story about {{$topic}} in {{$length}} sentences.:gpt-4.1-mini", "System:You are a librarian.:gpt-4o", "User:{{question}}:gpt-4o", "System:You answer questions about returns.:" },
            sites.Select(s => s.Role + ":" + s.Text.Render() + ":" + s.Model.ModelId).ToArray());
        Assert.All(sites, s => Assert.True(s.IsTemplate));
    }
}
