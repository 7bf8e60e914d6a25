using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Maps model ids to tiktoken encodings and built-in input prices (USD per 1M input tokens).</summary>
public static class ModelCatalog
{
    /// <summary>The date the built-in prices were taken from the vendors' public price lists.</summary>
    public const string PricesAsOf = "2025-08-31";

    /// <summary>Built-in list prices, USD per 1M input tokens. Documented in docs/configuration.md (a test keeps both equal).</summary>
    public static IReadOnlyList<(string Model, decimal InputPricePerMillion)> Prices { get; } = new (string, decimal)[]
    {
        ("gpt-5", 1.25m),
        ("gpt-5-mini", 0.25m),
        ("gpt-5-nano", 0.05m),
        ("gpt-4.1", 2.00m),
        ("gpt-4.1-mini", 0.40m),
        ("gpt-4.1-nano", 0.10m),
        ("gpt-4o", 2.50m),
        ("gpt-4o-mini", 0.15m),
        ("chatgpt-4o-latest", 5.00m),
        ("o1", 15.00m),
        ("o1-mini", 1.10m),
        ("o3", 2.00m),
        ("o3-mini", 1.10m),
        ("o4-mini", 1.10m),
        ("gpt-4-turbo", 10.00m),
        ("gpt-4", 30.00m),
        ("gpt-4-32k", 60.00m),
        ("gpt-3.5-turbo", 0.50m),
        ("gpt-35-turbo", 0.50m),
        ("claude-opus-4-1", 15.00m),
        ("claude-opus-4", 15.00m),
        ("claude-sonnet-4-5", 3.00m),
        ("claude-sonnet-4", 3.00m),
        ("claude-3-7-sonnet", 3.00m),
        ("claude-haiku-4-5", 1.00m),
        ("claude-3-5-haiku", 0.80m),
        ("gemini-2.5-pro", 1.25m),
        ("gemini-2.5-flash", 0.30m),
        ("gemini-2.0-flash", 0.10m),
    };

    /// <summary>Model families and their encodings; ids that match none are other vendors' models (o200k_base estimate).</summary>
    private static readonly (string Prefix, TokenEncoding Encoding)[] Families =
    {
        ("gpt-4o", TokenEncoding.O200kBase),
        ("chatgpt-4o", TokenEncoding.O200kBase),
        ("gpt-4.1", TokenEncoding.O200kBase),
        ("gpt-4.5", TokenEncoding.O200kBase),
        ("gpt-5", TokenEncoding.O200kBase),
        ("gpt-oss", TokenEncoding.O200kBase),
        ("o1", TokenEncoding.O200kBase),
        ("o3", TokenEncoding.O200kBase),
        ("o4", TokenEncoding.O200kBase),
        ("gpt-4", TokenEncoding.Cl100kBase),
        ("gpt-3.5", TokenEncoding.Cl100kBase),
        ("gpt-35", TokenEncoding.Cl100kBase),
        ("text-embedding-3", TokenEncoding.Cl100kBase),
        ("text-embedding-ada-002", TokenEncoding.Cl100kBase),
    };

    /// <summary>
    /// Resolves a model id in any casing, with dated snapshots (gpt-4o-2024-08-06) and fine-tuned ids (ft:gpt-4o-mini:org::id)
    /// resolved to their base model's encoding and price.
    /// </summary>
    public static ModelInfo Resolve(string modelId)
    {
        var id = (modelId ?? string.Empty).Trim();
        var normalized = BaseModel(id.ToLowerInvariant());

        var family = Match(normalized, Families, f => f.Prefix);
        var encoding = family?.Encoding ?? TokenEncoding.O200kBase;
        var price = Match(normalized, Prices, p => p.Model)?.InputPricePerMillion;
        return new ModelInfo(id, encoding, price, encodingIsExact: family is not null);
    }

    private static string BaseModel(string id)
    {
        // Fine-tuned models: ft:<base>:<org>:<suffix>:<id>
        if (id.StartsWith("ft:", StringComparison.Ordinal))
        {
            var rest = id.Substring(3);
            var colon = rest.IndexOf(':');
            return colon < 0 ? rest : rest.Substring(0, colon);
        }

        return id;
    }

    /// <summary>The entry whose key is the id itself or its longest prefix followed by '-' (a variant or dated snapshot).</summary>
    private static T? Match<T>(string id, IReadOnlyList<T> entries, Func<T, string> key)
        where T : struct
    {
        T? best = null;
        var bestLength = -1;
        foreach (var entry in entries)
        {
            var k = key(entry);
            var matches = id == k
                || (id.StartsWith(k, StringComparison.Ordinal) && id.Length > k.Length && (id[k.Length] == '-' || id[k.Length] == '.' && !char.IsDigit(id[k.Length + 1 < id.Length ? k.Length + 1 : k.Length])));
            if (matches && k.Length > bestLength)
            {
                best = entry;
                bestLength = k.Length;
            }
        }

        return best;
    }
}
