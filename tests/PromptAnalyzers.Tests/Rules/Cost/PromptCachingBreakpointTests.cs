using PromptAnalyzers.Rules.Cost;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Cost.PromptCachingAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>
/// PA2003 on Anthropic's explicit cache breakpoints: a block whose CacheControl is set caches the request up to and
/// including it, so a dynamic part in that block or a block before it makes every cache entry unique to its call.
/// </summary>
[Trait("Rule", "PA2003")]
public sealed class PromptCachingBreakpointTests
{
    [Fact]
    public async Task A_breakpoint_after_a_system_block_with_the_user_name()
    {
        await Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Anthropic.Models.Messages;
            static class Bot
            {
                private const string Instructions = "You are a patient tutor. Give hints before answers.";

                public static MessageCreateParams Build(string userName, string question) => new MessageCreateParams
                {
                    Model = "claude-sonnet-5-5",
                    MaxTokens = 512,
                    System = new List<TextBlockParam>
                    {
                        new() { Text = $"The user is {userName}." },
                        new() { Text = Instructions, {|#0:CacheControl = new CacheControlEphemeral()|} },
                    },
                    Messages = [new UserMessageParam { Content = question }],
                };
            }
            """,
            Verify.Diagnostic(PromptCachingAnalyzer.BreakpointRule).WithLocation(0).WithArguments("userName"));
    }

    [Fact]
    public async Task A_breakpoint_on_a_block_of_retrieved_text()
    {
        await Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Anthropic.Models.Messages;
            static class Bot
            {
                public static MessageCreateParams Build(string context, string question) => new MessageCreateParams
                {
                    Model = "claude-sonnet-5-5",
                    MaxTokens = 512,
                    System = new List<TextBlockParam>
                    {
                        new() { Text = context, {|#0:CacheControl = new CacheControlEphemeral()|} },
                    },
                    Messages = [new UserMessageParam { Content = question }],
                };
            }
            """,
            Verify.Diagnostic(PromptCachingAnalyzer.BreakpointRule).WithLocation(0).WithArguments("context"));
    }

    [Fact]
    public async Task A_breakpoint_on_a_content_block_after_retrieved_text()
    {
        await Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Anthropic.Models.Messages;
            static class Bot
            {
                private const string Question = "Which of these documents mentions the renewal date?";

                public static MessageCreateParams Build(string documents) => new MessageCreateParams
                {
                    Model = "claude-sonnet-5-5",
                    MaxTokens = 512,
                    Messages =
                    [
                        new UserMessageParam
                        {
                            Content = new List<ContentBlockParam>
                            {
                                new TextBlockParam { Text = documents },
                                new TextBlockParam { Text = Question, {|#0:CacheControl = new CacheControlEphemeral()|} },
                            },
                        },
                    ],
                };
            }
            """,
            Verify.Diagnostic(PromptCachingAnalyzer.BreakpointRule).WithLocation(0).WithArguments("documents"));
    }

    [Fact]
    public async Task No_diagnostic_for_a_breakpoint_before_the_dynamic_blocks_or_without_one()
    {
        await Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Anthropic.Models.Messages;
            static class Bot
            {
                private const string Instructions = "You are a patient tutor. Give hints before answers.";

                public static MessageCreateParams Cached(string userName, string question) => new MessageCreateParams
                {
                    Model = "claude-sonnet-5-5",
                    MaxTokens = 512,
                    System = new List<TextBlockParam>
                    {
                        new() { Text = Instructions, CacheControl = new CacheControlEphemeral() },
                        new() { Text = $"The user is {userName}." },
                    },
                    Messages = [new UserMessageParam { Content = question }],
                };

                public static MessageCreateParams Uncached(string userName, string question) => new MessageCreateParams
                {
                    Model = "claude-sonnet-5-5",
                    MaxTokens = 512,
                    System = new List<TextBlockParam>
                    {
                        new() { Text = $"The user is {userName}." },
                        new() { Text = Instructions, CacheControl = null },
                    },
                    Messages = [new UserMessageParam { Content = question }],
                };
            }
            """);
    }
}
