using System.Globalization;
using System.Text.RegularExpressions;
using PromptAnalyzers.Tests.Package;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tests.Text.Tokens;

public sealed class ModelCatalogTests
{
    [Theory]
    [InlineData("gpt-4o", TokenEncoding.O200kBase, true, "2.50")]
    [InlineData("GPT-4o-2024-08-06", TokenEncoding.O200kBase, true, "2.50")]
    [InlineData("gpt-4o-mini-2024-07-18", TokenEncoding.O200kBase, true, "0.15")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:contoso::abc123", TokenEncoding.O200kBase, true, "0.15")]
    [InlineData("gpt-4.1-nano", TokenEncoding.O200kBase, true, "0.10")]
    [InlineData("gpt-5", TokenEncoding.O200kBase, true, "1.25")]
    [InlineData("o3-mini", TokenEncoding.O200kBase, true, "1.10")]
    [InlineData("o1", TokenEncoding.O200kBase, true, "15.00")]
    [InlineData("gpt-4-turbo-2024-04-09", TokenEncoding.Cl100kBase, true, "10.00")]
    [InlineData("gpt-4", TokenEncoding.Cl100kBase, true, "30.00")]
    [InlineData("gpt-35-turbo", TokenEncoding.Cl100kBase, true, "0.50")]
    [InlineData("gpt-3.5-turbo-0125", TokenEncoding.Cl100kBase, true, "0.50")]
    [InlineData("claude-sonnet-4-5-20250929", TokenEncoding.O200kBase, false, "3.00")]
    [InlineData("gemini-2.5-flash", TokenEncoding.O200kBase, false, "0.30")]
    [InlineData("llama3.1", TokenEncoding.O200kBase, false, null)]
    [InlineData("", TokenEncoding.O200kBase, false, null)]
    public void Resolves_families_snapshots_and_prices(string id, TokenEncoding encoding, bool exact, string? price)
    {
        var model = ModelCatalog.Resolve(id);
        Assert.Equal(encoding, model.Encoding);
        Assert.Equal(exact, model.EncodingIsExact);
        Assert.Equal(price is null ? null : decimal.Parse(price, CultureInfo.InvariantCulture), model.InputPricePerMillion);
    }

    [Fact]
    public void Docs_price_table_matches_the_catalog()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md"));
        Assert.Contains("as of " + ModelCatalog.PricesAsOf, docs, StringComparison.Ordinal);
        var rows = Regex.Matches(docs, @"^\| `([^`]+)` \| (o200k_base|cl100k_base) \((exact|estimate)\) \| ([0-9.]+) \|$", RegexOptions.Multiline)
            .Select(m => (Model: m.Groups[1].Value, Encoding: m.Groups[2].Value, Exact: m.Groups[3].Value == "exact", Price: decimal.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(ModelCatalog.Prices.Select(p => p.Model), rows.Select(r => r.Model));
        foreach (var row in rows)
        {
            var model = ModelCatalog.Resolve(row.Model);
            Assert.Equal(row.Price, model.InputPricePerMillion);
            Assert.Equal(row.Encoding, TokenCounter.NameOf(model.Encoding));
            Assert.Equal(row.Exact, model.EncodingIsExact);
        }
    }

    [Theory]
    [InlineData("0.0000375", "$0.000038")]
    [InlineData("0.0032", "$0.0032")]
    [InlineData("0.015", "$0.015")]
    [InlineData("3.2125", "$3.21")]
    [InlineData("1234.5", "$1,234.50")]
    [InlineData("0", "$0")]
    public void Amounts_are_formatted_for_humans(string amount, string expected)
    {
        Assert.Equal(expected, CostFormatter.FormatAmount(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }
}
