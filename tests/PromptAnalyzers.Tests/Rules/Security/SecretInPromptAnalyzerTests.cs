using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.PromptFiles;
using PromptAnalyzers.Rules.Security;
using static PromptAnalyzers.Tests.Text.Security.FakeSecrets;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Security.SecretInPromptAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4002 on prompts in C# and in prompt files. The keys are generated when the test runs (<see cref="Text.Security.FakeSecrets"/>).</summary>
[Trait("Rule", "PA4002")]
public sealed class SecretInPromptAnalyzerTests
{
    private static string Shown(string kind, string secret) => $"{kind} ('{secret[..4]}…', {secret.Length} characters)";

    [Fact]
    public async Task Key_in_a_system_message_is_reported_at_the_key()
    {
        string key = OpenAi();
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, "You are the billing agent. When you call the invoices API, send the header Authorization: Bearer {|#0:{{key}}|}.");
            """,
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", Shown("an OpenAI API key", key)));
    }

    [Fact]
    public async Task Connection_string_password_in_a_constant_reaches_the_prompt_through_semantic_kernel()
    {
        string password = Password();
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.SemanticKernel.ChatCompletion;
            static class Reports
            {
                private const string Instructions = "You write SQL for the sales database. Connection: Server=sql01;Database=sales;User Id=report;Password={|#0:{{password}}|};";

                public static ChatHistory Create()
                {
                    var history = new ChatHistory();
                    history.AddSystemMessage(Instructions);
                    return history;
                }
            }
            """,
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", "a connection-string password (15 characters)"));
    }

    [Fact]
    public async Task Token_in_an_interpolated_user_prompt_is_reported_at_the_token()
    {
        string token = Jwt();
        await Verify.VerifyAsync(
            $$"""
            using OpenAI.Chat;
            static class Support
            {
                public static UserChatMessage Ask(string question) => new($"Use the session {|#0:{{token}}|} to look up the account. Question: {question}");
            }
            """,
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(0).WithArguments("User prompt", Shown("a JSON Web Token", token)));
    }

    [Fact]
    public async Task Key_split_over_two_literals_is_reported_on_the_prompt()
    {
        string key = GitHub();
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"You manage the repository with the token {{key[..10]}}" + "{{key[10..]}}."|});
            """,
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", Shown("a GitHub token", key)));
    }

    [Fact]
    public async Task Placeholders_and_descriptions_of_key_formats_in_prompts_are_silent()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            var messages = new[]
            {
                new ChatMessage(ChatRole.System, "Explain to the user how to set OPENAI_API_KEY=YOUR_API_KEY. Keys start with sk- or sk-proj-; never paste one into the chat."),
                new ChatMessage(ChatRole.System, "Example connection string: Server=myServer;Database=myDb;User Id=myUser;Password=<password>;"),
                new ChatMessage(ChatRole.User, "My key is sk-...redacted, why does it fail?"),
            };
            """);
    }

    [Fact]
    public async Task A_key_given_to_a_client_and_not_to_a_prompt_is_not_reported()
    {
        string key = OpenAiLegacy();
        await Verify.VerifyAsync($$"""
            using OpenAI.Chat;
            var client = new ChatClient("gpt-4o-mini", "{{key}}");
            client.CompleteChat(new SystemChatMessage("You are a poet."));
            """);
    }

    [Fact]
    public async Task Each_secret_of_a_prompt_is_reported_once()
    {
        string stripe = Stripe();
        string slack = Slack();
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, "Payments: {|#0:{{stripe}}|}. Alerts go to Slack with {|#1:{{slack}}|}.");
            """,
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(0).WithArguments("System prompt", Shown("a Stripe live key", stripe)),
            Verify.Diagnostic(SecretInPromptAnalyzer.Rule).WithLocation(1).WithArguments("System prompt", Shown("a Slack token", slack)));
    }

    [Fact]
    public async Task Key_in_a_prompt_file_is_reported_at_the_key_on_the_files_line()
    {
        string key = AnthropicKey();
        const string path = "/0/prompts/deploy.prompty";
        string content = $"---\nname: Deploy\n---\nsystem:\nYou deploy the app. Use the API key {key} for the model gateway.\n\nuser:\n{{{{question}}}}\n";
        var test = new CSharpAnalyzerTest<PromptFileAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((path, content));
        var (line, column) = PromptFiles.PromptFileAnalyzerTest.Start(content, key);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SecretDiagnostics.Rule).WithSpan(path, line, column, line, column + key.Length).WithArguments("System prompt", Shown("an Anthropic API key", key)));
        test.ExpectedDiagnostics.Add(PromptFiles.PromptFileAnalyzerTest.Estimate(path, content, "You deploy", "gateway.", PromptAnalyzers.Discovery.PromptRole.System, $"You deploy the app. Use the API key {key} for the model gateway.", holes: 0));
        await test.RunAsync();
    }
}
