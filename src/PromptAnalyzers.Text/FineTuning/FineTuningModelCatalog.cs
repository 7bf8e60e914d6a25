using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// The models OpenAI offers for supervised chat fine-tuning, with their training tokens per example and training
/// price. From OpenAI's fine-tuning guide and pricing page as of 2025 (best knowledge; they change: check them and
/// update this table and docs/configuration.md together, a test keeps the two equal).
/// </summary>
public static class FineTuningModelCatalog
{
    /// <summary>The default target model (<c>prompt_analyzers.finetune_model</c>).</summary>
    public const string DefaultModel = "gpt-4o-mini";

    public static IReadOnlyList<FineTuningModel> Models { get; } = new[]
    {
        new FineTuningModel("gpt-4.1-2025-04-14", new[] { "gpt-4.1" }, TokenEncoding.O200kBase, 65_536, 25.00m),
        new FineTuningModel("gpt-4.1-mini-2025-04-14", new[] { "gpt-4.1-mini" }, TokenEncoding.O200kBase, 65_536, 5.00m),
        new FineTuningModel("gpt-4.1-nano-2025-04-14", new[] { "gpt-4.1-nano" }, TokenEncoding.O200kBase, 65_536, 1.50m),
        new FineTuningModel("gpt-4o-2024-08-06", new[] { "gpt-4o" }, TokenEncoding.O200kBase, 65_536, 25.00m),
        new FineTuningModel("gpt-4o-mini-2024-07-18", new[] { "gpt-4o-mini" }, TokenEncoding.O200kBase, 65_536, 3.00m),
        new FineTuningModel("gpt-3.5-turbo-0125", new[] { "gpt-3.5-turbo" }, TokenEncoding.Cl100kBase, 16_385, 8.00m),
        new FineTuningModel("gpt-3.5-turbo-1106", Array.Empty<string>(), TokenEncoding.Cl100kBase, 16_385, 8.00m),
        new FineTuningModel("gpt-3.5-turbo-0613", Array.Empty<string>(), TokenEncoding.Cl100kBase, 4_096, 8.00m),
    };

    /// <summary>
    /// Finds a model by snapshot id or alias, any casing; a fine-tuned model id (ft:gpt-4o-mini-2024-07-18:org::id)
    /// resolves to its base model. Null when the model is not in the table.
    /// </summary>
    public static FineTuningModel? Find(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return null;
        }

        string id = modelId!.Trim();
        if (id.StartsWith("ft:", StringComparison.OrdinalIgnoreCase))
        {
            int end = id.IndexOf(':', 3);
            id = end < 0 ? id.Substring(3) : id.Substring(3, end - 3);
        }

        foreach (FineTuningModel model in Models)
        {
            if (string.Equals(model.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return model;
            }

            foreach (string alias in model.Aliases)
            {
                if (string.Equals(alias, id, StringComparison.OrdinalIgnoreCase))
                {
                    return model;
                }
            }
        }

        return null;
    }

    /// <summary>The encoding to count a model's training tokens in: the table's, else the general model catalog's.</summary>
    public static TokenEncoding EncodingOf(string modelId)
    {
        FineTuningModel? model = Find(modelId);
        if (model is not null)
        {
            return model.Encoding;
        }

        try
        {
            return ModelCatalog.Resolve(modelId).Encoding;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return TokenEncoding.O200kBase;
        }
    }
}
