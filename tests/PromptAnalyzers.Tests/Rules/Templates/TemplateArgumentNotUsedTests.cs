using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>PA5002: an argument the call supplies that the template it renders never reads.</summary>
[Trait("Rule", "PA5002")]
public sealed class TemplateArgumentNotUsedTests
{
    private static DiagnosticResult NotUsed(int location, string argument, string suggestion = "")
        => Verify.Diagnostic(TemplateDiagnostics.ArgumentNotUsed).WithLocation(location).WithArguments(argument, suggestion);

    private static DiagnosticResult NotSupplied(int location, string names)
        => Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(location).WithArguments(names, ", and the template gives it no default");

    [Fact]
    public async Task Misspelt_argument_suggests_the_variable_it_misses()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Weather
            {
                public static Task<FunctionResult> Ask(Kernel kernel, string city) =>
                    kernel.InvokePromptAsync("What is the weather in {{$city}}?", {|#1:new KernelArguments { [{|#0:"citty"|}] = city }|});
            }
            """,
            NotUsed(0, "'citty'", "; did you mean 'city'?"),
            NotSupplied(1, "'city'"));
    }

    [Fact]
    public async Task Argument_left_over_after_a_rename_has_no_suggestion()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Emails
            {
                private const string Template = "Write a short email to {{$recipient}} about {{$topic}}.";

                public static async Task<string> Draft(Kernel kernel, string recipient, string topic)
                {
                    var draft = kernel.CreateFunctionFromPrompt(Template);
                    var arguments = new KernelArguments { ["recipient"] = recipient, ["topic"] = topic };
                    arguments[{|#0:"formality"|}] = "formal";
                    return (await kernel.InvokeAsync(draft, arguments)).ToString();
                }
            }
            """,
            NotUsed(0, "'formality'"));
    }

    [Fact]
    public async Task Handlebars_argument_misspelt_beside_a_loop_suggests_the_variable()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Orders
            {
                public static async Task<string> Summarize(Kernel kernel, IPromptTemplateFactory handlebars, object[] orders, string customer)
                {
                    var config = new PromptTemplateConfig
                    {
                        Template = "Orders of {{customer}}:{{#each orders}} {{id}}{{/each}}",
                        TemplateFormat = "handlebars",
                    };
                    var summarize = KernelFunctionFactory.CreateFromPrompt(config, handlebars);
                    var result = await summarize.InvokeAsync(kernel, {|#1:new KernelArguments { [{|#0:"custmer"|}] = customer, ["orders"] = orders }|});
                    return result.ToString();
                }
            }
            """,
            NotUsed(0, "'custmer'", "; did you mean 'customer'?"),
            NotSupplied(1, "'customer'"));
    }

    [Fact]
    public async Task Liquid_argument_never_read()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Greeter
            {
                public static Task<FunctionResult> Greet(Kernel kernel, IPromptTemplateFactory liquid, string name) =>
                    kernel.InvokePromptAsync("Greet {{ name }}.", new KernelArguments { ["name"] = name, [{|#0:"mood"|}] = "cheerful" }, "liquid", liquid);
            }
            """,
            NotUsed(0, "'mood'"));
    }

    [Fact]
    public async Task String_format_argument_no_item_reads()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                public static ChatMessage Create(int number, string author, string team)
                    => new(ChatRole.User, string.Format("Review pull request {0} by {1}.", number, author, {|#0:team|}));
            }
            """,
            NotUsed(0, "2 ('team')"));
    }

    [Fact]
    public async Task String_builder_append_format_argument_no_item_reads()
    {
        await Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                public static ChatMessage Create(int number, string author, string team)
                {
                    var prompt = new StringBuilder("You review pull requests. ");
                    prompt.AppendFormat("Review pull request {0} by {1}.", number, author, {|#0:team|});
                    return new(ChatRole.User, prompt.ToString());
                }
            }
            """,
            NotUsed(0, "2 ('team')"));
    }

    [Fact]
    public async Task Format_argument_after_a_culture_provider_and_a_qualified_string_is_reported()
    {
        await Verify.VerifyAsync(
            """
            using System.Globalization;
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                public static ChatMessage Create(int number, string author, string team)
                    => new(ChatRole.User, string.Format(CultureInfo.InvariantCulture, "Review pull request {0:D5} by {1}.", number, author, {|#0:team|}));

                public static ChatMessage Qualified(int number, string team)
                    => new(ChatRole.User, global::System.String.Format("Review pull request {0}.", number, {|#1:team|}));
            }
            """,
            NotUsed(0, "2 ('team')"),
            NotUsed(1, "1 ('team')"));
    }

    [Fact]
    public async Task Format_method_of_another_type_is_not_checked()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Template
            {
                public static string Format(string template, params object[] values) => template;
            }

            static class Reviews
            {
                public static ChatMessage Create(int number, string team)
                    => new(ChatRole.User, Template.Format("Review pull request {0}.", number, team));
            }
            """);
    }

    [Fact]
    public async Task Arguments_that_a_function_call_conditions_or_loops_may_read_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Silent
            {
                public static async Task Run(Kernel kernel, IPromptTemplateFactory handlebars, IPromptTemplateFactory liquid, string city, string style)
                {
                    // A function call receives every argument.
                    await kernel.InvokePromptAsync("{{weather.forecast $city}} {{time.now}}", new KernelArguments { ["city"] = city, ["style"] = style });

                    // Read only as a condition or inside a loop.
                    await kernel.InvokePromptAsync("{{#if vip}}Be warm.{{/if}}{{#each cities}}{{this}}{{/each}}", new KernelArguments { ["vip"] = true, ["cities"] = new[] { city } }, "handlebars", handlebars);
                    await kernel.InvokePromptAsync("{% if vip %}Be warm.{% endif %}{{ city | default: 'Paris' }}", new KernelArguments { ["vip"] = true, ["city"] = city }, "liquid", liquid);
                }
            }
            """);
    }

    [Fact]
    public async Task Arguments_of_a_project_with_a_function_invocation_filter_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            sealed class AttackDetectionFilter : IFunctionInvocationFilter
            {
                public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
                {
                    if (context.Arguments["documents"] is List<string> { Count: > 100 })
                    {
                        throw new InvalidOperationException("Too many documents.");
                    }

                    await next(context);
                }
            }

            static class Chat
            {
                private const string Prompt = "<message role=\"user\">{{$userMessage}}</message>";

                public static Task<FunctionResult> Post(Kernel kernel, string message, List<string> documents) =>
                    kernel.InvokePromptAsync(Prompt, new KernelArguments { ["userMessage"] = message, ["documents"] = documents });
            }
            """);
    }

    [Fact]
    public async Task Templates_with_parts_unknown_at_compile_time_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Partial
            {
                public static Task<FunctionResult> Run(Kernel kernel, string instructions, string city) =>
                    kernel.InvokePromptAsync(instructions + " Weather in {{$city}}?", new KernelArguments { ["city"] = city, ["style"] = "short" });
            }
            """);
    }
}
