using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Text.Facts;
using Xunit;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>The PA1001 "Facts" diagnostic property: what the analyzer writes, the code fix reads back.</summary>
[Trait("Rule", "PA1001")]
public sealed class FactsPropertyCodecTests
{
    private const string Prompt = "You are the Contoso assistant.\nThe Pro plan costs $49/month.\nSupport: support@contoso.com.\n";

    [Fact]
    public void Decoding_what_was_encoded_gives_back_every_fact_and_unit()
    {
        var facts = new[]
        {
            Fact("$49/month", unit: "The Pro plan costs $49/month.", FactKind.Money),
            Fact("support@contoso.com", unit: "Support: support@contoso.com.", FactKind.Email),
        };

        var decoded = FactsPropertyCodec.Decode(FactsPropertyCodec.Encode(facts));

        Assert.Equal(
            facts.Select(f => (f.Start, f.Length, f.UnitStart, f.UnitLength)),
            decoded.Select(f => (f.Start, f.Length, f.UnitStart, f.UnitLength)));
    }

    [Fact]
    public void Encoding_is_four_invariant_numbers_per_fact_joined_by_semicolons()
    {
        var encoded = FactsPropertyCodec.Encode(new[] { new FactSpan(1234, 5, FactKind.Money, "$1000", 1200, 1500) });

        Assert.Equal("1234,5,1200,1500", encoded);
    }

    [Fact]
    public void Units_are_the_units_inside_the_text_in_order()
    {
        var units = FactsPropertyCodec.Units("50,9,31,29;70,19,61,29", Prompt.Length);

        Assert.Equal(new[] { "The Pro plan costs $49/month.", "Support: support@contoso.com." }, units.Select(u => Prompt.Substring(u.Start, u.Length)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("50,9,31")]
    [InlineData("50,9,31,x")]
    [InlineData("50,9,31,29,1")]
    [InlineData("50,9,-1,29")]
    [InlineData("50,9,31,0")]
    [InlineData("50,9,100,29")]
    public void Malformed_or_out_of_range_entries_give_no_unit(string? value)
        => Assert.Empty(FactsPropertyCodec.Units(value, Prompt.Length));

    [Fact]
    public void A_malformed_entry_does_not_hide_the_well_formed_ones()
    {
        var units = FactsPropertyCodec.Units(";50,9,31,29;garbage;;", Prompt.Length);

        Assert.Equal((31, 29), Assert.Single(units));
    }

    private static FactSpan Fact(string text, string unit, FactKind kind)
    {
        var unitStart = Prompt.IndexOf(unit, StringComparison.Ordinal);
        var start = Prompt.IndexOf(text, unitStart, StringComparison.Ordinal);
        return new FactSpan(start, text.Length, kind, text, unitStart, unit.Length);
    }
}
