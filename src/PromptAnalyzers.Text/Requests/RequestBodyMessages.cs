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

    /// <summary>system, developer, user or assistant ("system" also for instructions and system instructions).</summary>
    public string Role { get; }

    public string Text { get; }
}

/// <summary>
/// Reads the prompts of a request body written as JSON text, by the request schemas of <see cref="ChatRequestSchema"/>
/// (Chat Completions, Responses, Anthropic Messages, Gemini generateContent). Invalid JSON gives no messages.
/// </summary>
public static class RequestBodyMessages
{
    /// <summary>Bodies larger than this are not parsed (a request body is small; a larger literal is something else).</summary>
    private const int MaxLength = 1 << 20;

    /// <summary>
    /// The body's messages. <paramref name="endpointGeneratesText"/>: the body goes to a text-generation endpoint (an SDK's
    /// chat or responses method, a visible chat URL), so prompt members that other APIs share (<c>input</c>, <c>prompt</c>)
    /// count too.
    /// </summary>
    public static IReadOnlyList<RequestBodyMessage> Read(string json, bool endpointGeneratesText = true)
    {
        var messages = new List<RequestBodyMessage>();
        Parse(json, root =>
        {
            foreach (var prompt in ChatRequestSchema.Read(new JsonRequestValue(root), endpointGeneratesText).Prompts)
            {
                if (prompt.Text.KnownText is { } text && prompt.Role.Length > 0)
                {
                    messages.Add(new RequestBodyMessage(prompt.Role, text));
                }
            }
        });
        return messages;
    }

    /// <summary>The body's "model" value, or null.</summary>
    public static string? Model(string json)
    {
        string? model = null;
        Parse(json, root => model = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("model", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null);
        return model;
    }

    private static void Parse(string json, Action<JsonElement> read)
    {
        if (string.IsNullOrEmpty(json) || json.Length > MaxLength || json.TrimStart().Length == 0 || json.TrimStart()[0] != '{')
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            read(document.RootElement);
        }
        catch (JsonException)
        {
        }
        catch (ArgumentException)
        {
        }
    }

    /// <summary>A parsed JSON value seen as a request value (valid while its document is).</summary>
    private sealed class JsonRequestValue : RequestValue
    {
        private readonly JsonElement _element;

        public JsonRequestValue(JsonElement element)
        {
            _element = element;
        }

        public override RequestValueKind Kind => _element.ValueKind switch
        {
            JsonValueKind.Object => RequestValueKind.Object,
            JsonValueKind.Array => RequestValueKind.Array,
            JsonValueKind.String => RequestValueKind.Text,
            _ => RequestValueKind.Other,
        };

        public override IEnumerable<RequestValue> Items
        {
            get
            {
                if (_element.ValueKind != JsonValueKind.Array)
                {
                    yield break;
                }

                foreach (var item in _element.EnumerateArray())
                {
                    yield return new JsonRequestValue(item);
                }
            }
        }

        public override string? KnownText => _element.ValueKind == JsonValueKind.String ? _element.GetString() : null;

        public override RequestValue? Member(string name)
        {
            if (_element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in _element.EnumerateObject())
            {
                if (SameName(property.Name, name))
                {
                    return new JsonRequestValue(property.Value);
                }
            }

            return null;
        }
    }
}
