using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Tests.Text.Requests;

/// <summary>The request schemas of the LLM APIs, read from JSON text, and what a URL says about the endpoint.</summary>
public sealed class RequestSchemaTests
{
    private static string[] Read(string json, bool endpointGeneratesText = false)
        => RequestBodyMessages.Read(json, endpointGeneratesText).Select(m => m.Role + ":" + m.Text).ToArray();

    [Fact]
    public void Chat_completions_anthropic_and_gemini_shapes()
    {
        Assert.Equal(
            new[] { "system:You are terse.", "user:Hi", "assistant:Hello." },
            Read("""{"model":"gpt-4o","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":[{"type":"text","text":"Hi"}]},{"role":"assistant","content":"Hello."},{"role":"tool","content":"42"}]}"""));
        Assert.Equal(
            new[] { "system:You are a portfolio assistant.", "user:Who is he?" },
            Read("""{"model":"claude-sonnet-4-5","system":"You are a portfolio assistant.","messages":[{"role":"user","content":"Who is he?"}]}"""));
        Assert.Equal(
            new[] { "system:You are the shop's assistant.", "user:Store hours?", "assistant:We open at 9." },
            Read("""{"system_instruction":{"parts":[{"text":"You are the shop's assistant."}]},"contents":[{"parts":[{"text":"Store hours?"}]},{"role":"model","parts":[{"text":"We open at 9."}]}]}"""));
    }

    [Fact]
    public void Prompt_and_input_count_only_at_a_text_generation_endpoint()
    {
        const string generate = """{"model":"llama3.2","system":"Answer in French.","prompt":"Why is the sky blue?"}""";
        const string embedding = """{"model":"text-embedding-3-small","input":"Returns within 30 days."}""";
        Assert.Empty(Read(generate));
        Assert.Equal(new[] { "system:Answer in French.", "user:Why is the sky blue?" }, Read(generate, endpointGeneratesText: true));
        Assert.Empty(Read(embedding));
        Assert.Empty(Read("""{"title":"Report","content":"Revenue grew."}""", endpointGeneratesText: true));
    }

    [Theory]
    [InlineData("https://api.openai.com/v1/chat/completions", EndpointKind.GeneratesText)]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/models/\u0001:generateContent?key=\u0001", EndpointKind.GeneratesText)]
    [InlineData("https://api.anthropic.com/v1/messages", EndpointKind.GeneratesText)]
    [InlineData("http://localhost:11434/api/generate", EndpointKind.GeneratesText)]
    [InlineData("\u0001/v1/chat/completions", EndpointKind.GeneratesText)]
    [InlineData("https://api.groq.com/\u0001", EndpointKind.GeneratesText)]
    [InlineData("https://api.openai.com/v1/embeddings", EndpointKind.Other)]
    [InlineData("https://chat.example.com/api/rooms/42/messages", EndpointKind.Other)]
    [InlineData("api/orders", EndpointKind.Other)]
    [InlineData("\u0001", EndpointKind.Unknown)]
    [InlineData("\u0001?key=\u0001", EndpointKind.Unknown)]
    public void Endpoint_kind_from_the_visible_url(string url, EndpointKind expected)
        => Assert.Equal(expected, LlmEndpoints.Classify(url));

    [Fact]
    public void Member_names_match_as_serialisers_write_them()
    {
        Assert.True(RequestValue.SameName("systemInstruction", "system_instruction"));
        Assert.True(RequestValue.SameName("Messages", "messages"));
        Assert.False(RequestValue.SameName("message", "messages"));
    }
}
