using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>PA5003: placeholders a template's engine will not fill (mixed syntaxes, C# interpolation eating braces, unclosed braces).</summary>
[Trait("Rule", "PA5003")]
public sealed class TemplatePlaceholderSyntaxTests
{
    private static DiagnosticResult Broken(string placeholder, string reason)
        => Verify.Diagnostic(TemplateDiagnostics.BrokenPlaceholder).WithLocation(0).WithArguments(placeholder, reason);

    [Fact]
    public async Task Format_style_placeholder_beside_semantic_kernel_variables()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Support
            {
                public static Task<FunctionResult> Reply(Kernel kernel, string question, string product) =>
                    kernel.InvokePromptAsync("Answer {{$question}} about {|#0:{product}|}.", new KernelArguments { ["question"] = question, ["product"] = product });
            }
            """,
            Broken("{product}", "this is not the syntax of a Semantic Kernel template, so the engine renders it as text; write '{{$product}}'"));
    }

    [Fact]
    public async Task Semantic_kernel_variable_in_a_csharp_interpolated_string_loses_its_braces()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Trips
            {
                public static Task<FunctionResult> Plan(Kernel kernel, int days, string city) =>
                    kernel.InvokePromptAsync($"Plan {days} days in {|#0:{{$city}}|}.", new KernelArguments { ["city"] = city });
            }
            """,
            Broken("{{$city}}", "C# interpolation turns it into '{$city}', which a Semantic Kernel template renders as text; write '{{{{$city}}}}' or drop the '$' before the string"));
    }

    [Fact]
    public async Task Semantic_kernel_variable_in_a_handlebars_template()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Greeter
            {
                public static KernelFunction Create(IPromptTemplateFactory handlebars) => KernelFunctionFactory.CreateFromPrompt(
                    new PromptTemplateConfig { Template = "Greet {{name}} from {|#0:{{$city}}|}.", TemplateFormat = "handlebars" },
                    handlebars);
            }
            """,
            Broken("{{$city}}", "this is not the syntax of a Handlebars template, so the engine renders it as text; write '{{city}}'"));
    }

    [Fact]
    public async Task Unclosed_braces_in_a_function_template()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Summaries
            {
                public static KernelFunction Create(Kernel kernel) => kernel.CreateFunctionFromPrompt("Summarize {{$input}} in {|#0:{{$language.|}");
            }
            """,
            Broken("{{$language.", "its '{{' is never closed, so the engine reads it as text or fails on it"));
    }

    [Fact]
    public async Task Escaped_interpolation_json_and_lone_single_braces_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Silent
            {
                public static async Task Run(Kernel kernel, int days, string city)
                {
                    await kernel.InvokePromptAsync($"Plan {days} days in {{{{$city}}}}.", new KernelArguments { ["city"] = city });
                    await kernel.InvokePromptAsync("Answer as JSON: {\"city\": \"...\"}. City: {{$city}}", new KernelArguments { ["city"] = city });
                    await kernel.InvokePromptAsync("Fill in the form field {answer} for the user.");
                }
            }
            """);
    }
}
