using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PromptAnalyzers.Text.Requests;

/// <summary>One message of a hand-written chat request body: its role and text.</summary>
public readonly struct RequestBodyMessage
{
    public RequestBodyMessage(string role, string text)
    {
        Role = role;
        Text = text;
    }

    /// <summary>system, developer, user or assistant; "instructions" for a Responses API instructions field.</summary>
    public string Role { get; }

    public string Text { get; }
}

/// <summary>
/// Reads the prompts of a hand-written OpenAI-style JSON request body: Chat Completions <c>messages</c> (string content
/// or text parts), Responses <c>input</c> (a string, or items with role and content) and <c>instructions</c>.
/// Anything else, or invalid JSON, gives no messages.
/// </summary>
public static class RequestBodyMessages
{
    /// <summary>Bodies larger than this are not parsed (a request body is small; a larger literal is something else).</summary>
    private const int MaxLength = 1 << 20;

    public static IReadOnlyList<RequestBodyMessage> Read(string json)
    {
        var messages = new List<RequestBodyMessage>();
        if (string.IsNullOrEmpty(json) || json.Length > MaxLength || json.TrimStart().Length == 0 || json.TrimStart()[0] != '{')
        {
            return messages;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var root = document.RootElement;
            if (root.TryGetProperty("instructions", out var instructions) && instructions.ValueKind == JsonValueKind.String)
            {
                messages.Add(new RequestBodyMessage("system", instructions.GetString()!));
            }

            if (root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                AddItems(list, messages);
            }

            if (root.TryGetProperty("input", out var input))
            {
                if (input.ValueKind == JsonValueKind.String)
                {
                    messages.Add(new RequestBodyMessage("user", input.GetString()!));
                }
                else if (input.ValueKind == JsonValueKind.Array)
                {
                    AddItems(input, messages);
                }
            }
        }
        catch (JsonException)
        {
            messages.Clear();
        }
        catch (ArgumentException)
        {
            messages.Clear();
        }

        return messages;
    }

    /// <summary>The body's "model" value, or null.</summary>
    public static string? Model(string json)
    {
        if (string.IsNullOrEmpty(json) || json.Length > MaxLength)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String
                ? model.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AddItems(JsonElement items, List<RequestBodyMessage> messages)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("content", out var content))
            {
                continue;
            }

            var roleName = role.GetString()!;
            if (roleName is not ("system" or "developer" or "user" or "assistant"))
            {
                continue;
            }

            if (content.ValueKind == JsonValueKind.String)
            {
                messages.Add(new RequestBodyMessage(roleName, content.GetString()!));
            }
            else if (content.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in content.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                    {
                        messages.Add(new RequestBodyMessage(roleName, text.GetString()!));
                    }
                }
            }
        }
    }
}
