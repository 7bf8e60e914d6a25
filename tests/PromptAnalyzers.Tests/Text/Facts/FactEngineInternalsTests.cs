using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>The fact engine's phrase search (<see cref="PhraseIndex"/>), which skips the rest of a word once it has tried its start.</summary>
public sealed class FactEngineInternalsTests
{
    [Theory]
    [InlineData("please see the refund policy", "refund", 15)] // a word start
    [InlineData("nonrefundable items", "refund", -1)] // the middle of a word of a spaced script
    [InlineData("Refund: none", "refund", -1)] // phrases are lower case; the text is searched as given
    [InlineData("übernachtung refund", "refund", 13)] // a word start after a non-ASCII word
    [InlineData("überrefund", "refund", -1)] // the middle of a word that starts with a non-ASCII letter
    [InlineData("退款政策如下", "政策", 2)] // a script without spaces: any position
    [InlineData("price政策", "政策", 5)] // a script without spaces right after a word of a spaced one
    [InlineData("x-refund", "refund", 2)] // after a hyphen
    [InlineData("costs  per month", " per ", 6)] // a phrase with a leading space is found by its first letter
    public void A_phrase_is_found_at_a_word_start_or_in_a_script_without_spaces(string text, string phrase, int expected)
    {
        var index = new PhraseIndex(new[] { phrase });
        Assert.Equal(expected, index.IndexOf(text, 0, out _));
    }

    [Fact]
    public void The_phrase_search_starts_where_it_is_told_and_stops_at_the_end_it_is_given()
    {
        var index = new PhraseIndex(new[] { "open", "opening hours" });
        const string text = "open daily; opening hours vary";
        Assert.Equal(0, index.IndexOf(text, 0, out var first));
        Assert.Equal("open", first);
        Assert.Equal(12, index.IndexOf(text, 1, out var longest));
        Assert.Equal("opening hours", longest); // the longest phrase at a position wins
        Assert.Equal(12, index.IndexOf(text, 1, 19, out var cut));
        Assert.Equal("open", cut); // "opening hours" does not fit before 19
        Assert.Equal(-1, index.IndexOf(text, 13, out _)); // "pening": a word's middle
    }
}
