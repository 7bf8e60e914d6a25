using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>
/// PA5001 and PA5002 on prompt YAML functions (Microsoft.SemanticKernel.Yaml, a stand-in in tests/StandIns): YAML written in
/// the code, or the additional file a <c>File.ReadAllText</c> of a constant path reads.
/// </summary>
[Trait("Rule", "PA5001")]
[Trait("Rule", "PA5002")]
public sealed class PromptYamlTemplateTests
{
    private const string StoryYaml = """
        name: GenerateStory
        template_format: handlebars
        template: |
          Tell a story about {{topic}} for {{audience}}.
        input_variables:
          - name: topic
            description: What the story is about.
          - name: audience
            default: children
        """;

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, params DiagnosticResult[] expected)
        => Verify.VerifyWithFilesAsync(source, files, expected);

    [Fact]
    public async Task Inline_prompt_yaml_variable_without_default_is_not_supplied_and_one_not_required_may_be_left_out()
    {
        await VerifyAsync(
            """"
            using Microsoft.SemanticKernel;
            static class Stories
            {
                private const string Yaml = """
                    name: Story
                    template: |
                      Tell a story about {{$topic}} in {{$length}} sentences for {{$audience}}{{$moral}}.
                    input_variables:
                      - name: topic
                      - name: length
                        default: 3
                      - name: moral
                        is_required: false
                    """;

                public static async Task<string> Tell(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(Yaml);
                    return (await kernel.InvokeAsync(story, {|#0:new() { ["topic"] = "dragons" }|})).ToString();
                }
            }
            """",
            [],
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments("'audience'", ", and the template gives it no default"));
    }

    [Fact]
    public async Task Prompt_yaml_file_read_by_path_with_a_misspelt_argument()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Stories
            {
                public static async Task<string> Tell(Kernel kernel, string topic)
                {
                    var story = KernelFunctionYaml.FromPromptYaml(File.ReadAllText("Prompts/GenerateStory.yaml"));
                    var result = await story.InvokeAsync(kernel, {|#1:new KernelArguments { [{|#0:"topc"|}] = topic }|});
                    return result.ToString();
                }
            }
            """,
            [("/0/Prompts/GenerateStory.yaml", StoryYaml)],
            Verify.Diagnostic(TemplateDiagnostics.ArgumentNotUsed).WithLocation(0).WithArguments("'topc'", "; did you mean 'topic'?"),
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(1).WithArguments("'topic'", ", and the template gives it no default"));
    }

    [Fact]
    public async Task Files_the_path_does_not_name_once_are_not_read()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Stories
            {
                public static async Task Tell(Kernel kernel, string path)
                {
                    var missing = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("Prompts/Missing.yaml"));
                    await kernel.InvokeAsync(missing, new KernelArguments());
                    var ambiguous = kernel.CreateFunctionFromPromptYaml(await File.ReadAllTextAsync("GenerateStory.yaml"));
                    await kernel.InvokeAsync(ambiguous, new KernelArguments());
                    var unknown = kernel.CreateFunctionFromPromptYaml(File.ReadAllText(path));
                    await kernel.InvokeAsync(unknown, new KernelArguments());
                }
            }
            """,
            [("/0/Prompts/GenerateStory.yaml", StoryYaml), ("/0/Other/GenerateStory.yaml", StoryYaml)]);
    }
}
