using System.Collections.Generic;

namespace PromptAnalyzers.Text.Requests;

/// <summary>One prompt of a request body: its role and the value that holds its text.</summary>
public readonly struct RequestPrompt
{
    public RequestPrompt(string role, RequestValue text)
    {
        Role = role;
        Text = text;
    }

    /// <summary>system, developer, user or assistant; empty when the body's role is not known at compile time.</summary>
    public string Role { get; }

    public RequestValue Text { get; }
}

/// <summary>What <see cref="ChatRequestSchema.Read"/> found in a body.</summary>
public sealed class ChatRequest
{
    public static readonly ChatRequest None = new(new List<RequestPrompt>(), null);

    public ChatRequest(IReadOnlyList<RequestPrompt> prompts, RequestValue? model)
    {
        Prompts = prompts;
        Model = model;
    }

    /// <summary>The prompts in body order: instructions and system first, then the turns.</summary>
    public IReadOnlyList<RequestPrompt> Prompts { get; }

    /// <summary>The body's model member, when it has one.</summary>
    public RequestValue? Model { get; }
}

/// <summary>
/// The request schemas of the LLM APIs that code calls by hand, read from a body's shape (its member names):
/// <list type="bullet">
/// <item>Chat Completions (OpenAI, Azure OpenAI, Groq, OpenRouter, DeepSeek, Ollama's /v1 and /api/chat): <c>messages</c>
/// of <c>role</c> and <c>content</c> (a string, or parts with <c>text</c>);</item>
/// <item>Anthropic Messages: the same <c>messages</c> and a <c>system</c> string or text blocks;</item>
/// <item>Gemini generateContent: <c>contents</c> of an optional <c>role</c> (user or model) and <c>parts</c> with
/// <c>text</c>, and <c>systemInstruction</c> (or <c>system_instruction</c>) with <c>parts</c>;</item>
/// <item>Responses: <c>instructions</c> and <c>input</c> (a string, or items like messages);</item>
/// <item>completions and Ollama's /api/generate: <c>prompt</c> (with <c>system</c>).</item>
/// </list>
/// A body is a chat request when it has chat messages with a prompt role or Gemini parts. Bodies whose prompts sit in
/// members as common as <c>prompt</c> or <c>input</c> (which image, embedding and other APIs take too) are read only when
/// the endpoint is known to generate text. Tool and function results are not prompts.
/// </summary>
public static class ChatRequestSchema
{
    /// <summary>Array elements read per array: a body is small; a longer list is data, not a conversation.</summary>
    private const int MaxItems = 256;

    public static ChatRequest Read(RequestValue body, bool endpointGeneratesText)
    {
        if (body.Kind != RequestValueKind.Object)
        {
            return ChatRequest.None;
        }

        var prompts = new List<RequestPrompt>();
        var isChat = false;
        if (body.Member("instructions") is { Kind: RequestValueKind.Text } instructions)
        {
            prompts.Add(new RequestPrompt("system", instructions));
        }

        var system = body.Member("systemInstruction");
        if (system is not null)
        {
            isChat |= AddParts("system", system, prompts, asParts: true);
        }

        var messages = body.Member("messages");
        var hasMessages = messages is { Kind: RequestValueKind.Array };
        if (body.Member("system") is { } anthropicSystem && (hasMessages || endpointGeneratesText))
        {
            AddContent("system", anthropicSystem, prompts);
        }

        if (hasMessages)
        {
            isChat |= AddMessages(messages!, prompts);
        }

        if (body.Member("contents") is { Kind: RequestValueKind.Array } contents)
        {
            isChat |= AddContents(contents, prompts);
        }

        if (body.Member("input") is { } input)
        {
            if (input.Kind == RequestValueKind.Array)
            {
                isChat |= AddMessages(input, prompts);
            }
            else if (input.Kind == RequestValueKind.Text && (endpointGeneratesText || prompts.Count > 0))
            {
                prompts.Add(new RequestPrompt("user", input));
            }
        }

        if (endpointGeneratesText && body.Member("prompt") is { Kind: RequestValueKind.Text } prompt)
        {
            if (!hasMessages && body.Member("system") is { Kind: RequestValueKind.Text } generateSystem && prompts.Count == 0)
            {
                prompts.Add(new RequestPrompt("system", generateSystem));
            }

            prompts.Add(new RequestPrompt("user", prompt));
        }

        if (!isChat && !endpointGeneratesText)
        {
            return ChatRequest.None;
        }

        var model = body.Member("model");
        return new ChatRequest(prompts, model is { Kind: RequestValueKind.Text } ? model : null);
    }

