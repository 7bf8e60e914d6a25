using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Security;
using static PromptAnalyzers.Tests.Text.Security.FakeSecrets;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4003 and PA4002 on fine-tuning datasets (JSONL additional files) in any format.</summary>
[Trait("Rule", "PA4002")]
[Trait("Rule", "PA4003")]
public sealed class DatasetSecurityAnalyzerTests
{
    private const string Path = "/0/data/train.jsonl";

    private static string Example(string user, string assistant) =>
        $$"""{"messages": [{"role": "system", "content": "You are the support assistant."}, {"role": "user", "content": "{{user}}"}, {"role": "assistant", "content": "{{assistant}}"}]}""";

    private static CSharpAnalyzerTest<DatasetSecurityAnalyzer, DefaultVerifier> Create(string jsonl, string? globalConfig = null, string path = Path)
    {
        var test = new CSharpAnalyzerTest<DatasetSecurityAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((path, jsonl));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    private static DiagnosticResult PersonalData(int line, string example, string where, string masks) =>
        new DiagnosticResult(PersonalDataDiagnostics.Rule).WithSpan(Path, line, 1, line, example.Length + 1).WithArguments(where, masks);

    [Fact]
    public async Task Personal_data_is_reported_once_per_example_with_kinds_and_messages()
    {
        string clean = Example("Where is my order?", "It left our warehouse yesterday and arrives tomorrow.");
        string personal = Example(
            "Please update my e-mail to maria.keller@gmx.de and my phone to +49 170 3849215.",
            "Done! I also refunded the card 4539 1488 0343 6467.");
        var test = Create(clean + "\n" + personal + "\n");
        test.ExpectedDiagnostics.Add(PersonalData(
            2,
            personal,
            "an e-mail address and a phone number in messages[1] (user); a payment card number in messages[2] (assistant)",
            "[EMAIL], [PHONE], [CARD]"));
        await test.RunAsync();
    }

    [Fact]
    public async Task National_ids_are_named_in_the_message()
    {
        string example = Example("My SSN is 536-22-1847 and my IBAN DE68 3704 0044 0532 0130 87.", "Thanks, I have updated your payroll details.");
        var test = Create(example + "\n");
        test.ExpectedDiagnostics.Add(PersonalData(1, example, "an IBAN and a US SSN in messages[1] (user)", "[IBAN], [ID]"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Masked_and_placeholder_examples_are_clean()
    {
        string jsonl = string.Join("\n",
            Example("Please update my e-mail to [EMAIL] and my phone to [PHONE].", "Done! Your contact details are updated, [your name]."),
            Example("Is my card **** 1234 still valid?", "Yes, the card ending 1234 is valid until [DATE]."),
            Example("Write to test@example.com for a demo.", "Sure: the demo mailbox is demo@shop.test.")) + "\n";
        await Create(jsonl).RunAsync();
    }

    [Fact]
    public async Task A_secret_in_an_example_is_reported_at_the_secret()
    {
        string key = OpenAi(31);
        string example = Example("How do I call the API?", "Send the header Authorization: Bearer " + key + " with each request.");
        var test = Create(example + "\n");
        int column = example.IndexOf(key, StringComparison.Ordinal) + 1;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SecretDiagnostics.Rule)
            .WithSpan(Path, 1, column, 1, column + key.Length)
            .WithArguments("Fine-tuning example messages[2] (assistant)", $"an OpenAI API key ('sk-p…', {key.Length} characters)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Other_dataset_formats_are_read_turn_by_turn_with_their_own_labels()
    {
        string key = OpenAi(31);
        string shareGpt = $$"""{"conversations": [{"from": "human", "value": "How do I call the API?"}, {"from": "gpt", "value": "Send Authorization: Bearer {{key}} with each request."}]}""";
        string gemini = """{"contents": [{"role": "user", "parts": [{"text": "Please update my e-mail to maria.keller@gmx.de."}]}, {"role": "model", "parts": [{"text": "Done!"}]}]}""";
        var test = Create(shareGpt + "\n");
        test.TestState.AdditionalFiles.Add(("/0/data/gemini.jsonl", gemini + "\n"));
        int column = shareGpt.IndexOf(key, StringComparison.Ordinal) + 1;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SecretDiagnostics.Rule)
            .WithSpan(Path, 1, column, 1, column + key.Length)
            .WithArguments("Fine-tuning example conversations[1] (gpt)", $"an OpenAI API key ('sk-p…', {key.Length} characters)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PersonalDataDiagnostics.Rule).WithSpan("/0/data/gemini.jsonl", 1, 1, 1, gemini.Length + 1)
            .WithArguments("an e-mail address in contents[0] (user)", "[EMAIL]"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_private_key_written_with_json_escapes_is_reported_on_its_message()
    {
        string block = PrivateKey().Replace("\n", "\\n", StringComparison.Ordinal);
        string example = Example("Here is the deploy key: " + block, "Thanks, I have stored it.");
        var test = Create(example + "\n");
        int contentStart = example.IndexOf("\"Here is", StringComparison.Ordinal) + 1;
        int contentEnd = example.IndexOf("\"}, {\"role\": \"assistant\"", StringComparison.Ordinal) + 2;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SecretDiagnostics.Rule)
            .WithSpan(Path, 1, contentStart, 1, contentEnd)
            .WithArguments("Fine-tuning example messages[1] (user)", $"a private key block ('----…', {PrivateKey().Length} characters)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Files_that_are_not_chat_datasets_or_are_excluded_are_not_read()
    {
        string example = Example("My SSN is 536-22-1847.", "Thanks.");
        await Create(example + "\n", path: "/0/data/notes.txt").RunAsync();
        await Create("""{"event": "login", "email": "maria.keller@gmx.de"}""" + "\n", path: "/0/logs/events.jsonl").RunAsync();
        var excluded = Create(example + "\n");
        excluded.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[/0/data/train.jsonl]\nbuild_metadata.AdditionalFiles.PromptAnalyzersKind = None\n"));
        await excluded.RunAsync();
    }

    [Fact]
    public async Task Malformed_lines_give_what_was_read_and_never_an_exception()
    {
        string jsonl = string.Join("\n",
            Example("Hi", "Hello!"),
            """{"messages": [{"role": "user", "content": "card 4539148803436467" """,
            """{"messages": "not an array"}""",
            "\uFEFF\u0000{}",
            Example("Hi again", "Hello again!")) + "\n";
        await Create(jsonl).RunAsync();
    }

    [Fact]
    public async Task At_most_one_hundred_examples_are_reported_per_file_then_one_summary()
    {
        string example = Example("Reach me at maria.keller@gmx.de please.", "Sure, noted.");
        var test = Create(string.Concat(Enumerable.Repeat(example + "\n", 103)));
        for (int line = 1; line <= DatasetSecurityAnalyzer.MaxDiagnosticsPerRulePerFile; line++)
        {
            test.ExpectedDiagnostics.Add(PersonalData(line, example, "an e-mail address in messages[1] (user)", "[EMAIL]"));
        }

        test.ExpectedDiagnostics.Add(new DiagnosticResult(PersonalDataDiagnostics.Overflow).WithSpan(Path, 101, 1, 101, example.Length + 1).WithArguments("3", "100"));
        await test.RunAsync();
    }
}
