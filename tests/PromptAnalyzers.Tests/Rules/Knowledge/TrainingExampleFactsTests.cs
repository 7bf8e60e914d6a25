using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

[Trait("Rule", "PA1002")]
public sealed class TrainingExampleFactsTests
{
    [Fact]
    public async Task Assistant_examples_collected_into_a_fine_tuning_set_get_PA1002_instead_of_PA1001()
    {
        await PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HardcodedFactsAnalyzer>.VerifyAsync(
            """
            using System.IO;
            using System.Text.Json;
            using Microsoft.Extensions.AI;
            using OpenAI.Files;
            static class Dataset
            {
                public static void Build(OpenAIFileClient files)
                {
                    var examples = new List<ChatMessage[]>
                    {
                        new[]
                        {
                            new ChatMessage(ChatRole.User, "How much is Pro?"),
                            new ChatMessage(ChatRole.Assistant, {|#0:"The Pro plan costs $49/month."|}),
                        },
                    };
                    File.WriteAllLines("train.jsonl", examples.Select(e => JsonSerializer.Serialize(e)));
                    files.UploadFile("train.jsonl", FileUploadPurpose.FineTune);
                }
            }
            """,
            PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HardcodedFactsAnalyzer>.Diagnostic(PromptAnalyzers.Rules.FineTuning.FineTuningDatasetAnalyzer.ExampleTeachesFacts)
                .WithLocation(0).WithArguments("1 fact ('$49/month')")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Few_shot_assistant_turns_in_a_prompt_stay_PA1001()
    {
        await PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HardcodedFactsAnalyzer>.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class FewShot
            {
                public static ChatMessage Example() => new ChatMessage(ChatRole.Assistant, "The Pro plan costs $49/month.");
            }
            """);
    }
}