    /// <summary>Chat messages (also Responses input items): true when one has a prompt role and content.</summary>
    private static bool AddMessages(RequestValue messages, List<RequestPrompt> prompts)
    {
        var found = false;
        foreach (var item in Limited(messages.Items))
        {
            if (item.Kind != RequestValueKind.Object || item.Member("content") is not { } content || Role(item.Member("role"), null) is not { } role)
            {
                continue;
            }

            found |= role.Length > 0;
            AddContent(role, content, prompts);
        }

        return found;
    }

    /// <summary>Gemini contents: true when one has parts.</summary>
    private static bool AddContents(RequestValue contents, List<RequestPrompt> prompts)
    {
        var found = false;
        foreach (var item in Limited(contents.Items))
        {
            if (item.Kind == RequestValueKind.Object && Role(item.Member("role"), "user") is { } role && item.Member("parts") is { } parts)
            {
                found |= AddParts(role, item, prompts, asParts: true) || parts.Kind == RequestValueKind.Array;
            }
        }

        return found;
    }

    /// <summary>A string, or text parts (<c>[{ "type": "text", "text": ... }]</c>).</summary>
    private static void AddContent(string role, RequestValue content, List<RequestPrompt> prompts)
    {
        switch (content.Kind)
        {
            case RequestValueKind.Text:
                prompts.Add(new RequestPrompt(role, content));
                break;
            case RequestValueKind.Array:
                foreach (var part in Limited(content.Items))
                {
                    if (part.Kind == RequestValueKind.Text)
                    {
                        prompts.Add(new RequestPrompt(role, part));
                    }
                    else if (part.Kind == RequestValueKind.Object && part.Member("text") is { Kind: RequestValueKind.Text } text)
                    {
                        prompts.Add(new RequestPrompt(role, text));
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Gemini's <c>{ "parts": [{ "text": ... }] }</c>, or one part written as an object (<c>{ "parts": { "text": ... } }</c>, as
    /// Google's own REST samples do), or a plain string: true when it has text parts.
    /// </summary>
    private static bool AddParts(string role, RequestValue value, List<RequestPrompt> prompts, bool asParts)
    {
        if (value.Kind == RequestValueKind.Text)
        {
            prompts.Add(new RequestPrompt(role, value));
            return false;
        }

        if (!asParts || value.Kind != RequestValueKind.Object || value.Member("parts") is not { } parts)
        {
            return false;
        }

        if (parts.Kind == RequestValueKind.Object && parts.Member("text") is { Kind: RequestValueKind.Text } single)
        {
            prompts.Add(new RequestPrompt(role, single));
            return true;
        }

        if (parts.Kind != RequestValueKind.Array)
        {
            return false;
        }

        var found = false;
        foreach (var part in Limited(parts.Items))
        {
            if (part.Kind == RequestValueKind.Object && part.Member("text") is { Kind: RequestValueKind.Text } text)
            {
                prompts.Add(new RequestPrompt(role, text));
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// The prompt role a role member names (Gemini's "model" is the assistant); "" when it is not known at compile time;
    /// null for a role that carries no prompt (tool, function results) or a missing role without a default.
    /// </summary>
    private static string? Role(RequestValue? role, string? missing)
    {
        if (role is null)
        {
            return missing;
        }

        if (role.Kind != RequestValueKind.Text)
        {
            return null;
        }

        if (role.KnownText is not { } name)
        {
            return string.Empty;
        }

        switch (name.Trim().ToLowerInvariant())
        {
            case "system":
                return "system";
            case "developer":
                return "developer";
            case "user":
                return "user";
            case "assistant":
            case "model":
                return "assistant";
            default:
                return null;
        }
    }

    private static IEnumerable<RequestValue> Limited(IEnumerable<RequestValue> items)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (++count > MaxItems)
            {
                yield break;
            }

            yield return item;
        }
    }
}
