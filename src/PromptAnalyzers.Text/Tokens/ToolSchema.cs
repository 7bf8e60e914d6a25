using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Reads the parameters of a function tool from its JSON schema text (OpenAI's ChatTool.CreateFunctionTool).</summary>
public static class ToolSchema
{
    /// <summary>
    /// The top-level <c>properties</c> of a JSON schema object, with their type, description and enum values; empty when the
    /// text is not a JSON object (never throws).
    /// </summary>
    public static IReadOnlyList<ToolParameter> ParseParameters(string? json)
    {
        var parameters = new List<ToolParameter>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return parameters;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(json!, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("properties", out JsonElement properties)
                || properties.ValueKind != JsonValueKind.Object)
            {
                return parameters;
            }

            foreach (JsonProperty property in properties.EnumerateObject())
            {
                parameters.Add(new ToolParameter(property.Name, StringOf(property.Value, "type"), StringOf(property.Value, "description"), EnumOf(property.Value)));
            }
        }
        catch (JsonException)
        {
            parameters.Clear();
        }

        return parameters;
    }

    private static string StringOf(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static IReadOnlyList<string> EnumOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("enum", out JsonElement values) || values.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<string>();
        }

        var items = new List<string>();
        foreach (JsonElement value in values.EnumerateArray())
        {
            items.Add(value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText());
        }

        return items;
    }
}
