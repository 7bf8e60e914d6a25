using System;

namespace PromptAnalyzers.Text.Requests;

/// <summary>What a request URL says about the API it calls.</summary>
public enum EndpointKind
{
    /// <summary>The URL is not visible (a parameter, configuration) or says nothing about the API.</summary>
    Unknown,

    /// <summary>An LLM API that generates text: chat completions, messages, generateContent, responses, Ollama's chat or generate.</summary>
    GeneratesText,

    /// <summary>A visible URL of anything else: another LLM endpoint (embeddings, images, audio) or any other service.</summary>
    Other,
}

/// <summary>
/// Classifies a request URL from its static text (the parts known at compile time, with the unknown parts left out): the
/// paths of the text-generation endpoints of OpenAI-compatible APIs (OpenAI, Azure OpenAI, Groq, OpenRouter, DeepSeek,
/// Mistral, Ollama's /v1), Anthropic, Gemini and Ollama, and the hosts of those APIs when the path is not visible.
/// </summary>
public static class LlmEndpoints
{
    /// <summary>Paths of text generation (compared ignoring case).</summary>
    private static readonly string[] TextPaths =
    {
        "/chat/completions", "chat/completions", "/completions", ":generatecontent", ":streamgeneratecontent",
        "/v1/messages", "/api/chat", "api/chat", "/api/generate", "api/generate", "/responses", "/v1/complete",
    };

    /// <summary>Paths of LLM APIs that do not take a prompt for a reply (checked first: /v1/embeddings is not chat).</summary>
    private static readonly string[] OtherPaths =
    {
        "embedding", "/images", "/audio", "/moderations", "/files", "/fine_tuning", "/fine-tunes", "/batches", "/vector_stores",
        ":counttokens", ":embedcontent", ":batchembedcontents", "/count_tokens", "/api/embed", "/api/pull", "/api/tags",
    };

    /// <summary>Hosts of LLM APIs: a URL naming one of them with no visible path calls it (the path is in a hole).</summary>
    private static readonly string[] Hosts =
    {
        "api.openai.com", "openai.azure.com", "api.anthropic.com", "generativelanguage.googleapis.com", "aiplatform.googleapis.com",
        "api.groq.com", "openrouter.ai", "api.deepseek.com", "api.mistral.ai", "api.together.xyz", "api.perplexity.ai",
        "api.x.ai", "api.cohere.", "models.inference.ai.azure.com", "models.github.ai", "services.ai.azure.com", "localhost:11434",
    };

    /// <summary>
    /// <paramref name="staticParts"/>: the URL's static text with each unknown part replaced by a character that is not in a
    /// URL (so that "api/" and "chat" around a hole do not join). Null or blank: <see cref="EndpointKind.Unknown"/>.
    /// </summary>
    public static EndpointKind Classify(string? staticParts)
    {
        if (staticParts is null || staticParts.Trim().Length == 0)
        {
            return EndpointKind.Unknown;
        }

        var url = staticParts.ToLowerInvariant();
        var query = url.IndexOf('?');
        var path = query < 0 ? url : url.Substring(0, query);
        if (Contains(path, OtherPaths))
        {
            return EndpointKind.Other;
        }

        if (Contains(path, TextPaths) || Contains(path, Hosts))
        {
            return EndpointKind.GeneratesText;
        }

        // A visible address or path that names none of them calls something else; a bare word (a query string, a
        // header value) says nothing.
        return path.IndexOf('/') >= 0 || path.IndexOf("://", StringComparison.Ordinal) >= 0 ? EndpointKind.Other : EndpointKind.Unknown;
    }

    private static bool Contains(string text, string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            if (text.IndexOf(fragment, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
