using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// Prompts in request bodies that code posts to LLM APIs itself with HttpClient: recognised by the body's shape (the member
/// names of the request schemas) through the HTTP and serialiser symbols, with the visible URL as a further signal.
/// </summary>
public sealed class HttpRequestBodyTests
{
    private static string Describe(PromptSite s) => s.Role + ":" + s.Text.Render() + ":" + s.Model.ModelId;

    [Fact]
    public void Chat_completions_body_as_anonymous_object_serialised_into_string_content()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            static async Task<string> AskAsync(HttpClient http, string question)
            {
                var body = new
                {
                    model = "llama-3.3-70b-versatile",
                    messages = new[]
                    {
                        new { role = "system", content = "You answer questions about labour law." },
                        new { role = "user", content = question },
                    },
                    temperature = 0.3,
                };
                var json = JsonSerializer.Serialize(body);
                var request = new HttpRequestMessage(HttpMethod.Post, "https://api.groq.com/openai/v1/chat/completions");
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                var response = await http.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }
            """);
        Assert.Equal(new[] { "System:You answer questions about labour law.:llama-3.3-70b-versatile" }, sites.Select(Describe).ToArray());
        Assert.Equal("\"You answer questions about labour law.\"", sites[0].Node.ToString());
    }

    [Fact]
    public void Contents_built_in_a_list_and_copied_with_ToArray()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            static async Task<string> AskAsync(HttpClient http, string key, string question)
            {
                var contents = new List<object>();
                contents.Add(new { role = "user", parts = new[] { new { text = "You are the tutor of an online school." } } });
                contents.Add(new { role = "user", parts = new[] { new { text = question } } });
                var body = new { contents = contents.ToArray() };
                var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
                var response = await http.PostAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=" + key, content);
                return await response.Content.ReadAsStringAsync();
            }
            """);
        Assert.Equal(new[] { "User:You are the tutor of an online school.:" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Gemini_body_posted_as_json_with_system_instruction_and_contents()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Net.Http.Json;
            static async Task<HttpResponseMessage> AskAsync(HttpClient http, string key, string question)
            {
                var requestBody = new
                {
                    systemInstruction = new { parts = new[] { new { text = "You are the shop's assistant." } } },
                    contents = new[]
                    {
                        new { role = "user", parts = new[] { new { text = "Store hours?" } } },
                        new { role = "model", parts = new[] { new { text = "We open at 9." } } },
                        new { role = "user", parts = new[] { new { text = question } } },
                    },
                };
                return await http.PostAsJsonAsync($"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key={key}", requestBody);
            }
            """);
        Assert.Equal(
            new[] { "System:You are the shop's assistant.:", "User:Store hours?:", "Assistant:We open at 9.:" },
            sites.Select(Describe).ToArray());
        Assert.Equal(new[] { false, true, true }, sites.Select(s => s.Kind.HasFlag(PromptKind.Example)).ToArray());
    }

    /// <summary>Google's own curl samples write a single part as an object: <c>"system_instruction": { "parts": { "text": ... } }</c>.</summary>
    [Fact]
    public void Gemini_parts_written_as_one_object_and_a_system_prompt_built_in_a_local()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            sealed class Chatbot(HttpClient http)
            {
                public async Task<string> AskAsync(string key, string message, object[] categories)
                {
                    var systemPrompt = "You are the assistant of a booking platform. " +
                        "Keep answers short.\n\nCategories: " + JsonSerializer.Serialize(categories);
                    var requestPayload = new
                    {
                        system_instruction = new { parts = new { text = systemPrompt } },
                        contents = new[] { new { role = "user", parts = new[] { new { text = message } } } },
                    };
                    var content = new StringContent(JsonSerializer.Serialize(requestPayload), Encoding.UTF8, "application/json");
                    var response = await http.PostAsync($"https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={key}", content);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """);
        Assert.Equal(
            new[] { "System:You are the assistant of a booking platform. Keep answers short.\n\nCategories: {…}:" },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Anthropic_messages_body_with_system_as_json_content()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Net.Http.Json;
            static async Task<HttpResponseMessage> AskAsync(HttpClient http, string question)
            {
                var body = new
                {
                    model = "claude-sonnet-4-5",
                    max_tokens = 1024,
                    system = "You are a concise portfolio assistant.",
                    messages = new[] { new { role = "user", content = question } },
                };
                return await http.PostAsync("https://api.anthropic.com/v1/messages", JsonContent.Create(body));
            }
            """);
        Assert.Equal(new[] { "System:You are a concise portfolio assistant.:claude-sonnet-4-5" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Request_types_with_json_names_and_a_message_list_built_with_add()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Text;
            using System.Text.Json.Serialization;
            using Newtonsoft.Json;
            public sealed class BotMessage
            {
                public string role { get; set; } = "";
                public string content { get; set; } = "";
            }

            public sealed record ChatRequest(string Model, [property: JsonPropertyName("messages")] List<BotMessage> History);

            public sealed class ChatbotService
            {
                private readonly List<BotMessage> _messages = new();
                private readonly string _model = "gpt-4o-mini";

                public ChatbotService()
                {
                    _messages.Add(new BotMessage { role = "system", content = "You take orders for a coffee shop." });
                }

                public async Task<string> AskAsync(HttpClient http, string message)
                {
                    _messages.Add(new BotMessage { role = "user", content = message });
                    var json = JsonConvert.SerializeObject(new ChatRequest(_model, _messages));
                    var response = await http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(json.ToString(), Encoding.UTF8, "application/json"));
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """);
        Assert.Equal(new[] { "System:You take orders for a coffee shop.:gpt-4o-mini" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Dictionary_and_json_text_bodies()
    {
        var sites = DiscoveryHarness.Sites(""""
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            static async Task Run(HttpClient http, string question)
            {
                var payload = new Dictionary<string, object>
                {
                    ["model"] = "llama3.2",
                    ["prompt"] = "Summarise the release notes in three bullets.",
                    ["stream"] = false,
                };
                await http.PostAsync("http://localhost:11434/api/generate", new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"));

                var json = $$"""{"model":"gpt-4o","messages":[{"role":"system","content":"You are a librarian."},{"role":"user","content":"{{question}}"}]}""";
                await http.PostAsync("v1/chat/completions", new StringContent(json, Encoding.UTF8, "application/json"));
            }
            """");
        Assert.Equal(
            new[] { "User:Summarise the release notes in three bullets.:llama3.2", "System:You are a librarian.:gpt-4o" },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void A_string_parameter_that_reaches_a_posted_body_makes_the_method_a_helper()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            public sealed class GeminiService(HttpClient http)
            {
                public async Task<string?> GenerateTextAsync(string prompt, int maxTokens = 512)
                {
                    var requestObj = new { contents = new[] { new { parts = new[] { new { text = prompt } } } }, generationConfig = new { maxOutputTokens = maxTokens } };
                    var content = new StringContent(JsonSerializer.Serialize(requestObj), Encoding.UTF8, "application/json");
                    var res = await http.PostAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent", content);
                    return await res.Content.ReadAsStringAsync();
                }
            }

            public sealed class SupportController(GeminiService gemini)
            {
                public Task<string?> Ask(string question) => gemini.GenerateTextAsync("You are MegaMall's assistant. Answer: " + question);
            }
            """);
        Assert.Equal(new[] { "User:You are MegaMall's assistant. Answer: {…}:" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void A_body_handed_to_the_applications_own_client_interface_is_read_where_it_is_built()
    {
        var sites = DiscoveryHarness.Sites(new[]
        {
            """
            using System.Net.Http;
            using System.Net.Http.Json;
            public interface IOpenAIClient
            {
                Task<HttpResponseMessage> PostChatCompletionsAsync(object requestBody, CancellationToken cancellationToken = default);
            }

            public sealed class OpenAIClient(HttpClient client) : IOpenAIClient
            {
                public Task<HttpResponseMessage> PostChatCompletionsAsync(object requestBody, CancellationToken cancellationToken = default)
                    => client.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", requestBody, cancellationToken);
            }
            """,
            """
            using System.Net.Http;
            public sealed class PortfolioChat(IOpenAIClient openAi)
            {
                public async Task<HttpResponseMessage> ReplyAsync(string userMessage)
                {
                    var requestBody = new
                    {
                        model = "gpt-4o-mini",
                        messages = new[]
                        {
                            new { role = "system", content = "You are a friendly assistant representing Rodney." },
                            new { role = "user", content = userMessage },
                        },
                    };
                    return await openAi.PostChatCompletionsAsync(requestBody);
                }
            }
            """,
        });
        Assert.Equal(new[] { "System:You are a friendly assistant representing Rodney.:gpt-4o-mini" }, sites.Select(Describe).ToArray());
    }

    [Fact]
    public void The_same_shapes_posted_to_other_services_or_not_posted_are_silent()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;
            static async Task Run(HttpClient http, ILogger logger, string text)
            {
                // A chat app's own backend and a webhook: the visible URL is not an LLM endpoint.
                await http.PostAsJsonAsync("https://chat.example.com/api/rooms/42/messages", new { messages = new[] { new { role = "user", content = "Hello team" } } });
                await http.PostAsync("https://hooks.example.com/notify", new StringContent(JsonSerializer.Serialize(new { contents = new[] { new { parts = new[] { new { text = "Build finished" } } } } })));

                // Embeddings take input and a model: not a prompt.
                await http.PostAsJsonAsync("https://api.openai.com/v1/embeddings", new { model = "text-embedding-3-small", input = "Returns are accepted within 30 days." });

                // Logged, not sent.
                logger.LogInformation(JsonSerializer.Serialize(new { messages = new[] { new { role = "system", content = "You are terse." } } }));
                var unsent = new StringContent(JsonSerializer.Serialize(new { messages = new[] { new { role = "system", content = "You are terse." } } }));

                // A body without the shape of a chat request, to an unknown URL.
                await http.PostAsJsonAsync(text, new { title = "Quarterly report", content = "Revenue grew 12%." });
            }
            """));
    }

    [Fact]
    public void Responses_tool_results_and_deserialised_replies_are_not_prompts()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            static async Task Run(HttpClient http, string question, string toolOutput)
            {
                var body = new
                {
                    model = "gpt-4o",
                    messages = new object[]
                    {
                        new { role = "system", content = "You plan trips." },
                        new { role = "user", content = question },
                        new { role = "tool", tool_call_id = "call_1", content = "{\"temperature\": 21}" },
                    },
                };
                var response = await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", body);
                var reply = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
                var echoed = new { role = "assistant", content = reply.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() };
            }
            """);
        Assert.Equal(new[] { "System:You plan trips.:gpt-4o" }, sites.Select(Describe).ToArray());
    }
}
