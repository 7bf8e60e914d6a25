using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Resolves model ids against the catalogue (Models.tsv), then .editorconfig aliases and overrides.</summary>
/// <remarks>
/// The catalogue holds public vendor figures with a source and date per row (<see cref="ModelTable"/>); docs/configuration.md
/// shows it, and a test keeps the two equal. Users add or override figures per model id with the keys in
/// <see cref="ModelSettingKeys"/>.
/// </remarks>
public static class ModelCatalog
{
    /// <summary>The date the catalogue was refreshed from the vendors' pages.</summary>
    public const string CatalogAsOf = "2026-12-06";

    /// <summary>
    /// The model assumed when the code does not name one (<c>prompt_analyzers.default_model</c>): gpt-5.6-terra, a current
    /// OpenAI model with no announced shutdown, counted exactly (tiktoken maps gpt-5.x to o200k_base), at the $2.00 input
    /// price of OpenAI's everyday model. docs/configuration.md says why.
    /// </summary>
    public const string DefaultModelId = "gpt-5.6-terra";

    private const int MaxCachedIds = 1024;

    // Prefixes that hosts put before a model id: "openai/gpt-4o", "models/gemini-2.5-pro", "ft:gpt-4o-mini-2024-07-18:org::id",
    // "anthropic.claude-sonnet-4-5-20250929-v1:0" (Amazon Bedrock).
    private static readonly string[] s_hostPrefixes = { "ft:", "openai/", "azure/", "models/", "anthropic/", "anthropic.", "google/", "vertex_ai/" };

    private static readonly ConcurrentDictionary<string, ModelRow?> s_rowsById = new(StringComparer.Ordinal);

    /// <summary>The catalogue rows that name one model (not family rows), in file order: for docs and tests.</summary>
    public static IReadOnlyList<ModelRow> Models
    {
        get
        {
            var models = new List<ModelRow>();
            foreach (ModelRow row in ModelTable.Rows)
            {
                if (!row.IsPrefix)
                {
                    models.Add(row);
                }
            }

            return models;
        }
    }

    /// <summary>Resolves a model id (any casing, dated snapshots and host prefixes included) with no settings.</summary>
    public static ModelInfo Resolve(string modelId) => Resolve(modelId, settings: null);

    /// <summary>
    /// Resolves a model id: first <c>prompt_analyzers.model_alias.&lt;id&gt;</c>, then the catalogue row (the longest model
    /// row that is the id or a snapshot of it, else the longest family row that starts it), then the per-model keys of
    /// <see cref="ModelSettingKeys"/> for the id or for the row's id. <paramref name="settings"/> reads one .editorconfig
    /// key (null when unset).
    /// </summary>
    public static ModelInfo Resolve(string modelId, Func<string, string?>? settings)
    {
        string id = (modelId ?? string.Empty).Trim();
        string? aliasOf = Setting(settings, ModelSettingKeys.ModelAlias, id.ToLowerInvariant(), null) is { Length: > 0 } target ? target : null;
        string normalized = Normalize(aliasOf ?? id);
        ModelRow? row = FindRow(normalized);
        string? rowId = row is { IsPrefix: false } ? row.ModelId : null;

        string? tokenizerSetting = Setting(settings, ModelSettingKeys.Tokenizer, normalized, rowId);
        TokenizerSpec tokenizer = tokenizerSetting is not null && TokenizerSpec.TryParse(tokenizerSetting, out TokenizerSpec configured)
            ? configured
            : row?.Tokenizer ?? TokenizerSpec.O200kEstimate;

        decimal? price = row?.InputPricePerMillion;
        string? pricedAs = price is null ? null : rowId;
        bool priceOverridden = false;
        foreach (string key in new[] { normalized, rowId ?? normalized })
        {
            if (!priceOverridden && TryParsePrice(Setting(settings, ModelSettingKeys.Price, key, null), out decimal overridden))
            {
                price = overridden;
                pricedAs = key;
                priceOverridden = true;
            }
        }

        decimal? cached = TryParsePrice(Setting(settings, ModelSettingKeys.CachedPrice, normalized, rowId), out decimal cachedOverride) ? cachedOverride : row?.CachedInputPricePerMillion;
        int? context = ParseTokens(Setting(settings, ModelSettingKeys.ContextWindow, normalized, rowId)) ?? row?.ContextWindow;
        int? maxOutput = ParseTokens(Setting(settings, ModelSettingKeys.MaxOutput, normalized, rowId)) ?? row?.MaxOutput;
        int? cacheMin = ParseTokens(Setting(settings, ModelSettingKeys.CacheMinTokens, normalized, rowId)) ?? row?.CacheMinTokens;

        return new ModelInfo(id, aliasOf, row, tokenizer, price, pricedAs, priceOverridden, cached, context, maxOutput, cacheMin);
    }

    /// <summary>Parses an .editorconfig price ("2.50", "0.15", "$3"): invariant culture, non-negative; false otherwise.</summary>
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

    /// <summary>The encoding of a model id; <paramref name="exact"/> is false when the count is only an estimate.</summary>
    public static TokenEncoding EncodingOf(string modelId, out bool exact)
    {
        TokenizerSpec tokenizer = FindRow(Normalize(modelId ?? string.Empty))?.Tokenizer ?? TokenizerSpec.O200kEstimate;
        exact = tokenizer.IsExact;
        return tokenizer.Encoding;
    }

    /// <summary>A positive token count ("128000", "128,000"), or null.</summary>
    private static int? ParseTokens(string? text)
        => text is not null && int.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : null;

    /// <summary>The value of <paramref name="prefix"/> + the id, else + the catalogue row's id (so gpt-4o covers its snapshots).</summary>
    private static string? Setting(Func<string, string?>? settings, string prefix, string id, string? rowId)
    {
        if (settings is null || id.Length == 0)
        {
            return null;
        }

        return settings(prefix + id) ?? (rowId is not null && rowId != id ? settings(prefix + rowId) : null);
    }

    private static ModelRow? FindRow(string normalizedId)
    {
        if (s_rowsById.TryGetValue(normalizedId, out ModelRow? cached))
        {
            return cached;
        }

        ModelRow? best = null;
        foreach (ModelRow row in ModelTable.Rows)
        {
            if (Matches(row, normalizedId) && (best is null || Outranks(row, best)))
            {
                best = row;
            }
        }

        if (s_rowsById.Count < MaxCachedIds)
        {
            s_rowsById.TryAdd(normalizedId, best);
        }

        return best;
    }

    /// <summary>A model row beats any family row; within a kind, the longer id wins.</summary>
    private static bool Outranks(ModelRow row, ModelRow best)
        => row.IsPrefix == best.IsPrefix ? row.ModelId.Length > best.ModelId.Length : !row.IsPrefix;

    private static bool Matches(ModelRow row, string id)
        => row.IsPrefix ? id.StartsWith(row.ModelId, StringComparison.Ordinal) : IsIdOrSnapshotOf(id, row.ModelId);

    /// <summary>True when <paramref name="id"/> is <paramref name="key"/> or extends it after '-', '@' or ':' (gpt-4o-2024-08-06 of gpt-4o; not gpt-4o of gpt-4).</summary>
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

        // Azure spells gpt-3.5 as gpt-35.
        if (id.StartsWith("gpt-35-", StringComparison.Ordinal) || id == "gpt-35")
        {
            id = "gpt-3.5" + id.Substring("gpt-35".Length);
        }

        return id;
    }
}
