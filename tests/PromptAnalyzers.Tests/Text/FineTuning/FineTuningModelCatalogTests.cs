using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.FineTuning;

public class FineTuningModelCatalogTests
{
    [Theory]
    [InlineData("gpt-4o-mini", "gpt-4o-mini-2024-07-18", 65_536)]
    [InlineData("GPT-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", 65_536)]
    [InlineData("gpt-4o", "gpt-4o-2024-08-06", 65_536)]
    [InlineData("gpt-4.1-nano", "gpt-4.1-nano-2025-04-14", 65_536)]
    [InlineData("gpt-3.5-turbo", "gpt-3.5-turbo-0125", 16_385)]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123", "gpt-4o-mini-2024-07-18", 65_536)]
    public void Resolves_aliases_snapshots_and_fine_tuned_ids(string id, string expected, int limit)
    {
        var model = FineTuningModelCatalog.Find(id);
        Assert.NotNull(model);
        Assert.Equal(expected, model!.Id);
        Assert.Equal(limit, model.MaxExampleTokens);
    }

    [Fact]
    public void Unknown_model_is_null_and_gpt35_counts_in_cl100k()
    {
        Assert.Null(FineTuningModelCatalog.Find("claude-3-5-sonnet"));
        Assert.Null(FineTuningModelCatalog.Find(""));
        Assert.Equal(TokenEncoding.Cl100kBase, FineTuningModelCatalog.EncodingOf("gpt-3.5-turbo"));
        Assert.Equal(TokenEncoding.O200kBase, FineTuningModelCatalog.EncodingOf("gpt-4o-mini"));
    }
}
