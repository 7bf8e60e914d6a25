using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>PA5001: a variable the template reads that the rendering call never supplies and the template gives no default.</summary>
[Trait("Rule", "PA5001")]
public sealed class TemplateVariableNotSuppliedTests
{
    private static DiagnosticResult NotSupplied(string names, string suffix = ", and the template gives it no default")
        => Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments(names, suffix);

    [Fact]
    public async Task Invoke_prompt_with_arguments_that_miss_a_variable()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Weather
            {
                public static async Task<string> Ask(Kernel kernel, string city)
                {
                    var result = await kernel.InvokePromptAsync("What is the weather in {{$city}} on {{$date}}?", {|#0:new KernelArguments { ["city"] = city }|});
                    return result.ToString();
                }
            }
            """,
            NotSupplied("'date'"));
    }

    [Fact]
    public async Task Invoke_prompt_without_arguments_misses_every_variable()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Summaries
            {
                private const string Template = "Summarize {{$input}} in {{$language}}.";

                public static Task<FunctionResult> Summarize(Kernel kernel) => {|#0:kernel.InvokePromptAsync(Template)|};
            }
            """,
            NotSupplied("'input' and 'language'", ", and the template gives them no default"));
    }

    [Fact]
    public async Task Function_from_prompt_invoked_through_a_local_with_arguments_built_by_key()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Trips
            {
                public static async Task<string> Plan(Kernel kernel, string destination)
                {
                    var planner = kernel.CreateFunctionFromPrompt("Plan {{$days}} days in {{$city}} for a {{$budget}} budget.");
                    var arguments = new KernelArguments();
                    arguments["city"] = destination;
                    arguments.Add("days", 3);
                    var result = await kernel.InvokeAsync(planner, {|#0:arguments|});
                    return result.ToString();
                }
            }
            """,
            NotSupplied("'budget'"));
    }

    [Fact]
    public async Task Function_factory_invoked_on_the_function_with_a_collection_initializer()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Support
            {
                public static async Task<string> Reply(Kernel kernel, string question)
                {
                    KernelFunction reply = KernelFunctionFactory.CreateFromPrompt("Answer {{$question}} for a {{$tier}} customer.");
                    var result = await reply.InvokeAsync(kernel, {|#0:new KernelArguments { { "question", question } }|});
                    return result.GetValue<string>() ?? "";
                }
            }
            """,
            NotSupplied("'tier'"));
    }

    [Fact]
    public async Task Prompt_template_config_input_variable_with_a_default_or_not_required_may_be_left_out()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Translator
            {
                public static async Task<string> Translate(Kernel kernel, string text)
                {
                    var config = new PromptTemplateConfig
                    {
                        Template = "Translate {{$text}} into {{$language}} with a {{$tone}} tone for {{$audience}}.",
                        InputVariables =
                        [
                            new() { Name = "text", IsRequired = true },
                            new() { Name = "language", Default = "English" },
                            new() { Name = "tone", IsRequired = false },
                        ],
                    };
                    var translate = kernel.CreateFunctionFromPrompt(config);
                    var result = await kernel.InvokeAsync(translate, {|#0:new() { ["text"] = text }|});
                    return result.ToString();
                }
            }
            """,
            NotSupplied("'audience'"));
    }

    [Fact]
    public async Task Handlebars_template_config_misses_a_variable_outside_its_loop()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Orders
            {
                public static async Task<string> Summarize(Kernel kernel, IPromptTemplateFactory handlebars, object[] orders)
                {
                    var summarize = kernel.CreateFunctionFromPrompt(
                        new PromptTemplateConfig("Summarize the orders of {{customer.name}}:{{#each orders}} {{id}} {{total}}{{/each}}") { TemplateFormat = "handlebars" },
                        handlebars);
                    var result = await summarize.InvokeAsync(kernel, {|#0:new KernelArguments { ["orders"] = orders }|});
                    return result.ToString();
                }
            }
            """,
            NotSupplied("'customer'"));
    }

