using System.Globalization;
using System.Text.Json;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using Xunit;
using static PromptAnalyzers.Tests.Rules.FineTuning.FineTuningAnalyzerTest;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>
/// prompt_analyzers.finetune_tokenizer: an open model's tokenizer.json (an AdditionalFiles item) that PA3003 and PA3004
/// count with, or the reason PA3004 gives when it cannot be used.
/// </summary>
[Trait("Rule", "PA3003")]
[Trait("Rule", "PA3004")]
public class FineTuningTokenizerTests
{
    private const string Example = "{\"text\": \"" + Tests.Text.Tokens.HuggingFace.HandMadeTokenizer.CountedText + "\"}";
    private const string TokenizerPath = "/0/models/tiny/tokenizer.json";
    private const string Open = "prompt_analyzers.finetune_target = open\n";
    private const string PointsAtTokenizer = Open + "prompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json\n";
    private const string NoPrice = "no price: LoRA on an open model trains on your own or rented hardware, so tokens per epoch are the measure";

    private static readonly string Dataset = string.Join("\n", Enumerable.Repeat(Example, 10)) + "\n";

    private static string HandMadeTokenizer() => Tests.Text.Tokens.HuggingFace.HandMadeTokenizer.Json();

    private static FineTuningDatasetSummary Estimate(string jsonl)
    {
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions { MinFacts = 1 });
        _ = validator.Validate(new StringReader(jsonl)).ToList();
        return validator.Summary;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Estimate(string countedWith, long tokensPerEpoch) =>
        Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, Example.Length + 1).WithArguments(
            "plain text", "an open model (LoRA)", "10", N(tokensPerEpoch), countedWith, "3", N(tokensPerEpoch * 3), NoPrice, "0 of 10 examples (0%) teach facts");

    [Fact]
    public async Task Without_the_option_open_model_tokens_are_an_estimate_and_say_so()
    {
        var test = Create(Dataset, Open);
        test.ExpectedDiagnostics.Add(Estimate("estimated with o200k_base", Estimate(Dataset).TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task With_the_tokenizer_PA3004_counts_with_it_and_names_it()
    {
        // Each example: "assistant" (the trained role, 1 token) + the text (11 tokens, see HandMadeTokenizer); plain text has no chat framing.
        var test = Create(Dataset, PointsAtTokenizer);
        test.TestState.AdditionalFiles.Add((TokenizerPath, HandMadeTokenizer()));
        test.ExpectedDiagnostics.Add(Estimate("counted with tokenizer.json from models/tiny/tokenizer.json", 120));
        await test.RunAsync();
    }

    [Fact]
    public async Task With_the_tokenizer_PA3003_checks_the_sequence_length_in_its_tokens()
    {
        var test = Create(Dataset, PointsAtTokenizer + "prompt_analyzers.finetune_max_example_tokens = 11\n");
        test.TestState.AdditionalFiles.Add((TokenizerPath, HandMadeTokenizer()));
        test.ExpectedDiagnostics.Add(Estimate("counted with tokenizer.json from models/tiny/tokenizer.json", 110));
        for (int line = 1; line <= 10; line++)
        {
            test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.ExampleTooLong).WithSpan(TrainPath, line, 1, line, Example.Length + 1)
                .WithArguments("12", "counted with tokenizer.json from models/tiny/tokenizer.json", "11", "prompt_analyzers.finetune_max_example_tokens"));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task A_tokenizer_that_is_no_AdditionalFiles_item_leaves_an_estimate_and_PA3004_says_how_to_add_it()
    {
        var test = Create(Dataset, PointsAtTokenizer);
        test.ExpectedDiagnostics.Add(Estimate(
            "estimated with o200k_base; prompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json could not be used (no AdditionalFiles item has that path; add <AdditionalFiles Include=\"models/tiny/tokenizer.json\" /> to the project), so the counts are estimates",
            Estimate(Dataset).TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_path_also_matches_from_the_end_and_with_a_leading_dot_segment()
    {
        var test = Create(Dataset, Open + "prompt_analyzers.finetune_tokenizer = ./tiny/tokenizer.json\n");
        test.TestState.AdditionalFiles.Add((TokenizerPath, HandMadeTokenizer()));
        test.ExpectedDiagnostics.Add(Estimate("counted with tokenizer.json from ./tiny/tokenizer.json", 120));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_path_that_ends_two_AdditionalFiles_items_names_neither_and_PA3004_asks_for_more_of_it()
    {
        var test = Create(Dataset, Open + "prompt_analyzers.finetune_tokenizer = tokenizer.json\n");
        test.TestState.AdditionalFiles.Add(("/0/models/llama/tokenizer.json", HandMadeTokenizer()));
        test.TestState.AdditionalFiles.Add(("/0/models/qwen/tokenizer.json", HandMadeTokenizer()));
        test.ExpectedDiagnostics.Add(Estimate(
            "estimated with o200k_base; prompt_analyzers.finetune_tokenizer = tokenizer.json could not be used (2 AdditionalFiles items end with that path; give more of it), so the counts are estimates",
            Estimate(Dataset).TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_json_gives_PA3004_the_parser_reason_and_an_estimate_never_a_crash()
    {
        const string Broken = "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0,}}}";
        string parserSays = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(Broken)).Message;
        var test = Create(Dataset, PointsAtTokenizer);
        test.TestState.AdditionalFiles.Add((TokenizerPath, Broken));
        test.ExpectedDiagnostics.Add(Estimate(
            "estimated with o200k_base; prompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json could not be used (it is not valid JSON (" + parserSays + ")), so the counts are estimates",
            Estimate(Dataset).TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unsupported_model_type_gives_PA3004_the_reason_and_an_estimate()
    {
        var test = Create(Dataset, PointsAtTokenizer);
        test.TestState.AdditionalFiles.Add((TokenizerPath, """{"model": {"type": "Unigram", "unk_id": 0, "vocab": [["<unk>", 0.0], ["▁the", -2.1]]}}"""));
        test.ExpectedDiagnostics.Add(Estimate(
            "estimated with o200k_base; prompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json could not be used (its model is Unigram, and only byte-level BPE tokenizer.json files (GPT-2, Llama 3, Qwen 2/2.5/3, Mistral Nemo style) are read), so the counts are estimates",
            Estimate(Dataset).TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task OpenAI_targets_keep_their_exact_encoding_and_ignore_the_tokenizer()
    {
        string chat = """{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello! How can I help?"}]}""";
        string jsonl = string.Join("\n", Enumerable.Repeat(chat, 10)) + "\n";
        var test = Create(jsonl, "prompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json\n");
        test.TestState.AdditionalFiles.Add((TokenizerPath, HandMadeTokenizer()));
        var summary = Estimate(jsonl);
        decimal cost = summary.EstimatedCost(3, 3.00m);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimate).WithSpan(TrainPath, 1, 1, 1, chat.Length + 1).WithArguments(
            "10", N(summary.TrainingTokens), "o200k_base", "3", "gpt-4o-mini-2024-07-18", N(summary.TrainingTokens * 3),
            "$" + FineTuningDatasetAnalyzer.FormatMoney(cost) + " at $3.00 per 1M training tokens", "0 of 10 examples (0%) teach facts"));
        await test.RunAsync();
    }
}
