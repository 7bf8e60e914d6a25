using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class ModelCatalogTests
{
    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("GPT-4o-2024-08-06")]
    [InlineData("gpt-4o-mini-2024-07-18")]
    [InlineData("chatgpt-4o-latest")]
    [InlineData("gpt-4.1")]
    [InlineData("gpt-4.1-nano-2025-04-14")]
    [InlineData("gpt-5")]
    [InlineData("gpt-5-mini")]
    [InlineData("gpt-5-nano-2025-08-07")]
    [InlineData("o1")]
    [InlineData("o1-mini")]
    [InlineData("o3-mini-2025-01-31")]
    [InlineData("o4-mini")]
    [InlineData("openai/gpt-4o")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    public void OpenAI_o200k_models(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(TokenEncoding.O200kBase, model.Encoding);
        Assert.True(model.EncodingIsExact);
        Assert.Equal(id, model.Id);
    }

    [Theory]
    [InlineData("gpt-4")]
    [InlineData("gpt-4-0613")]
    [InlineData("gpt-4-turbo")]
    [InlineData("gpt-4-turbo-2024-04-09")]
    [InlineData("gpt-4-32k")]
    [InlineData("gpt-3.5-turbo")]
    [InlineData("gpt-3.5-turbo-0125")]
    [InlineData("gpt-35-turbo")]
    [InlineData("text-embedding-3-small")]
    public void OpenAI_cl100k_models(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(TokenEncoding.Cl100kBase, model.Encoding);
        Assert.True(model.EncodingIsExact);
    }

    [Theory]
    [InlineData("claude-sonnet-4-5")]
    [InlineData("claude-3-5-haiku-20241022")]
    [InlineData("gemini-2.5-pro")]
    [InlineData("models/gemini-2.5-flash")]
    [InlineData("llama3.1:8b")]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct")]
    [InlineData("mistral-large-latest")]
    [InlineData("mixtral-8x7b")]
    [InlineData("phi-4")]
    [InlineData("qwen2.5:7b")]
    [InlineData("deepseek-chat")]
    [InlineData("my-own-model")]
    [InlineData("")]
    public void Other_vendors_get_an_o200k_estimate(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(TokenEncoding.O200kBase, model.Encoding);
        Assert.False(model.EncodingIsExact);
    }

    [Theory]
    [InlineData("gpt-4o", "gpt-4o", "2.50")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o", "2.50")]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini", "0.15")]
    [InlineData("GPT-4O-MINI", "gpt-4o-mini", "0.15")]
    [InlineData("gpt-4-turbo-2024-04-09", "gpt-4-turbo", "10.00")]
    [InlineData("gpt-4-0613", "gpt-4", "30.00")]
    [InlineData("gpt-4-32k-0613", "gpt-4-32k", "60.00")]
    [InlineData("gpt-35-turbo", "gpt-3.5-turbo", "0.50")]
    [InlineData("gpt-4.1-mini", "gpt-4.1-mini", "0.40")]
    [InlineData("o3-mini-2025-01-31", "o3-mini", "1.10")]
    [InlineData("o3", "o3", "2.00")]
    [InlineData("gpt-5-nano", "gpt-5-nano", "0.05")]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5", "3.00")]
    [InlineData("anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku", "0.80")]
    [InlineData("models/gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "0.10")]
    public void Longest_matching_price_row_wins(string id, string pricedAs, string price)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(pricedAs, model.PricedAs);
        Assert.Equal(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), model.InputPricePerMillion);
    }

    [Theory]
    [InlineData("gpt-4o-audio-preview-x")] // a gpt-4o row exists, so this is priced as gpt-4o: variants share the family price
    public void Variants_take_the_family_price(string id)
        => Assert.Equal("gpt-4o", ModelCatalog.Resolve(id).PricedAs);

    [Theory]
    [InlineData("llama3.1:8b")]
    [InlineData("my-own-model")]
    [InlineData("gpt-40")] // not gpt-4: a row matches only the id itself or the id followed by '-'
    [InlineData("o10")]
    [InlineData("")]
    public void Unknown_price_is_null(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Null(model.InputPricePerMillion);
        Assert.Null(model.PricedAs);
    }

    [Fact]
    public void Overrides_win_over_the_table_and_match_snapshots()
    {
        var overrides = new Dictionary<string, decimal> { ["gpt-4o"] = 2.00m, ["My-Model"] = 0.30m, ["gpt-4o-mini"] = 0.12m };
        Assert.Equal(2.00m, ModelCatalog.Resolve("gpt-4o-2024-08-06", overrides).InputPricePerMillion);
        Assert.Equal(0.12m, ModelCatalog.Resolve("gpt-4o-mini-2024-07-18", overrides).InputPricePerMillion);
        Assert.Equal(0.30m, ModelCatalog.Resolve("my-model", overrides).InputPricePerMillion);
        Assert.Equal("my-model", ModelCatalog.Resolve("my-model", overrides).PricedAs);
        Assert.Equal(0.15m, ModelCatalog.Resolve("gpt-4o-mini", new Dictionary<string, decimal>()).InputPricePerMillion);
    }

    [Theory]
    [InlineData("2.50", true, "2.50")]
    [InlineData(" 0.15 ", true, "0.15")]
    [InlineData("$3", true, "3")]
    [InlineData("2,50", false, "0")]
    [InlineData("-1", false, "0")]
    [InlineData("abc", false, "0")]
    [InlineData(null, false, "0")]
    public void Prices_parse_with_invariant_culture(string? text, bool ok, string expected)
    {
        Assert.Equal(ok, ModelCatalog.TryParsePrice(text, out decimal price));
        if (ok)
        {
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), price);
        }
    }

    [Fact]
    public void Table_covers_the_current_models_once_each()
    {
        string[] required =
        {
            "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o", "gpt-4o-mini",
            "o1", "o3", "o3-mini", "o4-mini", "gpt-4-turbo", "gpt-4", "gpt-3.5-turbo", "gemini-2.5-pro", "gemini-2.5-flash",
        };
        IEnumerable<string> ids = ModelCatalog.Prices.Select(p => p.ModelId);
        Assert.All(required, id => Assert.Contains(id, ids));
        Assert.Contains(ModelCatalog.Prices, p => p.ModelId.StartsWith("claude-opus", StringComparison.Ordinal));
        Assert.Contains(ModelCatalog.Prices, p => p.ModelId.StartsWith("claude-sonnet", StringComparison.Ordinal));
        Assert.Contains(ModelCatalog.Prices, p => p.ModelId.StartsWith("claude-haiku", StringComparison.Ordinal));
        Assert.Equal(ids.Count(), ids.Distinct().Count());
        Assert.All(ModelCatalog.Prices, p => Assert.True(p.InputPricePerMillion > 0));
        Assert.All(ModelCatalog.Prices, p => Assert.Equal(p.ModelId.ToLowerInvariant(), p.ModelId));
        Assert.All(ModelCatalog.Prices, p => Assert.Equal(p.Vendor == "OpenAI", p.EncodingIsExact));
        Assert.True(DateTime.TryParseExact(ModelCatalog.PricesAsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        Assert.Equal("gpt-4o", ModelCatalog.DefaultModelId);
    }
}
