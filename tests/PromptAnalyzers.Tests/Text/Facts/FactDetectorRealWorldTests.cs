using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>False alarms seen by the real-world check (docs/accuracy.md, "Real-world check"), as general rules.</summary>
public sealed class FactDetectorRealWorldTests
{
    [Theory]
    [InlineData("How many 20 cents can I get from 1 dollar?")]
    [InlineData("<message role=\"user\">How many 20 cents can I get from 1 dollar?</message>")]
    [InlineData("Given that it is now the 9th of September 2024, 11:29 AM, what is the likely color of the sky in Boston?")]
    public void A_question_asks_about_its_values_and_states_no_fact(string prompt)
    {
        Assert.False(FactDetector.Detect(prompt).MeetsThreshold(2));
    }

    [Fact]
    public void Graded_few_shot_records_are_examples_not_knowledge()
    {
        const string prompt = """
            Rate how relevant the answer is to the question, from 1 to 5 stars.

            context: The Beatles were an English rock band formed in Liverpool in 1960.
            question: Where were The Beatles formed?
            answer: The band began their journey in London, England.
            stars: 2

            context: The recent Mars rover, Perseverance, was launched in 2020 to search for signs of ancient life.
            question: What are the main goals of the Perseverance mission?
            answer: It searches for signs of ancient life on Mars.
            stars: 3
            """;
        Assert.False(FactDetector.Detect(prompt).MeetsThreshold(2));
    }

    [Fact]
    public void The_same_value_repeated_is_one_fact()
    {
        const string prompt = "Find the closing price of each ticker on December 31, 2025.\nFor each ticker, ask the search agent for the closing price on December 31, 2025.";
        Assert.False(FactDetector.Detect(prompt).MeetsThreshold(2));
    }

    [Fact]
    public void A_question_next_to_stated_facts_leaves_the_facts()
    {
        const string prompt = "Returns are accepted within 30 days. Shipping costs $4.99. Can I help with anything else?";
        Assert.True(FactDetector.Detect(prompt).MeetsThreshold(2));
    }
}
