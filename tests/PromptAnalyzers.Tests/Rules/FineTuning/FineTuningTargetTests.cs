using System.Globalization;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using Xunit;
using static PromptAnalyzers.Tests.Rules.FineTuning.FineTuningAnalyzerTest;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>Datasets in other formats and for other targets: format checks, floors, limits and the estimate.</summary>
[Trait("Rule", "PA3001")]
[Trait("Rule", "PA3002")]
[Trait("Rule", "PA3003")]
[Trait("Rule", "PA3004")]
[Trait("Rule", "PA1002")]
public class FineTuningTargetTests
{
    private const string ShareGpt = """{"conversations": [{"from": "system", "value": "Answer in one friendly sentence."}, {"from": "human", "value": "Can you help me?"}, {"from": "gpt", "value": "Of course, what do you need?"}]}""";
    private const string Gemini = """{"contents": [{"role": "user", "parts": [{"text": "Hello?"}]}, {"role": "model", "parts": [{"text": "Hi! How can I help?"}]}]}""";
    private const string Bedrock = """{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "user", "content": [{"text": "Hello?"}]}, {"role": "assistant", "content": [{"text": "Hi! How can I help?"}]}]}""";

    private static string Repeat(string line, int count) => string.Join("\n", Enumerable.Repeat(line, count)) + "\n";

