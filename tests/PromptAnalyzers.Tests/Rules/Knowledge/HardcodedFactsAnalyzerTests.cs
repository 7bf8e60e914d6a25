using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.HardcodedFactsAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

[Trait("Rule", "PA1001")]
public sealed class HardcodedFactsAnalyzerTests
{
    [Fact]
    public async Task System_prompt_with_facts_quotes_them_and_locates_each_in_the_literal()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, {|#0:"You are Contoso's support bot. The Pro plan costs {|#1:$49/month|}. Refunds are accepted {|#2:within 30 days|}. Email {|#3:support@contoso.com|} for help."|});
            """,
            Verify.Diagnostic(HardcodedFactsAnalyzer.Rule).WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3)
                .WithArguments("System prompt", "3 facts ('$49/month', 'within 30 days', 'support@contoso.com')"));
    }

    [Fact]
    public async Task Facts_across_a_const_field_and_an_interpolation_hole_report_at_the_sink()
    {
        await Verify.VerifyAsync(
            """
            using OpenAI.Chat;
            static class Bot
            {
                private const string Policy = {|#1:"The Pro plan costs $49/month and refunds are accepted within 30 days."|};
                public static ChatCompletion Ask(ChatClient client, string company) =>
                    client.CompleteChat(new SystemChatMessage({|#0:$"You are a support bot for {company}. {Policy}"|}));
            }
            """,
            Verify.Diagnostic(HardcodedFactsAnalyzer.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("System prompt", "2 facts ('$49/month', 'within 30 days')"));
    }

    [Fact]
    public async Task Instruction_only_prompts_are_silent()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            var a = new ChatMessage(ChatRole.System, "You are a helpful assistant. Answer in at most 3 sentences. Use a friendly tone.");
            var b = new ChatMessage(ChatRole.System, "Return JSON like {\"name\": \"Alice\", \"age\": 30}. Never invent data.");
            """);
    }

    [Fact]
    public async Task Threshold_is_configurable()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;
            var a = new ChatMessage(ChatRole.System, "You are Contoso's support bot. The Pro plan costs $49/month and refunds are accepted within 30 days.");
            """,
            "prompt_analyzers.min_facts = 3");
    }

    [Fact]
    public async Task An_assistant_turn_with_no_user_turn_after_it_is_not_a_sample_and_is_reported()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.SemanticKernel.ChatCompletion;
            var history = new ChatHistory();
            history.AddUserMessage("When are you open?");
            history.AddAssistantMessage({|#0:"We are open Monday to Friday 9:00-17:00 and our phone number is +1 800 555 0199."|});
            """,
            Verify.Diagnostic(HardcodedFactsAnalyzer.Rule).WithLocation(0).WithArguments("Assistant message", "2 facts ('Monday to Friday 9:00-17:00', '+1 800 555 0199')")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public void Facts_property_carries_offsets_and_units_into_the_text_property()
    {
        var sites = PromptAnalyzers.Tests.Infrastructure.DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            var message = new ChatMessage(ChatRole.System, "Be brief.\nThe Pro plan costs $49/month.\nRefunds within 30 days.");
            """);
        var text = Assert.Single(sites).Text.Render();
        var report = PromptAnalyzers.Text.Facts.FactDetector.Detect(text);
        Assert.Equal(2, report.Facts.Count);
        Assert.All(report.Facts, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.All(report.Facts, f => Assert.DoesNotContain("Be brief.", text.Substring(f.UnitStart, f.UnitLength), StringComparison.Ordinal));
    }
}
