using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>
/// PA5001 on the <c>skprompt.txt</c> of a Semantic Kernel prompt directory rendered by <c>kernel.InvokeAsync(plugin, function,
/// arguments)</c>, when the directory's <c>config.json</c> is an additional file too (the package adds it beside each
/// <c>skprompt.txt</c>): its <c>input_variables</c> say which variables have a default or are not required.
/// </summary>
[Trait("Rule", "PA5001")]
public sealed class PromptDirectoryConfigTests
{
    private const string TemplatePath = "/0/Plugins/WriterPlugin/ShortPoem/skprompt.txt";
    private const string ConfigPath = "/0/Plugins/WriterPlugin/ShortPoem/config.json";
    private const string ShortPoem = "Write a short poem about {{$topic}} in the style of {{$poet}}, in {{$language}}.";

    private const string Config = """
        {
          "schema": 1,
          "description": "Writes a short poem.",
          "execution_settings": { "default": { "max_tokens": 120, "temperature": 0.9 } },
          "input_variables": [
            { "name": "topic", "description": "What the poem is about.", "is_required": true },
            { "name": "poet", "description": "Whose style to imitate.", "is_required": true },
            { "name": "language", "description": "The language of the poem.", "default": "English" }
          ]
        }
        """;

    private static DiagnosticResult NotSupplied(string names, string suffix = ", and the template gives it no default")
        => Verify.Diagnostic(TemplateDiagnostics.VariableNotSupplied).WithLocation(0).WithArguments(names, suffix);

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, params DiagnosticResult[] expected)
        => Verify.VerifyWithFilesAsync(source, files, expected);

    [Fact]
    public async Task A_variable_neither_supplied_nor_given_a_default_in_config_json_is_reported_at_the_arguments()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic)
                {
                    kernel.ImportPluginFromPromptDirectory("Plugins/WriterPlugin");
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", {|#0:new KernelArguments { ["topic"] = topic }|});
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, Config) },
            NotSupplied("'poet'"));
    }

    [Fact]
    public async Task A_call_without_arguments_misses_every_variable_without_a_default()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel)
                {
                    var result = await {|#0:kernel.InvokeAsync(null, "ShortPoem")|};
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, Config) },
            NotSupplied("'topic' and 'poet'", ", and the template gives them no default"));
    }

    [Fact]
    public async Task Variables_with_a_default_or_declared_not_required_may_be_left_out()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic)
                {
                    var arguments = new KernelArguments();
                    arguments["topic"] = topic;
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", arguments);
                    return result.ToString();
                }
            }
            """,
            new[]
            {
                (TemplatePath, ShortPoem),
                (ConfigPath, """
                    {
                      "input_variables": [
                        { "name": "topic" },
                        { "name": "Poet", "description": "Whose style to imitate; none for free verse.", "is_required": false },
                        { "name": "language", "default": "English" }
                      ]
                    }
                    """),
            });
    }

    [Fact]
    public async Task A_config_json_that_declares_no_input_variables_gives_no_defaults()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic, string poet)
                {
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", {|#0:new KernelArguments { ["topic"] = topic, ["poet"] = poet }|});
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, """{ "schema": 1, "description": "Writes a short poem.", "default": "ignored: not an input variable" }""") },
            NotSupplied("'language'"));
    }

    [Fact]
    public async Task A_null_default_is_no_default()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic, string poet)
                {
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", {|#0:new KernelArguments { ["topic"] = topic, ["poet"] = poet }|});
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, """{ "input_variables": [ { "name": "language", "default": null } ] }""") },
            NotSupplied("'language'"));
    }

    [Fact]
    public async Task The_config_json_of_another_directory_is_not_read()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic)
                {
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments { ["topic"] = topic });
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), ("/0/Plugins/WriterPlugin/Limerick/config.json", Config) });
    }

    [Theory]
    [InlineData("{ \"input_variables\": [ { \"name\": \"language\", \"default\": \"English\" }")]
    [InlineData("input_variables:\n  - name: language\n    default: English")]
    [InlineData("[ { \"name\": \"language\" } ]")]
    [InlineData("{ \"input_variables\": { \"language\": \"English\" } }")]
    [InlineData("")]
    public async Task A_config_json_that_is_not_a_config_says_nothing_about_defaults_and_is_silent(string config)
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic)
                {
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments { ["topic"] = topic });
                    return result.ToString();
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, config) });
    }

    [Fact]
    public async Task Dynamic_arguments_are_silent()
    {
        await VerifyAsync(
            """
            using System.Collections.Generic;
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, Dictionary<string, object?> values, KernelArguments given)
                {
                    var copied = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments(values));
                    var passed = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", given);
                    return copied.ToString() + passed;
                }
            }
            """,
            new[] { (TemplatePath, ShortPoem), (ConfigPath, Config) });
    }

    [Fact]
    public async Task A_half_typed_call_never_throws()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.SemanticKernel;
                static class Poems
                {
                    public static async Task Write(Kernel kernel, string topic)
                    {
                        await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments { ["topic"] =
                        await kernel.InvokeAsync("WriterPlugin",
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalFiles.Add((TemplatePath, ShortPoem));
        test.TestState.AdditionalFiles.Add((ConfigPath, Config));
        await test.RunAsync();
    }
}
