using System.Globalization;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;
using Xunit;
using static PromptAnalyzers.Tests.Rules.FineTuning.FineTuningAnalyzerTest;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

[Trait("Rule", "PA1002")]
[Trait("Rule", "PA3001")]
[Trait("Rule", "PA3002")]
[Trait("Rule", "PA3003")]
[Trait("Rule", "PA3004")]
public class FineTuningDatasetAnalyzerTests
{
    private const string Valid = """{"messages": [{"role": "system", "content": "Reply in two short sentences."}, {"role": "user", "content": "My order is late."}, {"role": "assistant", "content": "Sorry about that! Let me check it for you."}]}""";

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static string Repeat(string line, int count) => Lines(Enumerable.Repeat(line, count).ToArray());

    /// <summary>The PA3004 text for a dataset, computed with the same engine so the test follows the real token counter.</summary>
    private static DiagnosticResult Estimate(string jsonl, string model = "gpt-4o-mini-2024-07-18", int epochs = 3, string path = TrainPath)
    {
        var fineTuningModel = FineTuningModelCatalog.Find(model)!;
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions
        {
            Encoding = fineTuningModel.Encoding,
            MaxExampleTokens = fineTuningModel.MaxExampleTokens,
            MinFacts = FineTuningAnalyzerOptions.DefaultMinFacts,
        });
        _ = validator.Validate(new StringReader(jsonl)).ToList();
        var summary = validator.Summary;
        decimal cost = summary.EstimatedCost(epochs, fineTuningModel.TrainingPricePerMillion);
        int firstLineLength = jsonl.IndexOf('\n') is int nl and >= 0 ? jsonl[..nl].TrimEnd('\r').Length : jsonl.Length;
        int percent = summary.Examples == 0 ? 0 : (int)Math.Round(100.0 * summary.ExamplesTeachingFacts / summary.Examples, MidpointRounding.AwayFromZero);
        return Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimate)
            .WithSpan(path, 1, 1, 1, firstLineLength + 1)
            .WithArguments(
                summary.Examples.ToString("N0", CultureInfo.InvariantCulture),
                summary.TrainingTokens.ToString("N0", CultureInfo.InvariantCulture),
                TokenCounter.NameOf(fineTuningModel.Encoding),
                epochs.ToString(CultureInfo.InvariantCulture),
                fineTuningModel.Id,
                (summary.TrainingTokens * epochs).ToString("N0", CultureInfo.InvariantCulture),
                "$" + FineTuningDatasetAnalyzer.FormatMoney(cost) + " at $" + fineTuningModel.TrainingPricePerMillion.ToString("0.00", CultureInfo.InvariantCulture) + " per 1M training tokens",
                summary.Examples == 0 ? "no examples to check for facts" : $"{summary.ExamplesTeachingFacts} of {summary.Examples} examples ({percent}%) teach facts");
    }

    private static DiagnosticResult TooFew(string jsonl, int examples, string path = TrainPath)
    {
        int firstLineLength = jsonl.IndexOf('\n') is int nl and >= 0 ? jsonl[..nl].TrimEnd('\r').Length : jsonl.Length;
        return Diagnostic(FineTuningDatasetAnalyzer.TooFewExamples).WithSpan(path, 1, 1, 1, firstLineLength + 1).WithArguments(examples.ToString(CultureInfo.InvariantCulture), "the fine-tuning API's minimum of 10");
    }

    [Fact]
    public async Task Valid_dataset_of_ten_examples_reports_only_the_estimate()
    {
        string jsonl = Repeat(Valid, 10);
        var test = Create(jsonl);
        test.ExpectedDiagnostics.Add(Estimate(jsonl));
        await test.RunAsync();
    }

    [Fact]
    public async Task Malformed_lines_are_located_by_line_and_column_with_a_precise_message()
    {
        string badRole = """{"messages": [{"role": "customer", "content": "hi"}, {"role": "assistant", "content": "hello"}]}""";
        string badWeight = """{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello", "weight": 3}]}""";
        string truncated = """{"messages": [{"role": "user", "content": "hi"}""";
        string jsonl = Lines(Valid, badRole, "", badWeight, truncated, Valid);
        var test = Create(jsonl);
        int roleColumn = badRole.IndexOf("\"customer\"", StringComparison.Ordinal) + 1;
        int weightColumn = badWeight.IndexOf("3}", StringComparison.Ordinal) + 1;
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 2, roleColumn, 2, roleColumn + 10)
            .WithArguments($"messages[0] has unknown role \"customer\" at column {roleColumn}; expected system, developer, user, assistant or tool"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 3, 1, 3, 1)
            .WithArguments("blank line between records; remove it (only blank lines at the end of the file are allowed)"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 4, weightColumn, 4, weightColumn + 1)
            .WithArguments($"messages[1] (assistant) has \"weight\": 3 at column {weightColumn}; weight must be 0 or 1"));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, 5, truncated.Length + 1, 5, truncated.Length + 1)
            .WithArguments($"invalid JSON at column {truncated.Length + 1}: the line ends with an object or array still open (a truncated record, or one record split over several lines?)"));
        test.ExpectedDiagnostics.Add(TooFew(jsonl, 2));
        test.ExpectedDiagnostics.Add(Estimate(jsonl));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_jsonl_whose_first_record_is_not_a_chat_example_is_not_a_dataset()
    {
        var test = Create(Lines("""[{"role": "user", "content": "hi"}]""", Valid));
        await test.RunAsync();
    }

    [Fact]
    public async Task Jsonl_that_is_not_a_chat_dataset_is_left_alone()
    {
        var test = Create(Lines("""{"level": "info", "msg": "started"}""", "not json at all", """{"level": "warn"}"""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Other_additional_files_are_left_alone()
    {
        var test = Create(Lines(Valid, "garbage"), path: "/0/data/train.txt");
        await test.RunAsync();
    }

    [Fact]
    public async Task PromptAnalyzersKind_FineTuning_marks_any_file_and_None_excludes_a_jsonl()
    {
        string jsonl = Lines("garbage", Valid);
        var test = Create(jsonl, path: "/0/data/train.txt");
        test.TestState.AdditionalFiles.Add(("/0/data/skip.jsonl", Lines(Valid, "garbage")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [/0/data/train.txt]
            build_metadata.AdditionalFiles.PromptAnalyzersKind = FineTuning

            [/0/data/skip.jsonl]
            build_metadata.AdditionalFiles.PromptAnalyzersKind = None
            """));
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan("/0/data/train.txt", 1, 1, 1, 1)
            .WithArguments("invalid JSON at column 1: 'g' is an invalid start of a value."));
        test.ExpectedDiagnostics.Add(TooFew(jsonl, 1, "/0/data/train.txt"));
        test.ExpectedDiagnostics.Add(Estimate(jsonl, path: "/0/data/train.txt"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Model_and_epochs_come_from_the_global_config()
    {
        string jsonl = Repeat(Valid, 12);
        var test = Create(jsonl, "prompt_analyzers.finetune_model = gpt-3.5-turbo\nprompt_analyzers.finetune_epochs = 4\n");
        test.ExpectedDiagnostics.Add(Estimate(jsonl, "gpt-3.5-turbo-0125", 4));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_model_says_the_price_is_unknown()
    {
        string jsonl = Repeat(Valid, 10);
        var test = Create(jsonl, "prompt_analyzers.finetune_model = my-own-model\n");
        var summary = new FineTuningDatasetValidator(new FineTuningValidationOptions { Encoding = FineTuningModelCatalog.EncodingOf("my-own-model") });
        _ = summary.Validate(new StringReader(jsonl)).ToList();
        string tokens = summary.Summary.TrainingTokens.ToString("N0", CultureInfo.InvariantCulture);
        string billed = (summary.Summary.TrainingTokens * 3).ToString("N0", CultureInfo.InvariantCulture);
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.DatasetEstimate).WithSpan(TrainPath, 1, 1, 1, Valid.Length + 1).WithArguments(
            "10", tokens, TokenCounter.NameOf(FineTuningModelCatalog.EncodingOf("my-own-model")), "3", "my-own-model", billed,
            "unknown (no training price for 'my-own-model'; set prompt_analyzers.finetune_model to a model in the table)",
            "0 of 10 examples (0%) teach facts"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Example_over_the_model_limit_is_PA3003()
    {
        string longAnswer = string.Concat(Enumerable.Repeat("Please hold on while I check. ", 3000));
        string longLine = "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"assistant\", \"content\": \"" + longAnswer + "\"}]}";
        string jsonl = Lines(Enumerable.Repeat(Valid, 10).Append(longLine).ToArray());
        var model = FineTuningModelCatalog.Find("gpt-3.5-turbo")!;
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions { Encoding = model.Encoding });
        int tokens = validator.Validate(new StringReader(longLine)).Single().Tokens;
        Assert.True(tokens > model.MaxExampleTokens, $"test line has only {tokens} tokens");

        var test = Create(jsonl, "prompt_analyzers.finetune_model = gpt-3.5-turbo\n");
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.ExampleTooLong).WithSpan(TrainPath, 11, 1, 11, longLine.Length + 1)
            .WithArguments(tokens.ToString("N0", CultureInfo.InvariantCulture), "cl100k_base", "16,385", "gpt-3.5-turbo-0125"));
        test.ExpectedDiagnostics.Add(Estimate(jsonl, "gpt-3.5-turbo-0125"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Malformed_diagnostics_are_capped_per_file_with_one_summary()
    {
        string bad = """{"messages": [{"role": "user", "content": "hi"}]}""";
        string jsonl = Repeat(bad, 150);
        var test = Create(jsonl);
        test.ExpectedDiagnostics.Add(TooFew(jsonl, 0));
        test.ExpectedDiagnostics.Add(Estimate(jsonl));
        for (int line = 1; line <= 100; line++)
        {
            test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExample).WithSpan(TrainPath, line, 14, line, 49)
                .WithArguments("the example has no assistant message; an example needs at least one assistant reply to learn from"));
        }

        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.MalformedExampleOverflow).WithSpan(TrainPath, 101, 1, 101, 1).WithArguments("50", "100"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Example_whose_answer_teaches_facts_is_PA1002()
    {
        // Depends on the fact engine: FactDetector is a stub returning no facts in this branch, so this test fails
        // here (no PA1002 reported, and PA3004 says 0 of 10) and passes once the real engine is merged.
        string factual = """{"messages": [{"role": "user", "content": "How do I reach you?"}, {"role": "assistant", "content": "Call +1 415 555 0100 or write to support@cloudnote.example; the Team plan costs $12 per user per month since 1 March 2024."}]}""";
        string jsonl = Lines(Enumerable.Repeat(Valid, 9).Append(factual).ToArray());
        var test = Create(jsonl);
        int column = factual.IndexOf("\"Call", StringComparison.Ordinal) + 1;
        int end = factual.LastIndexOf("\"}", StringComparison.Ordinal) + 2;
        test.ExpectedDiagnostics.Add(Diagnostic(FineTuningDatasetAnalyzer.ExampleTeachesFacts).WithSpan(TrainPath, 10, column, 10, end)
            .WithMessage(null));
        test.ExpectedDiagnostics.Add(Estimate(jsonl));
        await test.RunAsync();
    }
}
