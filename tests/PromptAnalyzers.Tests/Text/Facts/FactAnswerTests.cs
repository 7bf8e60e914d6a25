using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>Answers as fine-tuning examples hold them (PA1002): what an answer teaches, and what it only repeats or apologises for.</summary>
public sealed class FactAnswerTests
{
    private static string Describe(FactReport report) => string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text));

    [Theory]
    [InlineData("Check-in starts at 15:00.", "15:00")]
    [InlineData("Sign-up closes on 3 May.", "3 May")]
    [InlineData("Yes, you can return unused items within 28 days of delivery, and rugs come with a prepaid returns label in the box.", "within 28 days")]
    public void A_fact_in_an_answer_is_found(string answer, string quote)
    {
        var report = FactDetector.Detect(answer);
        Assert.True(report.Facts.Any(f => f.Text.Contains(quote, StringComparison.Ordinal)), Describe(report));
    }

    [Theory]
    [InlineData("I'm sorry, that information is not available.")]
    [InlineData("Sorry, this option is not supported in chat.")]
    [InlineData("Lo siento, esa información no está disponible.")]
    [InlineData("Xin lỗi, thông tin này không được phép chia sẻ.")]
    [InlineData("抱歉，这个问题我无法回答。")]
    public void An_apology_is_not_a_policy(string answer)
    {
        var report = FactDetector.Detect(answer);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void An_answer_that_repeats_the_askers_numbers_teaches_nothing()
    {
        var report = FactDetector.Detect("Your order #48213 of $45.20 was placed on 2025-05-03.", "Where is my order #48213? I paid $45.20 on 2025-05-03.");
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void An_answer_that_adds_its_own_values_still_teaches_them()
    {
        var report = FactDetector.Detect("Orders of $45.20 ship free, and delivery takes 2 business days.", "I paid $45.20, when will it arrive?");
        Assert.Contains(report.Facts, f => f.Text.Contains("2 business days", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Facts, f => f.Text.Contains("$45.20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_number_repeated_alone_is_not_an_echo()
    {
        var report = FactDetector.Detect("Parcels arrive within 3 days.", "I ordered 3 books.");
        Assert.Single(report.Facts);
    }

    [Theory]
    [InlineData("Your order #48213 ships today.")]
    [InlineData("Ticket #1042 was opened by the team.")]
    public void A_reference_number_is_not_a_count(string answer)
    {
        var report = FactDetector.Detect(answer);
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Quantity);
    }
}
