using System;
using System.Text.Json;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>Reads the model a Semantic Kernel prompt function's config.json names in its execution settings.</summary>
internal static class SemanticKernelConfig
{
    public static string? ReadModelId(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !TryGetProperty(document.RootElement, "execution_settings", out JsonElement settings)
                || settings.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (TryGetProperty(settings, "default", out JsonElement preferred) && ModelOf(preferred) is string id)
            {
                return id;
            }

            foreach (JsonProperty service in settings.EnumerateObject())
            {
                if (ModelOf(service.Value) is string other)
                {
                    return other;
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ModelOf(JsonElement service)
        => service.ValueKind == JsonValueKind.Object && TryGetProperty(service, "model_id", out JsonElement model) && model.ValueKind == JsonValueKind.String
            ? PromptFileParser.CleanModelId(model.GetString())
            : null;

    internal static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
