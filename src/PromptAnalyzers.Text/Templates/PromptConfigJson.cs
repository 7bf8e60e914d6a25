using System;
using System.Collections.Generic;
using System.Text.Json;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// The <c>input_variables</c> of a Semantic Kernel prompt directory's <c>config.json</c> (each a <c>name</c>, an optional
/// <c>default</c> and <c>is_required</c>): which variables a call may leave out.
/// </summary>
public static class PromptConfigJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Names (compared ignoring case) of the input variables given a non-null <c>default</c> or declared
    /// <c>"is_required": false</c>; empty when the config declares none; null when <paramref name="json"/> is not a JSON object,
    /// its <c>input_variables</c> is not a list, or it declares its inputs in the pre-1.0 <c>input</c> shape (then nothing is
    /// known about defaults).
    /// </summary>
    public static HashSet<string>? OptionalVariables(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, Options);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!SemanticKernelConfig.TryGetProperty(root, "input_variables", out JsonElement variables))
            {
                // The pre-1.0 shape ("input": { "parameters": [{ "name", "defaultValue" }] }) states defaults that
                // Semantic Kernel 1.x no longer reads: what the author expects is unclear, so nothing is known.
                return SemanticKernelConfig.TryGetProperty(root, "input", out _) ? null : optional;
            }

            if (variables.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (JsonElement variable in variables.EnumerateArray())
            {
                if (variable.ValueKind == JsonValueKind.Object
                    && SemanticKernelConfig.TryGetProperty(variable, "name", out JsonElement name)
                    && name.ValueKind == JsonValueKind.String
                    && IsOptional(variable))
                {
                    optional.Add(name.GetString()!);
                }
            }

            return optional;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsOptional(JsonElement variable)
        => (SemanticKernelConfig.TryGetProperty(variable, "default", out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        || (SemanticKernelConfig.TryGetProperty(variable, "is_required", out JsonElement required) && required.ValueKind == JsonValueKind.False);
}