    private static FineTuningDatasetSummary Summarize(string jsonl, FineTuningValidationOptions options)
    {
        var validator = new FineTuningDatasetValidator(options);
        _ = validator.Validate(new StringReader(jsonl)).ToList();
        return validator.Summary;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ShareGPT_dataset_is_for_an_open_model_by_default_tokens_per_epoch_and_no_price()
    {
        string jsonl = Repeat(ShareGpt, 12);
        var summary = Summarize(jsonl, new FineTuningValidationOptions { MinFacts = 1 });
        var test = Create(jsonl);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, ShareGpt.Length + 1).WithArguments(
            "ShareGPT", "an open model (LoRA)", "12", N(summary.TrainingTokens), "estimated with o200k_base", "3", N(summary.TrainingTokens * 3),
            "no price: LoRA on an open model trains on your own or rented hardware, so tokens per epoch are the measure",
            "0 of 12 examples (0%) teach facts"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Vertex_dataset_counts_four_characters_per_token_and_checks_the_131072_token_limit()
    {
        string longLine = "{\"contents\": [{\"role\": \"user\", \"parts\": [{\"text\": \"x\"}]}, {\"role\": \"model\", \"parts\": [{\"text\": \"" + new string('a', 600_000) + "\"}]}]}";
        string jsonl = Repeat(Gemini, 10) + longLine + "\n";
        var summary = Summarize(jsonl, new FineTuningValidationOptions { EstimateTokensFromChars = true, MaxExampleTokens = 131_072, MinFacts = 1 });
        var test = Create(jsonl);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.ExampleTooLong).WithSpan(TrainPath, 11, 1, 11, longLine.Length + 1)
            .WithArguments(N(summary.LongestExampleTokens), "estimated at 4 characters per token", "131,072", "Vertex AI (gemini-2.5-flash)"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, Gemini.Length + 1).WithArguments(
            "Vertex AI Gemini", "Vertex AI", "11", N(summary.TrainingTokens), "estimated at 4 characters per token", "3", N(summary.TrainingTokens * 3),
            "no training price in the table for Vertex AI", "0 of 11 examples (0%) teach facts"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Bedrock_dataset_under_the_100_recommended_examples_is_PA3002()
    {
        string jsonl = Repeat(Bedrock, 20);
        var summary = Summarize(jsonl, new FineTuningValidationOptions { MinFacts = 1 });
        var test = Create(jsonl);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.TooFewExamples).WithSpan(TrainPath, 1, 1, 1, Bedrock.Length + 1)
            .WithArguments("20", "the 100 examples per task Amazon recommends for Bedrock (Nova) fine-tuning"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, Bedrock.Length + 1).WithArguments(
            "Bedrock conversation", "Amazon Bedrock", "20", N(summary.TrainingTokens), "estimated with o200k_base", "3", N(summary.TrainingTokens * 3),
            "no training price in the table for Amazon Bedrock", "0 of 20 examples (0%) teach facts"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_format_the_target_does_not_train_on_is_PA3001_on_the_first_line()
    {
        string jsonl = Repeat(ShareGpt, 10);
        var summary = Summarize(jsonl, new FineTuningValidationOptions { MinFacts = 1 });
        var test = Create(jsonl, "prompt_analyzers.finetune_target = openai\n");
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 1, 1, 1, ShareGpt.Length + 1)
            .WithArguments("the dataset is in ShareGPT format, which OpenAI fine-tuning does not accept; it trains on chat messages or OpenAI preference (set prompt_analyzers.finetune_target if the dataset is for another trainer)"));
        decimal cost = summary.EstimatedCost(3, 3.00m);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimate).WithSpan(TrainPath, 1, 1, 1, ShareGpt.Length + 1).WithArguments(
            "10", N(summary.TrainingTokens), "o200k_base", "3", "gpt-4o-mini-2024-07-18", N(summary.TrainingTokens * 3),
            "$" + FineTuningDatasetAnalyzer.FormatMoney(cost) + " at $3.00 per 1M training tokens", "0 of 10 examples (0%) teach facts"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Open_target_checks_the_configured_sequence_length_and_floor()
    {
        string jsonl = Repeat(ShareGpt, 5);
        var summary = Summarize(jsonl, new FineTuningValidationOptions { MaxExampleTokens = 20, MinFacts = 1 });
        Microsoft.CodeAnalysis.Testing.DiagnosticResult TooLongAt(int line) =>
            Diagnostic(FineTuningDatasetAnalyzer.ExampleTooLong).WithSpan(TrainPath, line, 1, line, ShareGpt.Length + 1)
                .WithArguments(N(summary.LongestExampleTokens), "estimated with o200k_base", "20", "prompt_analyzers.finetune_max_example_tokens");

        // Diagnostics on line 1 come first, in rule order.
        var test = Create(jsonl, "prompt_analyzers.finetune_target = open\nprompt_analyzers.finetune_max_example_tokens = 20\nprompt_analyzers.finetune_min_examples = 8\n");
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.TooFewExamples).WithSpan(TrainPath, 1, 1, 1, ShareGpt.Length + 1)
            .WithArguments("5", "the 8 examples set by prompt_analyzers.finetune_min_examples"));
        test.ExpectedDiagnostics.Add(TooLongAt(1));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, ShareGpt.Length + 1).WithArguments(
            "ShareGPT", "an open model (LoRA)", "5", N(summary.TrainingTokens), "estimated with o200k_base", "3", N(summary.TrainingTokens * 3),
            "no price: LoRA on an open model trains on your own or rented hardware, so tokens per epoch are the measure", "0 of 5 examples (0%) teach facts"));
        for (int line = 2; line <= 5; line++)
        {
            test.ExpectedDiagnostics.Add(TooLongAt(line));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Alpaca_output_that_states_facts_is_PA1002_at_the_output_and_bad_lines_PA3001_at_their_value()
    {
        string style = """{"instruction": "Rewrite politely.", "input": "Send it.", "output": "Could you please send it?"}""";
        string fact = """{"instruction": "How much is premium?", "output": "The premium plan costs $49 per month, billed on the 1st."}""";
        string bad = """{"instruction": "Rewrite politely.", "output": 42}""";
        string jsonl = Repeat(style, 10) + fact + "\n" + bad + "\n";
        var summary = Summarize(jsonl, new FineTuningValidationOptions { MinFacts = 1 });
        var test = Create(jsonl);
        int outputColumn = fact.IndexOf("\"The premium", StringComparison.Ordinal) + 1;
        int badColumn = bad.IndexOf("42", StringComparison.Ordinal) + 1;
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimateForTarget).WithSpan(TrainPath, 1, 1, 1, style.Length + 1).WithArguments(
            "Alpaca", "an open model (LoRA)", "11", N(summary.TrainingTokens), "estimated with o200k_base", "3", N(summary.TrainingTokens * 3),
            "no price: LoRA on an open model trains on your own or rented hardware, so tokens per epoch are the measure", "1 of 11 examples (9%) teach facts"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.ExampleTeachesFacts).WithSpan(TrainPath, 11, outputColumn, 11, fact.Length)
            .WithArguments(PromptAnalyzers.Rules.Knowledge.FactSummary.Describe(PromptAnalyzers.Text.Facts.FactDetector.Detect("The premium plan costs $49 per month, billed on the 1st.", "How much is premium?\n"))));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 12, badColumn, 12, badColumn + 2)
            .WithArguments($"\"output\" at column {badColumn} is a number, not a string"));
        await test.RunAsync();
    }
}
