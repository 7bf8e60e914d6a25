using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>docs/configuration.md must say what the code does: its price table is ModelCatalog's, row for row.</summary>
public class ConfigurationDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(TokenTestData.RepositoryRoot(), "docs", "configuration.md"));

    [Fact]
    public void Price_table_matches_the_catalog_exactly()
    {
        string[] lines = Docs.Replace("\r\n", "\n").Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("| model | vendor | encoding | USD per 1M input tokens |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/configuration.md has no price table");
        string[] documented = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToArray();

        string[] expected = ModelCatalog.Prices
            .Select(p => $"| `{p.ModelId}` | {p.Vendor} | {TokenCounter.NameOf(p.Encoding)}{(p.EncodingIsExact ? string.Empty : " (estimate)")} | {CostFormatter.FormatPricePerMillion(p.InputPricePerMillion)} |")
            .ToArray();
        Assert.Equal(expected, documented);
    }

    [Fact]
    public void Docs_state_the_as_of_date_the_keys_and_the_default_model()
    {
        Assert.StartsWith("# Configuration", Docs, StringComparison.Ordinal);
        Assert.Contains("## Models, encodings and prices", Docs, StringComparison.Ordinal);
        Assert.Contains($"Prices as of **{ModelCatalog.PricesAsOf}**", Docs, StringComparison.Ordinal);
        Assert.Contains("| `prompt_analyzers.price.<model-id>` |", Docs, StringComparison.Ordinal);
        Assert.Contains($"| `prompt_analyzers.default_model` | `{ModelCatalog.DefaultModelId}` |", Docs, StringComparison.Ordinal);
    }
}
