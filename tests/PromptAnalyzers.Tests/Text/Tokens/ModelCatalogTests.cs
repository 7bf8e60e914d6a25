using System.Globalization;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>
/// Catalogue look-ups. Expected figures are the vendors' published ones (docs/research/models-2026-12.tsv gives the page
/// and date of each), written here by hand.
/// </summary>
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
    [InlineData("gpt-5.6-terra")]
    [InlineData("gpt-5.7-mini")] // not in the catalogue: tiktoken's gpt-5 prefix covers every gpt-5.x id
    [InlineData("o1")]
    [InlineData("o1-mini")]
    [InlineData("o3-mini-2025-01-31")]
    [InlineData("o4-mini")]
    [InlineData("gpt-oss-120b")]
    [InlineData("openai/gpt-4o")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    public void OpenAI_o200k_models(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(TokenEncoding.O200kBase, model.Encoding);
        Assert.True(model.EncodingIsExact);
        Assert.Equal(id, model.Id);
        Assert.Equal("o200k_base", model.DescribeCounting());
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
    [InlineData("gpt-6.2-sol", "estimate: o200k_base count for gpt-6.2-sol")]
    [InlineData("gpt-7-preview", "estimate: o200k_base count for gpt-7-preview")] // unknown OpenAI-style id: o200k_base, as the cookbook falls back
    [InlineData("claude-sonnet-4-6", "estimate: o200k_base count for claude-sonnet-4-6")]
    [InlineData("claude-opus-5-20261001", "estimate: o200k_base count × 1.30 for claude-opus-5-20261001")]
    [InlineData("anthropic.claude-sonnet-5-5-v1:0", "estimate: o200k_base count × 1.30 for anthropic.claude-sonnet-5-5-v1:0")]
    [InlineData("claude-9-unknown", "estimate: o200k_base count for claude-9-unknown")]
    [InlineData("models/gemini-4-carbon", "estimate: 4 characters a token for models/gemini-4-carbon")]
    [InlineData("gemini-9-flash", "estimate: 4 characters a token for gemini-9-flash")]
    [InlineData("llama3.1:8b", "estimate: o200k_base count for llama3.1:8b")]
    [InlineData("mistral-large-latest", "estimate: o200k_base count for mistral-large-latest")]
    [InlineData("", "estimate: o200k_base count for ")]
    public void Models_without_a_public_tokenizer_are_labelled_estimates(string id, string counting)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.False(model.EncodingIsExact);
        Assert.Equal("≈ ", model.CountPrefix);
        Assert.Equal(counting, model.DescribeCounting());
    }

    [Theory]
    [InlineData(100, 400, "claude-opus-5", 130)] // 100 o200k_base tokens × 1.30
    [InlineData(101, 400, "claude-opus-5", 132)] // 131.3 rounded up
    [InlineData(100, 400, "claude-sonnet-4-6", 100)]
    [InlineData(100, 401, "gemini-4-carbon", 101)] // 401 characters / 4, rounded up
    [InlineData(100, 400, "gpt-4o", 100)]
    public void Estimates_scale_the_count(int o200kTokens, int characters, string id, int expected)
        => Assert.Equal(expected, ModelCatalog.Resolve(id).Tokenizer.Count(o200kTokens, characters));

    [Theory]
    [InlineData("gpt-4o", "gpt-4o", "2.50", "1.25", 128_000, 16_384)]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o", "2.50", "1.25", 128_000, 16_384)]
    [InlineData("gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "5.00", null, 128_000, 4_096)] // a snapshot with its own row
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini", "0.15", "0.075", 128_000, 16_384)]
    [InlineData("GPT-4O-MINI", "gpt-4o-mini", "0.15", "0.075", 128_000, 16_384)]
    [InlineData("gpt-4-0613", "gpt-4", "30.00", null, 8_192, 8_192)]
    [InlineData("gpt-35-turbo", "gpt-3.5-turbo", "0.50", null, 16_385, 4_096)]
    [InlineData("gpt-4.1-mini", "gpt-4.1-mini", "0.40", "0.10", 1_047_576, 32_768)]
    [InlineData("gpt-5.6-terra", "gpt-5.6-terra", "2.00", "0.20", 1_050_000, 128_000)]
    [InlineData("gpt-6.2-sol", "gpt-6.2-sol", "2.00", "0.10", 1_050_000, 128_000)]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5", "3.00", "0.30", 200_000, 64_000)]
    [InlineData("anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku", "0.80", "0.08", 200_000, 8_192)]
    [InlineData("models/gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "0.10", "0.01", 1_048_576, 65_536)]
    public void Longest_matching_row_gives_prices_and_limits(string id, string pricedAs, string price, string? cached, int context, int maxOutput)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Equal(pricedAs, model.PricedAs);
        Assert.Equal(decimal.Parse(price, CultureInfo.InvariantCulture), model.InputPricePerMillion);
        Assert.Equal(cached is null ? null : decimal.Parse(cached, CultureInfo.InvariantCulture), model.CachedInputPricePerMillion);
        Assert.Equal(context, model.ContextWindow);
        Assert.Equal(maxOutput, model.MaxOutput);
    }

    [Theory]
    [InlineData("gpt-4o", "retires 2027-01-14")]
    [InlineData("gpt-4o-mini-2024-07-18", "retires 2027-01-14")]
    [InlineData("gpt-5", "retires 2026-12-11")]
    [InlineData("o3", "retires 2026-12-11")]
    [InlineData("gpt-4", "retired 2026-10-23")]
    [InlineData("claude-sonnet-4-5", "retired 2026-11-30")]
    [InlineData("gemini-2.5-pro", "retired 2026-12-01")]
    [InlineData("gpt-6.2-sol", null)]
    [InlineData("gpt-5.7-mini", null)] // family rows carry no date
    public void Retirement_is_worded_against_the_catalogue_date(string id, string? note)
        => Assert.Equal(note, ModelCatalog.Resolve(id).RetirementNote);

    [Theory]
    [InlineData("llama3.1:8b")]
    [InlineData("my-own-model")]
    [InlineData("gpt-40")] // not gpt-4: a model row matches only the id itself or the id followed by '-'
    [InlineData("gpt-5.7-mini")] // the family row gives the tokenizer, not a price
    [InlineData("")]
    public void Unknown_price_is_null(string id)
    {
        ModelInfo model = ModelCatalog.Resolve(id);
        Assert.Null(model.InputPricePerMillion);
        Assert.Null(model.PricedAs);
        Assert.Null(model.ContextWindow);
    }

    [Fact]
    public void Alias_maps_a_deployment_name_to_its_model()
    {
        var settings = Settings(("prompt_analyzers.model_alias.contoso-chat", "gpt-4.1-mini"));
        ModelInfo model = ModelCatalog.Resolve("Contoso-Chat", settings);
        Assert.Equal("Contoso-Chat", model.Id);
        Assert.Equal("gpt-4.1-mini", model.AliasOf);
        Assert.Equal("Contoso-Chat (gpt-4.1-mini)", model.DisplayName);
        Assert.Equal(0.40m, model.InputPricePerMillion);
        Assert.Equal("retires 2027-01-14", model.RetirementNote);
        Assert.Null(ModelCatalog.Resolve("contoso-chat").InputPricePerMillion);
    }

    [Fact]
    public void Overrides_win_over_the_catalogue_and_cover_snapshots_of_the_row()
    {
        var settings = Settings(
            ("prompt_analyzers.price.gpt-4o", "2.00"),
            ("prompt_analyzers.cached_price.gpt-4o", "$0.90"),
            ("prompt_analyzers.context_window.gpt-4o", "64000"),
            ("prompt_analyzers.max_output.gpt-4o", "4,096"),
            ("prompt_analyzers.cache_min_tokens.gpt-4o", "2048"),
            ("prompt_analyzers.price.gpt-4o-2024-11-20", "2.20"));
        ModelInfo snapshot = ModelCatalog.Resolve("gpt-4o-2024-08-06", settings);
        Assert.Equal(2.00m, snapshot.InputPricePerMillion);
        Assert.True(snapshot.PriceOverridden);
        Assert.Equal("gpt-4o", snapshot.PricedAs);
        Assert.Equal(0.90m, snapshot.CachedInputPricePerMillion);
        Assert.Equal(64_000, snapshot.ContextWindow);
        Assert.Equal(4_096, snapshot.MaxOutput);
        Assert.Equal(2_048, snapshot.CacheMinTokens);
        Assert.Equal(2.20m, ModelCatalog.Resolve("gpt-4o-2024-11-20", settings).InputPricePerMillion);
        Assert.Equal(0.15m, ModelCatalog.Resolve("gpt-4o-mini", settings).InputPricePerMillion);
    }

    [Fact]
    public void Settings_add_a_model_the_catalogue_does_not_know()
    {
        var settings = Settings(
            ("prompt_analyzers.price.my-llama", "0.20"),
            ("prompt_analyzers.context_window.my-llama", "131072"),
            ("prompt_analyzers.tokenizer.my-llama", "estimate:o200k_base*1.1"));
        ModelInfo model = ModelCatalog.Resolve("my-llama", settings);
        Assert.Equal(0.20m, model.InputPricePerMillion);
        Assert.Equal(131_072, model.ContextWindow);
        Assert.Equal("estimate: o200k_base count × 1.10 for my-llama", model.DescribeCounting());
        Assert.Equal(112, model.Tokenizer.Count(101, 0)); // 101 × 1.10 = 111.1, rounded up
    }

    [Theory]
    [InlineData("cl100k_base", true)]
    [InlineData("O200K_BASE", true)]
    [InlineData("estimate:chars/3", true)]
    [InlineData("estimate:o200k_base*0.9", true)]
    [InlineData("estimate:o200k_base*0", false)]
    [InlineData("estimate:chars/0", false)]
    [InlineData("p50k_base", false)]
    [InlineData("", false)]
    public void Tokenizer_spellings(string text, bool ok) => Assert.Equal(ok, TokenizerSpec.TryParse(text, out _));

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
            Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), price);
        }
    }

    [Fact]
    public void Catalogue_covers_current_and_retiring_models()
    {
        string[] required =
        {
            "gpt-6.2-astra", "gpt-6.2-sol", "gpt-6.1-terra", "gpt-6-luna", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5",
            "gpt-5-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o3", "gpt-4", "gpt-3.5-turbo",
            "claude-fable-5-2", "claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5", "claude-sonnet-4-5",
            "gemini-4-carbon", "gemini-3.8-flash", "gemini-2.5-pro", "gemini-2.5-flash",
        };
        IEnumerable<string> ids = ModelCatalog.Models.Select(p => p.ModelId);
        Assert.All(required, id => Assert.Contains(id, ids));
    }

    private static Func<string, string?> Settings(params (string Key, string Value)[] pairs)
    {
        var map = pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return key => map.TryGetValue(key, out string? value) ? value : null;
    }
}
