using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCachingAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2003. ". You are a helpful support assistant for Contoso. Answer in two sentences." is 16 tokens in o200k_base
/// (reference tiktoken); the cache minimum is lowered in .editorconfig so that a short prompt can reach it. gpt-5.6-terra:
/// $2.00 input, $0.20 cached input (OpenAI), so 16 tokens save 16 × $1.80 / 1M = $0.0000288 a call, $0.029 per 1,000.
/// </summary>
[Trait("Rule", "PA2003")]
public sealed class PromptCachingAnalyzerTests
{
    private const string LowMinimum = "prompt_analyzers.cache_min_tokens.gpt-5.6-terra = 10";

    [Fact]
    public async Task A_user_name_before_the_instructions()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, {|#0:$"Hello {userName}. You are a helpful support assistant for Contoso. Answer in two sentences."|});
            }
            """,
            LowMinimum,
            Verify.Diagnostic(PromptCachingAnalyzer.Rule).WithLocation(0).WithArguments(
                "System prompt", "userName", "16", "", "10", "gpt-5.6-terra (prompt_analyzers.default_model)", "$0.029", "$0.20"));
    }

    [Fact]
    public async Task No_diagnostic_when_the_dynamic_part_is_last_or_the_static_text_is_below_the_minimum()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Last(string userName)
                    => new ChatMessage(ChatRole.System, $"You are a helpful support assistant for Contoso. Answer in two sentences. The user is {userName}.");

                public static ChatMessage Short(string userName)
                    => new ChatMessage(ChatRole.System, $"Hello {userName}. Be brief.");
            }
            """,
            LowMinimum);
    }

    [Fact]
    public async Task No_diagnostic_below_the_providers_own_minimum_or_without_a_cached_price()
    {
        // OpenAI caches from 1,024 tokens: 16 static tokens are far below. my-local-model has no cached-input price.
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            using OllamaSharp;
            static class Bot
            {
                public static ChatMessage Build(string userName)
                    => new ChatMessage(ChatRole.System, $"Hello {userName}. You are a helpful support assistant for Contoso. Answer in two sentences.");

                public static Chat Local(string userName)
                    => new Chat(new OllamaApiClient("http://localhost:11434", "my-local-model"), $"Hello {userName}. You are a helpful support assistant for Contoso. Answer in two sentences.");
            }
            """,
            "prompt_analyzers.cache_min_tokens.my-local-model = 10");
    }
}
