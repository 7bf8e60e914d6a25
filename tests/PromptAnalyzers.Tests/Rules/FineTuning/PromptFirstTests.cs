using System.Globalization;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using Xunit;
using static PromptAnalyzers.Tests.Rules.FineTuning.FineTuningAnalyzerTest;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>PA3005: datasets that are a job for the prompt first, and the ones that are not.</summary>
[Trait("Rule", "PA3005")]
public class PromptFirstTests
{
    private const string LongSystem = "You are the support assistant of a furniture shop. Reply in two short sentences, friendly and calm, and end with a question.";

    private static string Chat(string system, string user, string answer) =>
        "{\"messages\": [{\"role\": \"system\", \"content\": \"" + system + "\"}, {\"role\": \"user\", \"content\": \"" + user + "\"}, {\"role\": \"assistant\", \"content\": \"" + answer + "\"}]}";

    private static string Varied(int count, Func<int, string> system, Func<int, string> answer) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => Chat(system(i), "Question number " + i + "?", answer(i)))) + "\n";

    private static FineTuningDatasetSummary Summarize(string jsonl)
    {
        var validator = new FineTuningDatasetValidator(new FineTuningValidationOptions { MinFacts = 1 });
        _ = validator.Validate(new StringReader(jsonl)).ToList();
        return validator.Summary;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // gpt-5.6-terra, the default model: $2.00 per 1M input tokens (OpenAI pricing, 2026-12 catalogue)
    private static string PerCall(long tokens) => "$" + FineTuningDatasetAnalyzer.FormatMoney(tokens * 2.00m / 1_000_000m) + " per call at gpt-5.6-terra input prices";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult PromptFirst(string jsonl, string reasons, string examples, long tokens)
    {
        int firstLineLength = jsonl.IndexOf('\n');
        return Diagnostic(FineTuningDatasetAnalyzer.BetterServedByPrompt).WithSpan(TrainPath, 1, 1, 1, firstLineLength + 1)
            .WithArguments(reasons, examples, N(tokens), PerCall(tokens));
    }

    private static Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<FineTuningDatasetAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier> OnlyPromptFirst(string jsonl, string? config = null)
    {
        var test = Create(jsonl, config, withPromptFirst: true);
        test.DisabledDiagnostics.Add("PA3004");
        return test;
    }

    [Fact]
    public async Task Fewer_than_100_examples_are_few_shot_material_priced_at_the_prompt_model()
    {
        string jsonl = Varied(40, i => "Be kind " + i + ".", i => "Sure, happy to help with question " + i + ".");
        var summary = Summarize(jsonl);
        var test = OnlyPromptFirst(jsonl);
        test.ExpectedDiagnostics.Add(PromptFirst(jsonl, "only 40 examples (under 100)", "all 40 examples", summary.TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_shared_system_prompt_that_states_the_behaviour_supports_another_reason()
    {
        string jsonl = Varied(40, _ => LongSystem, i => "Sure, happy to help with question " + i + ". Anything else?");
        var summary = Summarize(jsonl);
        var test = OnlyPromptFirst(jsonl);
        test.ExpectedDiagnostics.Add(PromptFirst(jsonl,
            "only 40 examples (under 100); every example carries the same system prompt (\"You are the support assistant of a furniture shop. Reply in ...\"), which already states the behaviour",
            "all 40 examples", summary.TrainingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_shared_system_prompt_alone_leaves_a_large_dataset_alone()
    {
        // one system prompt in every example is how a good dataset is written; on its own it says nothing
        string jsonl = Varied(120, _ => LongSystem, i => "Sure, happy to help with question " + i + ". Anything else?");
        await OnlyPromptFirst(jsonl).RunAsync();
    }

    [Fact]
    public async Task Answers_that_repeat_the_layout_the_system_prompt_describes_are_a_reason()
    {
        string jsonl = Varied(
            150,
            i => "Classify the ticket " + i + ". Reply with Category: and Priority: lines.",
            i => "Category: billing " + i + "\\nPriority: high");
        var summary = Summarize(jsonl);
        var test = OnlyPromptFirst(jsonl);
        test.ExpectedDiagnostics.Add(PromptFirst(jsonl,
            "100% of the answers repeat one layout (Category: | Priority:) that the system prompt describes",
            "3 typical examples", (long)Math.Round(summary.MeanExampleTokens * 3)));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_large_varied_dataset_is_left_alone()
    {
        string jsonl = Varied(120, i => "Be kind " + i + ".", i => "Sure, happy to help with question " + i + ".");
        await OnlyPromptFirst(jsonl).RunAsync();
    }

    [Fact]
    public async Task A_dataset_that_teaches_facts_gets_PA1002_not_PA3005()
    {
        string jsonl = Varied(30, _ => LongSystem, i => "The premium plan costs $" + (40 + i) + " per month.");
        var test = OnlyPromptFirst(jsonl);
        test.DisabledDiagnostics.Add("PA1002");
        await test.RunAsync();
    }

    [Fact]
    public async Task The_few_examples_threshold_is_an_option_and_PA3002_speaks_for_tiny_datasets()
    {
        string jsonl = Varied(40, i => "Be kind " + i + ".", i => "Sure, happy to help with question " + i + ".");
        await OnlyPromptFirst(jsonl, "prompt_analyzers.finetune_prompt_first_below = 20\n").RunAsync();

        string tiny = Varied(5, i => "Be kind " + i + ".", i => "Sure " + i + ".");
        var test = OnlyPromptFirst(tiny);
        test.DisabledDiagnostics.Add("PA3002");
        await test.RunAsync();
    }
}
