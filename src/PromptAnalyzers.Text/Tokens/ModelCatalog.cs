using System;
using System.Collections.Generic;
using System.Globalization;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Maps model ids to encodings and built-in input prices.</summary>
/// <remarks>
/// Prices are public list prices for input tokens (standard tier, short prompts, no cached-input or batch discount) and
/// change over time: <see cref="PricesAsOf"/> says when they were taken; users override any of them in .editorconfig
/// with <c>prompt_analyzers.price.&lt;model-id&gt;</c>. docs/configuration.md shows this table, and a test keeps the two equal.
/// </remarks>
public static class ModelCatalog
{
    /// <summary>The date the built-in prices were taken from the vendors' public price lists.</summary>
    public const string PricesAsOf = "2025-11-30";

    /// <summary>The model assumed when the code does not tie a model id to the call (<c>prompt_analyzers.default_model</c>).</summary>
    public const string DefaultModelId = "gpt-4o";

    private static readonly ModelPrice[] s_prices =
    {
        // OpenAI
        new("gpt-5.1", "OpenAI", 1.25m),
        new("gpt-5", "OpenAI", 1.25m),
        new("gpt-5-mini", "OpenAI", 0.25m),
        new("gpt-5-nano", "OpenAI", 0.05m),
        new("gpt-4.1", "OpenAI", 2.00m),
        new("gpt-4.1-mini", "OpenAI", 0.40m),
        new("gpt-4.1-nano", "OpenAI", 0.10m),
        new("gpt-4o", "OpenAI", 2.50m),
        new("gpt-4o-mini", "OpenAI", 0.15m),
        new("chatgpt-4o-latest", "OpenAI", 5.00m),
        new("o1", "OpenAI", 15.00m),
        new("o1-mini", "OpenAI", 1.10m),
        new("o1-pro", "OpenAI", 150.00m),
        new("o3", "OpenAI", 2.00m),
        new("o3-mini", "OpenAI", 1.10m),
        new("o3-pro", "OpenAI", 20.00m),
        new("o4-mini", "OpenAI", 1.10m),
        new("gpt-4-turbo", "OpenAI", 10.00m),
        new("gpt-4", "OpenAI", 30.00m),
        new("gpt-4-32k", "OpenAI", 60.00m),
        new("gpt-3.5-turbo", "OpenAI", 0.50m),

        // Anthropic
        new("claude-opus-4-5", "Anthropic", 5.00m),
        new("claude-opus-4-1", "Anthropic", 15.00m),
        new("claude-opus-4", "Anthropic", 15.00m),
        new("claude-sonnet-4-5", "Anthropic", 3.00m),
        new("claude-sonnet-4", "Anthropic", 3.00m),
        new("claude-3-7-sonnet", "Anthropic", 3.00m),
        new("claude-haiku-4-5", "Anthropic", 1.00m),
        new("claude-3-5-haiku", "Anthropic", 0.80m),
        new("claude-3-haiku", "Anthropic", 0.25m),

        // Google (Gemini 2.5 Pro: prompts up to 200k tokens; longer prompts cost $2.50)
        new("gemini-2.5-pro", "Google", 1.25m),
        new("gemini-2.5-flash", "Google", 0.30m),
        new("gemini-2.5-flash-lite", "Google", 0.10m),
    };

    // Longest prefix wins. OpenAI's own ids follow tiktoken's model table (tiktoken/model.py).
    private static readonly (string Prefix, TokenEncoding Encoding)[] s_openAiEncodings =
    {
        ("gpt-5", TokenEncoding.O200kBase),
        ("gpt-4.5", TokenEncoding.O200kBase),
        ("gpt-4.1", TokenEncoding.O200kBase),
        ("gpt-4o", TokenEncoding.O200kBase),
        ("chatgpt-4o", TokenEncoding.O200kBase),
        ("gpt-oss", TokenEncoding.O200kBase), // o200k_harmony: o200k_base plus special tokens that prompt text cannot produce
        ("o1", TokenEncoding.O200kBase),
        ("o3", TokenEncoding.O200kBase),
        ("o4", TokenEncoding.O200kBase),
        ("gpt-4", TokenEncoding.Cl100kBase),
        ("gpt-3.5", TokenEncoding.Cl100kBase),
        ("gpt-35", TokenEncoding.Cl100kBase), // Azure OpenAI deployment names
        ("text-embedding-3", TokenEncoding.Cl100kBase),
        ("text-embedding-ada-002", TokenEncoding.Cl100kBase),
    };

