using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Templates;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Templates.TemplateVariablesAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Templates;

/// <summary>
/// PA5002 on the <c>skprompt.txt</c> of a Semantic Kernel prompt directory, tied to the <c>kernel.InvokeAsync(plugin, function,
/// arguments)</c> call that renders it by the plugin and function names (the file is an additional file).
/// </summary>
[Trait("Rule", "PA5002")]
public sealed class PromptDirectoryTemplateTests
{
    private const string ShortPoem = "Write a short poem about {{$topic}} in the style of {{$poet}}.";

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, params DiagnosticResult[] expected)
        => Verify.VerifyWithFilesAsync(source, files, expected);

    [Fact]
    public async Task Misspelt_argument_of_a_prompt_directory_function_suggests_the_variable()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic, string poet)
                {
                    kernel.ImportPluginFromPromptDirectory("Plugins/WriterPlugin");
                    var result = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments { ["topic"] = topic, [{|#0:"poett"|}] = poet });
                    return result.ToString();
                }
            }
            """,
            new[] { ("/0/Plugins/WriterPlugin/ShortPoem/skprompt.txt", ShortPoem) },
            Verify.Diagnostic(TemplateDiagnostics.ArgumentNotUsed).WithLocation(0).WithArguments("'poett'", "; did you mean 'poet'?"));
    }

    [Fact]
    public async Task Every_argument_the_template_reads_is_silent_and_defaults_in_config_json_are_not_guessed()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task<string> Write(Kernel kernel, string topic)
                {
                    var all = await kernel.InvokeAsync("WriterPlugin", "ShortPoem", new KernelArguments { ["topic"] = topic, ["poet"] = "Basho" });
                    // 'poet' may have a default in the directory's config.json, which the analyzer does not see: no PA5001.
                    var some = await kernel.InvokeAsync(null, "ShortPoem", new KernelArguments { ["topic"] = topic });
                    return all.ToString() + some;
                }
            }
            """,
            new[] { ("/0/Plugins/WriterPlugin/ShortPoem/skprompt.txt", ShortPoem) });
    }

    [Fact]
    public async Task A_function_name_that_two_directories_or_none_have_is_silent()
    {
        await VerifyAsync(
            """
            using Microsoft.SemanticKernel;
            static class Poems
            {
                public static async Task Write(Kernel kernel, string topic, string plugin)
                {
                    await kernel.InvokeAsync(null, "ShortPoem", new KernelArguments { ["subject"] = topic });
                    await kernel.InvokeAsync("WriterPlugin", "Limerick", new KernelArguments { ["subject"] = topic });
                    await kernel.InvokeAsync(plugin, "ShortPoem", new KernelArguments { ["subject"] = topic });
                }
            }
            """,
            new[]
            {
                ("/0/Plugins/WriterPlugin/ShortPoem/skprompt.txt", ShortPoem),
                ("/0/Plugins/KidsPlugin/ShortPoem/skprompt.txt", "A rhyme about {{$subject}}."),
            });
    }
}
