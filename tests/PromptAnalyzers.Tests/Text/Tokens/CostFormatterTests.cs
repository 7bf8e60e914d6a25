using System.Globalization;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class CostFormatterTests
{
    [Theory]
    [InlineData(1284, "2.50", "$0.0032 per call, $3.21 per 1,000 calls")]
    [InlineData(1_000_000, "2.50", "$2.50 per call, $2,500.00 per 1,000 calls")]
    [InlineData(80, "0.15", "$0.000012 per call, $0.012 per 1,000 calls")]
    [InlineData(0, "2.50", "$0.00 per call, $0.00 per 1,000 calls")]
    [InlineData(40_000, "30", "$1.20 per call, $1,200.00 per 1,000 calls")]
    public void Per_call_and_per_thousand_calls(long tokens, string price, string expected)
        => Assert.Equal(expected, CostFormatter.FormatPerCallAndPerThousand(tokens, decimal.Parse(price, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.0032104", "$0.0032")]
    [InlineData("0.000012", "$0.000012")]
    [InlineData("0.00001234", "$0.000012")]
    [InlineData("0.32", "$0.32")]
    [InlineData("0.5", "$0.50")]
    [InlineData("0.0999", "$0.10")]
    [InlineData("0.995", "$1.00")]
    [InlineData("3.205", "$3.21")]
    [InlineData("1234567.891", "$1,234,567.89")]
    [InlineData("0", "$0.00")]
    [InlineData("0.0000000000001", "$0.00000000000010")]
    public void Usd_amounts(string amount, string expected)
        => Assert.Equal(expected, CostFormatter.FormatUsd(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1284, "1,284")]
    [InlineData(1_234_567, "1,234,567")]
    public void Token_counts_have_thousands_separators(long tokens, string expected)
        => Assert.Equal(expected, CostFormatter.FormatTokens(tokens));

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("$0.0032 per call, $3.21 per 1,000 calls", CostFormatter.FormatPerCallAndPerThousand(1284, 2.50m));
            Assert.Equal("1,284", CostFormatter.FormatTokens(1284));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
