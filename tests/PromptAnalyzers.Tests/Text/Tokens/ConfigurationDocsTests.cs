using System.Globalization;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>
/// The model catalogue is one data file (Models.tsv, embedded in PromptAnalyzers.Text); docs/configuration.md shows it and
/// the code reads it. These tests hold the three together.
/// </summary>
public class ConfigurationDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(TokenTestData.RepositoryRoot(), "docs", "configuration.md")).Replace("\r\n", "\n");

    private static readonly string DataFile = File.ReadAllText(Path.Combine(TokenTestData.RepositoryRoot(), "src", "PromptAnalyzers.Text", "Tokens", "Models.tsv")).Replace("\r\n", "\n");

    [Fact]
    public void Embedded_catalogue_is_the_data_file_and_every_row_parses()
    {
        Assert.Equal(DataFile, ModelTable.ReadText().Replace("\r\n", "\n"));
        string[] lines = DataFile.Split('\n').Where(l => l.Length > 0).ToArray();
        Assert.Equal(string.Join("\t", ModelTable.Columns), lines[0]);
        Assert.Equal(lines.Length - 1, ModelTable.Rows.Count);
        Assert.Equal(lines.Skip(1).Select(l => l.Split('\t')[0]), ModelTable.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Model_table_in_docs_matches_the_catalogue_row_for_row()
    {
        string[] expected = ModelCatalog.Models.Select(r =>
            $"| `{r.ModelId}` | {r.Provider} | {r.Tokenizer} | {Tokens(r.ContextWindow)} | {Tokens(r.MaxOutput)} | {Price(r.InputPricePerMillion)} | {Price(r.CachedInputPricePerMillion)} | {Tokens(r.CacheMinTokens)} | {r.Retired} | {r.AsOf} |").ToArray();
        Assert.Equal(expected, TableAfter("| model | provider | tokenizer | context window |"));
    }

    [Fact]
    public void Family_table_in_docs_matches_the_catalogue_prefix_rows()
    {
        string[] expected = ModelTable.Rows.Where(r => r.IsPrefix).Select(r => $"| `{r.Key}` | {r.Provider} | {r.Tokenizer} |").ToArray();
        Assert.Equal(expected, TableAfter("| id prefix | provider | tokenizer |"));
    }

    [Fact]
    public void Every_row_has_a_source_and_date_and_sane_figures()
    {
        Assert.All(ModelTable.Rows, row =>
        {
            Assert.StartsWith("[1] https://", row.Source, StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}-\d{2}(-\d{2})?$", row.AsOf);
            Assert.Equal(row.ModelId.ToLowerInvariant(), row.ModelId);
            Assert.Contains(row.Provider, new[] { "OpenAI", "Anthropic", "Google" });
            if (row.Retired is not null)
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row.Retired);
            }

            if (row.CachedInputPricePerMillion is { } cached)
            {
                Assert.True(cached <= row.InputPricePerMillion, row.ModelId + ": cached input dearer than input");
            }

            if (row.MaxOutput is { } maxOutput && row.ContextWindow is { } context)
            {
                Assert.True(maxOutput <= context, row.ModelId + ": max output over the context window");
            }
        });
        Assert.Equal(ModelCatalog.Models.Count, ModelCatalog.Models.Select(r => r.ModelId).Distinct().Count());
    }

    [Fact]
    public void Default_model_is_a_current_exactly_counted_OpenAI_model_and_the_docs_say_so()
    {
        ModelRow row = Assert.Single(ModelCatalog.Models, r => r.ModelId == ModelCatalog.DefaultModelId);
        Assert.Equal("OpenAI", row.Provider);
        Assert.Null(row.Retired);
        Assert.True(row.Tokenizer.IsExact);
        Assert.NotNull(row.InputPricePerMillion);
        Assert.Contains($"| `prompt_analyzers.default_model` | `{ModelCatalog.DefaultModelId}` |", Docs, StringComparison.Ordinal);
        Assert.Contains($"**Why `{ModelCatalog.DefaultModelId}` is the default.**", Docs, StringComparison.Ordinal);
        Assert.Equal(ModelCatalog.DefaultModelId, PromptAnalyzers.Options.PromptAnalyzersOptions.DefaultModelId);
    }

    [Fact]
    public void Docs_state_the_catalogue_date_and_every_per_model_key()
    {
        Assert.Contains($"Catalogue as of **{ModelCatalog.CatalogAsOf}**", Docs, StringComparison.Ordinal);
        Assert.All(ModelSettingKeys.All, key => Assert.Contains("| `" + key, Docs, StringComparison.Ordinal));
        Assert.All(ModelTable.Rows, row => Assert.True(string.CompareOrdinal(row.AsOf, ModelCatalog.CatalogAsOf) <= 0, row.ModelId + " is dated after the catalogue"));
    }

    private static string[] TableAfter(string headerStart)
    {
        string[] lines = Docs.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith(headerStart, StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/configuration.md has no table starting " + headerStart);
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToArray();
    }

    private static string Tokens(int? tokens) => tokens?.ToString("N0", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Price(decimal? price) => price is { } p ? CostFormatter.FormatPricePerMillion(p) : string.Empty;
}
