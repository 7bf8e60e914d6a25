using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptVolumeAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2005. The block size is lowered in .editorconfig so short prompts qualify; token counts from the reference tiktoken
/// (o200k_base). gpt-5.6-terra: $2.00 input, $0.20 cached input (OpenAI). 1,000,000 calls a day = 30,000,000 a month.
/// </summary>
[Trait("Rule", "PA2005")]
public sealed class PromptVolumeAnalyzerTests
{
    private const string SupportPrompt = "You are a helpful support assistant for Contoso. Answer in two sentences."; // 15 tokens

    private const string FineTune = "at this volume a fine-tuned or LoRA-adapted small model could carry the format and examples instead of sending them with every call";

    [Fact]
    public async Task Large_block_at_volume_with_the_caching_saving()
    {
        // 15 × $2.00 / 1M × 30M = $900.00; cached: 15 × $0.20 / 1M × 30M = $90.00.
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"{{SupportPrompt}}"|});
            """,
            "prompt_analyzers.calls_per_day = 1000000\nprompt_analyzers.static_block_tokens = 10\nprompt_analyzers.cache_min_tokens.gpt-5.6-terra = 10",
            Verify.Diagnostic(PromptVolumeAnalyzer.Rule).WithLocation(0).WithArguments(
                "System prompt", "15", "1,000,000", "$900.00", "gpt-5.6-terra (prompt_analyzers.default_model)",
                "; prompt caching (a static prefix, $0.20/1M cached input) would bring it to $90.00 (saving $810.00)", FineTune));
    }

    [Fact]
    public async Task Facts_in_the_prompt_say_retrieval_first()
    {
        // 34 tokens × $2.00 / 1M × 30M = $2,040.00; below OpenAI's 1,024-token cache minimum, so no caching note.
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. The Pro plan costs $49/month. Refunds are accepted within 30 days. Email support@contoso.com for help."|});
            """,
            "prompt_analyzers.calls_per_day = 1000000\nprompt_analyzers.static_block_tokens = 10",
            Verify.Diagnostic(PromptVolumeAnalyzer.Rule).WithLocation(0).WithArguments(
                "System prompt", "34", "1,000,000", "$2,040.00", "gpt-5.6-terra (prompt_analyzers.default_model)", string.Empty,
                "the prompt also hardcodes facts (PA1001): move them into retrieval first, then see what the prompt still costs; never fine-tune facts"));
    }

    [Theory]
    [InlineData("")] // off unless calls_per_day is set
    [InlineData("prompt_analyzers.calls_per_day = 1000000")] // 15 tokens is below the default 1,500-token block
    [InlineData("prompt_analyzers.calls_per_day = 100000\nprompt_analyzers.static_block_tokens = 10")] // $90.00 a month, below the $100 threshold
    [InlineData("prompt_analyzers.calls_per_day = 1000000\nprompt_analyzers.static_block_tokens = 10\nprompt_analyzers.monthly_cost_threshold = 1000")]
    public async Task No_diagnostic_below_the_thresholds(string editorConfig)
    {
        await Verify.VerifyAsync(
            $$"""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, "{{SupportPrompt}}");
            """,
            editorConfig);
    }
}
