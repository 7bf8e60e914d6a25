using PromptAnalyzers.Text.Formatting;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Formatting;

/// <summary>Composite format strings (string.Format, AppendFormat) read as string.Format reads them.</summary>
public sealed class CompositeFormatScannerTests
{
    [Fact]
    public void Literal_text_and_items_alternate_in_order()
    {
        var segments = CompositeFormatScanner.Scan("Hello {0}, your plan is {1}.")!;

        Assert.Equal(
            new[] { "text:Hello ", "item 0:0", "text:, your plan is ", "item 1:1", "text:." },
            segments.Select(Show));
    }

    [Fact]
    public void Doubled_braces_are_literal_braces()
    {
        var segments = CompositeFormatScanner.Scan("Answer as JSON: {{\"plan\": \"{0}\"}}")!;

        Assert.Equal(new[] { "text:Answer as JSON: {\"plan\": \"", "item 0:0", "text:\"}" }, segments.Select(Show));
    }

    [Theory]
    [InlineData("{0,10}")]
    [InlineData("{0:N2}")]
    [InlineData("{0,-8:C}")]
    [InlineData("{name}")]
    [InlineData("{}")]
    [InlineData("{-1}")]
    public void An_item_with_alignment_or_format_or_no_number_has_no_bare_index(string format)
    {
        var item = Assert.Single(CompositeFormatScanner.Scan(format)!);

        Assert.True(item.IsItem);
        Assert.Null(item.Index);
        Assert.Equal(format.Substring(1, format.Length - 2), item.Text);
    }

    [Fact]
    public void Spaces_around_the_index_are_allowed()
        => Assert.Equal(2, Assert.Single(CompositeFormatScanner.Scan("{ 2 }")!).Index);

    [Fact]
    public void An_item_that_is_not_closed_makes_the_format_unreadable()
        => Assert.Null(CompositeFormatScanner.Scan("Plan: {0} costs {1"));

    [Fact]
    public void A_lone_closing_brace_is_kept_as_text()
        => Assert.Equal(new[] { "text:a } b" }, CompositeFormatScanner.Scan("a } b")!.Select(Show));

    [Fact]
    public void An_empty_format_has_no_segments()
        => Assert.Empty(CompositeFormatScanner.Scan(string.Empty)!);

    private static string Show(FormatSegment segment) => segment.IsItem ? $"item {segment.Index}:{segment.Text}" : "text:" + segment.Text;
}