    // Prefixes that hosts put before a model id: "openai/gpt-4o", "models/gemini-2.5-pro", "ft:gpt-4o-mini-2024-07-18:org::id",
    // "anthropic.claude-sonnet-4-5-20250929-v1:0" (Amazon Bedrock).
    private static readonly string[] s_hostPrefixes = { "ft:", "openai/", "azure/", "models/", "anthropic/", "anthropic.", "google/", "vertex_ai/" };

    /// <summary>The built-in price table, in a stable order (for docs and tests).</summary>
    public static IReadOnlyList<ModelPrice> Prices => s_prices;

    /// <summary>Resolves a model id (any casing, dated snapshots such as gpt-4o-2024-08-06 included).</summary>
    public static ModelInfo Resolve(string modelId) => Resolve(modelId, priceOverrides: null);

    /// <summary>
    /// Resolves a model id, taking its price from <paramref name="priceOverrides"/> (model id -> USD per 1M input tokens, from
    /// <c>prompt_analyzers.price.&lt;model-id&gt;</c>) before the built-in table. Overrides match like the table: the longest
    /// key that is the id or a prefix of it followed by '-'.
    /// </summary>
    public static ModelInfo Resolve(string modelId, IReadOnlyDictionary<string, decimal>? priceOverrides)
    {
        string id = modelId ?? string.Empty;
        string normalized = Normalize(id);
        TokenEncoding encoding = EncodingOf(normalized, out bool exact);

        if (priceOverrides is not null)
        {
            string? bestKey = null;
            decimal bestPrice = 0;
            foreach (KeyValuePair<string, decimal> entry in priceOverrides)
            {
                string key = Normalize(entry.Key ?? string.Empty);
                if (key.Length > 0 && IsIdOrSnapshotOf(normalized, key) && (bestKey is null || key.Length > bestKey.Length))
                {
                    bestKey = key;
                    bestPrice = entry.Value;
                }
            }

            if (bestKey is not null)
            {
                return new ModelInfo(id, encoding, bestPrice, exact, bestKey);
            }
        }

        ModelPrice? price = FindPrice(normalized);
        return new ModelInfo(id, encoding, price?.InputPricePerMillion, exact, price?.ModelId);
    }

    /// <summary>Parses an .editorconfig price ("2.50", "0.15"): invariant culture, non-negative; false otherwise.</summary>
    public static bool TryParsePrice(string? text, out decimal pricePerMillion)
    {
        pricePerMillion = 0;
        if (text is null)
        {
            return false;
        }

        string trimmed = text.Trim();
        if (trimmed.StartsWith("$", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(1);
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out pricePerMillion);
    }

    /// <summary>The encoding of a model id; <paramref name="exact"/> is false for non-OpenAI models (an o200k_base estimate).</summary>
    public static TokenEncoding EncodingOf(string modelId, out bool exact)
    {
        string id = Normalize(modelId ?? string.Empty);
        int best = -1;
        for (int i = 0; i < s_openAiEncodings.Length; i++)
        {
            string prefix = s_openAiEncodings[i].Prefix;
            if (id.StartsWith(prefix, StringComparison.Ordinal) && (best < 0 || prefix.Length > s_openAiEncodings[best].Prefix.Length))
            {
                best = i;
            }
        }

        exact = best >= 0;
        return best >= 0 ? s_openAiEncodings[best].Encoding : TokenEncoding.O200kBase;
    }

    private static ModelPrice? FindPrice(string normalizedId)
    {
        ModelPrice? best = null;
        foreach (ModelPrice price in s_prices)
        {
            if (IsIdOrSnapshotOf(normalizedId, price.ModelId) && (best is null || price.ModelId.Length > best.ModelId.Length))
            {
                best = price;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="key"/> or extends it after a '-' (gpt-4o-2024-08-06 of gpt-4o; not gpt-4o of gpt-4).</summary>
    private static bool IsIdOrSnapshotOf(string id, string key)
        => id.StartsWith(key, StringComparison.Ordinal) && (id.Length == key.Length || id[key.Length] == '-' || id[key.Length] == '@' || id[key.Length] == ':');

    private static string Normalize(string modelId)
    {
        string id = modelId.Trim().ToLowerInvariant();
        bool stripped;
        do
        {
            stripped = false;
            foreach (string prefix in s_hostPrefixes)
            {
                if (id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length)
                {
                    id = id.Substring(prefix.Length);
                    stripped = true;
                }
            }
        }
        while (stripped);

        // Claude 3.x ids put the version first and the tier last in older spellings ("claude-3-5-sonnet-latest" is already
        // table form); nothing more to do. Azure spells gpt-3.5 as gpt-35.
        if (id.StartsWith("gpt-35-", StringComparison.Ordinal) || id == "gpt-35")
        {
            id = "gpt-3.5" + id.Substring("gpt-35".Length);
        }

        return id;
    }
}
