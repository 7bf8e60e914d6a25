using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>
/// PA5001 and PA5002 on Prompty functions: <c>kernel.CreateFunctionFromPromptyFile(path)</c> tied to the <c>.prompty</c>
/// additional file its constant path names, <c>CreateFunctionFromPrompty(text)</c> and <c>KernelFunctionPrompty.FromPrompty(text)</c>,
/// checked at the <c>InvokeAsync</c> of the function held in a local. Microsoft.SemanticKernel.Prompty is not served by this
/// workplace's NuGet mirror: the tests bind to the stand-in of tests/StandIns/Microsoft.SemanticKernel.Prompty.cs, which
/// declares the package's real metadata names and signatures.
/// </summary>
[Trait("Rule", "PA5001")]
[Trait("Rule", "PA5002")]
public sealed class PromptyTemplateTests
{
    private const string ChatPath = "/0/Prompts/chat.prompty";

    /// <summary>Prompty 1 inputs: a mapping by name, with <c>default</c> and <c>sample</c>; Liquid, the default format.</summary>
    private const string Chat = """
        ---
        name: Contoso_Chat
        description: Answers questions about outdoor gear.
        model:
          api: chat
        inputs:
          customer:
            type: string
            sample: Jane
          question:
            type: string
          tone:
            type: string
            default: friendly
          context: string
        ---
        system:
        You answer questions about outdoor gear in a {{ tone }} tone, for {{ customer }}.
        {% for item in context %}
        - {{ item.title }}
        {% endfor %}

        user:
        {{ question }}
        """;

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, params DiagnosticResult[] expected)
        => Verify.VerifyWithFilesAsync(source, files, expected);

    [Fact]
    public async Task A_prompty_file_variable_without_default_or_sample_is_reported_at_the_invocation()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task<string> Ask(Kernel kernel, object[] documents)
                {
                    var chat = kernel.CreateFunctionFromPromptyFile("Prompts/chat.prompty");
                    var result = await kernel.InvokeAsync(chat, {|#0:new KernelArguments { ["context"] = documents }|});
                    return result.ToString();
                }
            }
            """,
            new[] { (ChatPath, Chat) },
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments("'question'", ", and the template gives it no default"));
    }

    [Fact]
    public async Task A_misspelt_argument_suggests_the_prompty_variable()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task<string> Ask(Kernel kernel, string question, object[] documents)
                {
                    var chat = kernel.CreateFunctionFromPromptyFile(@"Prompts\chat.prompty");
                    var result = await chat.InvokeAsync(kernel, new KernelArguments { ["question"] = question, ["context"] = documents, [{|#0:"costumer"|}] = "Ana" });
                    return result.ToString();
                }
            }
            """,
            new[] { (ChatPath, Chat) },
            Verify.Diagnostic(TemplateDiagnostics.ArgumentNotUsed).WithLocation(0).WithArguments("'costumer'", "; did you mean 'customer'?"));
    }

    [Fact]
    public async Task Prompty_2_inputs_as_a_list_with_default_and_required_false()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Support
            {
                public static async Task<string> Answer(Kernel kernel, string lastName)
                {
                    var support = kernel.CreateFunctionFromPromptyFile("support.prompty");
                    var result = await kernel.InvokeAsync(support, {|#0:new() { ["lastName"] = lastName }|});
                    return result.ToString();
                }
            }
            """,
            new[]
            {
                ("/0/support.prompty", """
                    ---
                    name: Support
                    inputs:
                      - name: firstName
                        kind: string
                        default: User
                      - name: lastName
                        kind: string
                        required: true
                      - name: history
                        kind: array
                        required: false
                      - name: question
                        kind: string
                        required: true
                    template:
                      format:
                        kind: handlebars
                    ---
                    system:
                    Greet {{firstName}} {{lastName}}.
                    {{history}}
                    user:
                    {{question}}
                    """),
            },
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments("'question'", ", and the template gives it no default"));
    }

    [Fact]
    public async Task Inline_prompty_text_and_from_prompty_are_checked()
    {
        await VerifyAsync(
            """"
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Prompty;
            static class Recipes
            {
                private const string Recipe = """
                    ---
                    name: Recipe
                    inputs:
                      dish:
                        type: string
                    ---
                    user:
                    Give me a recipe for {{ dish }} for {{ guests }} people.
                    """;

                public static async Task Suggest(Kernel kernel)
                {
                    var inline = kernel.CreateFunctionFromPrompty(Recipe);
                    await kernel.InvokeAsync(inline, {|#0:new() { ["dish"] = "paella" }|});
                    var factory = KernelFunctionPrompty.FromPrompty(Recipe);
                    await factory.InvokeAsync(kernel, new() { ["dish"] = "paella", ["guests"] = 4, [{|#1:"diet"|}] = "vegan" });
                }
            }
            """",
            [],
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments("'guests'", ", and the template gives it no default"),
            Verify.Diagnostic(TemplateDiagnostics.ArgumentNotUsed).WithLocation(1).WithArguments("'diet'", string.Empty));
    }

    [Fact]
    public async Task Prompty_text_read_from_a_file_by_a_constant_path_is_checked()
    {
        await VerifyAsync(
            """
            using System.IO;
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task<string> Ask(Kernel kernel, object[] documents)
                {
                    var text = await File.ReadAllTextAsync("Prompts/chat.prompty");
                    var chat = kernel.CreateFunctionFromPrompty(text);
                    var result = await kernel.InvokeAsync(chat, {|#0:new KernelArguments { ["context"] = documents }|});
                    return result.ToString();
                }
            }
            """,
            new[] { (ChatPath, Chat) },
            Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments("'question'", ", and the template gives it no default"));
    }

    [Fact]
    public async Task Every_variable_supplied_or_given_a_default_or_sample_is_silent()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task<string> Ask(Kernel kernel, string question, object[] documents)
                {
                    var chat = kernel.CreateFunctionFromPromptyFile("Prompts/chat.prompty");
                    var result = await kernel.InvokeAsync(chat, new KernelArguments { ["question"] = question, ["context"] = documents });
                    return result.ToString();
                }
            }
            """,
            new[] { (ChatPath, Chat) });
    }

    [Fact]
    public async Task Top_level_samples_count_and_samples_kept_in_another_file_make_defaults_unknown()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Greetings
            {
                public static async Task Greet(Kernel kernel)
                {
                    var inline = kernel.CreateFunctionFromPromptyFile("Prompts/inline-sample.prompty");
                    await kernel.InvokeAsync(inline, new KernelArguments());
                    var external = kernel.CreateFunctionFromPromptyFile("Prompts/file-sample.prompty");
                    await kernel.InvokeAsync(external, new KernelArguments());
                }
            }
            """,
            new[]
            {
                ("/0/Prompts/inline-sample.prompty", "---\nname: Greet\nsample:\n  firstName: Jane\n---\nuser:\nSay hello to {{firstName}}.\n"),
                ("/0/Prompts/file-sample.prompty", "---\nname: Greet\nsample: ${file:sample.json}\n---\nuser:\nSay hello to {{firstName}}.\n"),
            });
    }

    [Fact]
    public async Task A_path_no_additional_file_ends_with_or_not_a_constant_or_a_dynamic_argument_is_silent()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task Ask(Kernel kernel, string path, KernelArguments arguments)
                {
                    var missing = kernel.CreateFunctionFromPromptyFile("Prompts/other.prompty");
                    await kernel.InvokeAsync(missing, new KernelArguments());
                    var variable = kernel.CreateFunctionFromPromptyFile(path);
                    await kernel.InvokeAsync(variable, new KernelArguments());
                    var chat = kernel.CreateFunctionFromPromptyFile("Prompts/chat.prompty");
                    await kernel.InvokeAsync(chat, arguments);
                }
            }
            """,
            new[] { (ChatPath, Chat) });
    }

    [Theory]
    [InlineData("---\nA chat prompt, settings to come.\n---\nuser:\n{{ question }}\n")]
    [InlineData("---\n---\nuser:\n{{ question }}\n")]
    [InlineData("---\nname: Mustache\ntemplate: mustache\n---\nuser:\n{{ question }}\n")]
    [InlineData("")]
    public async Task A_prompty_file_whose_front_matter_or_format_is_not_read_is_silent(string prompty)
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Chat
            {
                public static async Task Ask(Kernel kernel)
                {
                    var chat = kernel.CreateFunctionFromPromptyFile("Prompts/chat.prompty");
                    await kernel.InvokeAsync(chat, new KernelArguments());
                }
            }
            """,
            new[] { (ChatPath, prompty) });
    }
}
