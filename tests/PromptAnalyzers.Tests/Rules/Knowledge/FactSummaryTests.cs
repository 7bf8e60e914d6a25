using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Text.Facts;
using Xunit;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>How PA1001 (prompts) and PA1002 (fine-tuning examples, in C# and in JSONL datasets) name the facts they found.</summary>
[Trait("Rule", "PA1001")]
[Trait("Rule", "PA1002")]
public sealed class FactSummaryTests
{
    [Fact]
    public void One_fact_is_quoted()
        => Assert.Equal("1 fact ('$49/month')", FactSummary.Describe(Report("$49/month")));

    [Fact]
    public void Three_facts_are_all_quoted()
        => Assert.Equal("3 facts ('$12', '100 GB', '20%')", FactSummary.Describe(Report("$12", "100 GB", "20%")));

    [Fact]
    public void Past_three_facts_the_rest_is_an_ellipsis()
        => Assert.Equal("4 facts ('$12', '100 GB', '20%', ...)", FactSummary.Describe(Report("$12", "100 GB", "20%", "support@contoso.com")));

    [Fact]
    public void A_thousand_facts_are_counted_with_a_separator()
        => Assert.StartsWith("1,000 facts ('fact 0', 'fact 1', 'fact 2', ...)", FactSummary.Describe(Report(Enumerable.Range(0, 1000).Select(i => "fact " + i).ToArray())));

    [Theory]
    [InlineData("Contoso Ltd.\n1 Main Street\n", "1 fact ('Contoso Ltd. 1 Main Street')")]
    [InlineData("Contoso Ltd.\r\n1 Main Street", "1 fact ('Contoso Ltd.  1 Main Street')")]
    public void A_fact_on_several_lines_is_quoted_on_one(string fact, string expected)
        => Assert.Equal(expected, FactSummary.Describe(Report(fact)));

    [Fact]
    public void A_long_fact_is_cut_at_sixty_characters()
    {
        var address = "Contoso Ltd., Building 42, 1 Microsoft Way, Redmond, WA 98052, United States";

        Assert.Equal("1 fact ('" + address.Substring(0, 57) + "...')", FactSummary.Describe(Report(address)));
    }

    [Fact]
    public void A_reference_block_with_one_fact_is_named_as_a_block()
        => Assert.Equal("a block of reference material ('SKU-1001')", FactSummary.Describe(Report(hasReferenceBlock: true, "SKU-1001")));

    [Fact]
    public void A_reference_block_without_facts_is_named_without_quotes()
        => Assert.Equal("a block of reference material", FactSummary.Describe(Report(hasReferenceBlock: true)));

    [Fact]
    public void A_reference_block_with_several_facts_counts_them()
        => Assert.Equal("2 facts ('SKU-1001', '$12')", FactSummary.Describe(Report(hasReferenceBlock: true, "SKU-1001", "$12")));

    private static FactReport Report(params string[] facts) => Report(hasReferenceBlock: false, facts);

    private static FactReport Report(bool hasReferenceBlock, params string[] facts)
        => new(facts.Select((text, i) => new FactSpan(i * 100, text.Length, FactKind.Quantity, text, i * 100, text.Length)).ToList(), hasReferenceBlock);
}