    [Fact]
    public async Task Liquid_template_format_given_to_invoke_prompt()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Greeter
            {
                public static Task<FunctionResult> Greet(Kernel kernel, IPromptTemplateFactory liquid, string name) =>
                    kernel.InvokePromptAsync(
                        "Greet {{ name | capitalize }} in {{ language }}.{% for tip in tips %} {{ tip }}{% endfor %}",
                        {|#0:new KernelArguments { ["name"] = name, ["tips"] = new[] { "hydrate" } }|},
                        templateFormat: "liquid",
                        promptTemplateFactory: liquid);
            }
            """,
            NotSupplied("'language'"));
    }

    [Fact]
    public async Task String_format_with_too_few_arguments_for_a_const_template()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                private const string Instructions = "Review the pull request {0} by {1} against the {2} guidelines.";

                public static ChatMessage Create(int number, string author)
                    => new(ChatRole.User, string.Format({|#0:Instructions|}, number, author));
            }
            """,
            NotSupplied("format item {2}", ": string.Format is given 2 arguments and throws FormatException"));
    }

    [Fact]
    public async Task String_format_with_a_static_readonly_template_and_no_arguments()
    {
        await Verify.VerifyAsync(
            """
            using OpenAI.Chat;
            static class Classifier
            {
                private static readonly string Template = "Classify the ticket {0:D6} into one of the queues.";

                public static UserChatMessage Create() => new(string.Format({|#0:Template|}));
            }
            """,
            NotSupplied("format item {0}", ": string.Format is given 0 arguments and throws FormatException"));
    }

    [Fact]
    public async Task String_builder_append_format_with_too_few_arguments()
    {
        await Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                private const string Header = "Review the pull request {0} by {1} against the {2} guidelines.";

                public static ChatMessage Create(int number, string author)
                {
                    var prompt = new StringBuilder();
                    prompt.AppendFormat({|#0:Header|}, number, author);
                    prompt.AppendLine().Append("Answer in a short list.");
                    return new(ChatRole.User, prompt.ToString());
                }
            }
            """,
            NotSupplied("format item {2}", ": StringBuilder.AppendFormat is given 2 arguments and throws FormatException"));
    }

    [Fact]
    public async Task String_builder_append_format_with_a_format_provider_and_every_item_supplied_is_silent()
    {
        await Verify.VerifyAsync(
            """
            using System.Globalization;
            using System.Text;
            using Microsoft.Extensions.AI;
            static class Reviews
            {
                public static ChatMessage Create(int number, string author, object[] extra)
                {
                    var prompt = new StringBuilder();
                    prompt.AppendFormat(CultureInfo.InvariantCulture, "Review the pull request {0:D5} by {1}.", number, author);
                    prompt.AppendFormat("Context: {0} {1}", extra);
                    return new(ChatRole.User, prompt.ToString());
                }
            }
            """);
    }

    [Fact]
    public async Task Defaults_and_every_variable_supplied_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Weather
            {
                public static async Task Ask(Kernel kernel, string city)
                {
                    await kernel.InvokePromptAsync("Weather in {{$City}} on {{$date}}?", new KernelArguments { ["city"] = city, ["DATE"] = DateTime.Today });
                    var config = new PromptTemplateConfig("Forecast for {{$city}} in {{$units}}.")
                    {
                        InputVariables = new List<InputVariable> { new InputVariable { Name = "units", Default = "metric" } },
                    };
                    await kernel.InvokeAsync(kernel.CreateFunctionFromPrompt(config), new KernelArguments { ["city"] = city });
                }
            }
            """);
    }

    [Fact]
    public async Task Dynamic_arguments_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Dynamic
            {
                public static async Task Run(Kernel kernel, KernelArguments given, Dictionary<string, object?> values, string key)
                {
                    const string Template = "Weather in {{$city}} on {{$date}}?";
                    await kernel.InvokePromptAsync(Template, given);
                    await kernel.InvokePromptAsync(Template, new KernelArguments(values));
                    await kernel.InvokePromptAsync(Template, new KernelArguments { [key] = "Paris" });

                    var looped = new KernelArguments();
                    foreach (var pair in values)
                    {
                        looped[pair.Key] = pair.Value;
                    }

                    await kernel.InvokePromptAsync(Template, looped);

                    var filled = new KernelArguments { ["city"] = "Paris" };
                    Fill(filled);
                    await kernel.InvokePromptAsync(Template, filled);
                }

                private static void Fill(KernelArguments arguments) => arguments["date"] = DateTime.Today;
            }
            """);
    }

    [Fact]
    public async Task Unknown_templates_and_formats_are_silent()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Unknown
            {
                public static async Task Run(Kernel kernel, string template, string format, IPromptTemplateFactory factory, object[] values)
                {
                    await kernel.InvokePromptAsync(template);
                    await kernel.InvokePromptAsync("Weather in {{$city}}?", templateFormat: format, promptTemplateFactory: factory);
                    await kernel.InvokePromptAsync("Weather in {{city}}?", templateFormat: "my-format", promptTemplateFactory: factory);
                    Console.WriteLine(string.Format("{0} {1}", values));
                }
            }
            """);
    }

    [Fact]
    public async Task String_format_in_a_file_with_no_prompt_code_is_not_analysed()
    {
        await Verify.VerifyAsync(
            """
            static class Logging
            {
                public static string Line(int count) => string.Format("{0} items in {1}", count);
            }
            """);
    }
}
