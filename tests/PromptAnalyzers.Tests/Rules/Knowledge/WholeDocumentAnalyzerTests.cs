using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.WholeDocumentAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

[Trait("Rule", "PA1003")]
public sealed class WholeDocumentAnalyzerTests
{
    [Fact]
    public async Task File_read_straight_into_a_system_prompt()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:File.ReadAllText("handbook.md")|});
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", "File.ReadAllText(\"handbook.md\")"));
    }

    [Fact]
    public async Task Async_read_through_a_local_and_interpolation_and_a_stream_reader()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Bot
            {
                public static async Task<ChatHistory> Build(Stream resource)
                {
                    var policy = {|#1:await File.ReadAllTextAsync("policy.md")|};
                    var history = new ChatHistory({|#0:$"You answer questions about this policy:\n{policy}"|});
                    using var reader = new StreamReader(resource);
                    history.AddSystemMessage({|#2:reader.ReadToEnd()|});
                    return history;
                }
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("System prompt", "await File.ReadAllTextAsync(\"policy.md\")"),
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(2).WithArguments("System prompt", "reader.ReadToEnd()"));
    }

    [Fact]
    public async Task Reading_a_file_that_is_not_sent_is_silent()
    {
        await Verify.VerifyAsync("""
            using System.IO;
            var text = File.ReadAllText("notes.md");
            System.Console.WriteLine(text);
            """);
    }

    // ---- Every read PA1003 knows: a document inserted, or the prompt itself loaded ----------------

    /// <summary>
    /// Each read API, once reading a document (reported) and once reading a file whose path or name says it is the prompt (not
    /// reported). The read is inserted into the same system prompt either way.
    /// </summary>
    [Theory]
    [InlineData("{|#1:File.ReadAllText(\"handbook.md\")|}", "File.ReadAllText(\"prompts/support.txt\")")]
    [InlineData("{|#1:await File.ReadAllTextAsync(\"handbook.md\")|}", "await File.ReadAllTextAsync(\"support.prompty\")")]
    [InlineData("string.Join(\"\\n\", {|#1:File.ReadAllLines(\"handbook.md\")|})", "string.Join(\"\\n\", File.ReadAllLines(\"Templates/support.md\"))")]
    [InlineData("string.Join(\"\\n\", await {|#1:File.ReadAllLinesAsync(\"handbook.md\")|})", "string.Join(\"\\n\", await File.ReadAllLinesAsync(systemPromptPath))")]
    [InlineData("string.Join(\"\\n\", {|#1:File.ReadLines(\"handbook.md\")|})", "string.Join(\"\\n\", File.ReadLines(instructionsFile))")]
    [InlineData("{|#1:new StreamReader(handbook).ReadToEnd()|}", "new StreamReader(promptStream).ReadToEnd()")]
    [InlineData("{|#1:await new StreamReader(handbook).ReadToEndAsync()|}", "await new StreamReader(promptStream).ReadToEndAsync()")]
    [InlineData("{|#1:reader.ReadToEnd()|}", "templateReader.ReadToEnd()")]
    [InlineData("{|#1:await reader.ReadToEndAsync()|}", "await templateReader.ReadToEndAsync()")]
    [InlineData("{|#1:new StringReader(manual).ReadToEnd()|}", "new StringReader(persona).ReadToEnd()")]
    [InlineData("{|#1:await new StringReader(manual).ReadToEndAsync()|}", "await new StringReader(persona).ReadToEndAsync()")]
    public async Task Each_read_API_reports_a_document_and_not_a_prompt_file(string documentRead, string promptRead)
    {
        static string Source(string read) => $$"""
            using System.IO;
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static async Task<ChatMessage> Build(Stream handbook, Stream promptStream, TextReader reader, TextReader templateReader, string manual, string persona, string systemPromptPath, string instructionsFile)
                {
                    await Task.Yield();
                    return new ChatMessage(ChatRole.System, {|#0:$"You answer questions about Contoso.\n{{{read}}}"|});
                }
            }
            """;

        // The message shows the read as written (the part marked #1).
        var start = documentRead.IndexOf("{|#1:", StringComparison.Ordinal) + "{|#1:".Length;
        var read = documentRead.Substring(start, documentRead.IndexOf("|}", start, StringComparison.Ordinal) - start);
        await Verify.VerifyAsync(Source(documentRead), Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("System prompt", read));
        await Verify.VerifyAsync(Source(promptRead).Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_whole_template_read_from_a_file_is_the_template_but_a_file_read_into_a_template_is_a_document()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;
            using Microsoft.SemanticKernel;
            static class Functions
            {
                public static KernelFunction Summarize(Kernel kernel, string path) => kernel.CreateFunctionFromPrompt(File.ReadAllText(path));

                public static KernelFunction Answer(Kernel kernel, string path) =>
                    kernel.CreateFunctionFromPrompt({|#0:"Answer from this manual:\n" + {|#1:File.ReadAllText(path)|} + "\nQuestion: {{$input}}"|});
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("Prompt template", "File.ReadAllText(path)"));
    }

    [Fact]
    public async Task A_name_that_says_prompt_marks_the_file_as_the_prompt()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;
            using System.Reflection;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            static class Agents
            {
                static AIAgent CreateAgent(IChatClient client, string name, string instructions) => client.AsAIAgent(instructions, name);

                static string LoadSystemPrompt(string file) => File.ReadAllText(file);

                public static void Build(IChatClient client, string path)
                {
                    var systemPrompt = File.ReadAllText(path);
                    var a = new ChatMessage(ChatRole.System, systemPrompt);
                    var b = new ChatMessage(ChatRole.System, LoadSystemPrompt(path));
                    var c = CreateAgent(client, "Support", File.ReadAllText(path));
                    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Contoso.Prompts.Support.txt")!;
                    var d = new ChatMessage(ChatRole.System, new StreamReader(stream).ReadToEnd());
                }
            }
            """);
    }

    [Fact]
    public async Task A_user_turn_that_is_one_whole_read_is_the_users_data_not_a_document_stuffed_into_a_prompt()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            static class Handlers
            {
                public static async Task Classify(IChatClient client, string path) =>
                    await client.GetResponseAsync(new ChatMessage(ChatRole.User, File.ReadAllText(path)));

                public static async Task Echo(AIAgent agent, Stream body)
                {
                    using var reader = new StreamReader(body);
                    var input = await reader.ReadToEndAsync();
                    await agent.RunAsync(input);
                }

                public static async Task Ask(IChatClient client, string question) =>
                    await client.GetResponseAsync({|#0:$"Answer from this handbook:\n{ {|#1:File.ReadAllText("handbook.md")|} }\nQuestion: {question}"|});
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("User prompt", "File.ReadAllText(\"handbook.md\")"));
    }
}
