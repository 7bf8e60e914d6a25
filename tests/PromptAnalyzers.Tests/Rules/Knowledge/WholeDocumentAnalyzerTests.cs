using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.WholeDocumentAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

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
}
