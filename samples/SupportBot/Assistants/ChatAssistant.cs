using Microsoft.Extensions.AI;

namespace SupportBot.Assistants;

/// <summary>The web-chat assistant, on Microsoft.Extensions.AI.</summary>
public sealed class ChatAssistant
{
    private readonly IChatClient _client;

    public ChatAssistant(string model, string apiKey)
    {
        _client = new OpenAI.Chat.ChatClient(model, apiKey).AsIChatClient();
    }

    public async Task<string> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        // Behaviour only: tone, format, task. This is what a prompt is for.
        var options = new ChatOptions
        {
            Instructions = "You are the friendly support assistant of Northwind Outdoor Gear. Answer in at most three sentences, in plain language, and offer a human agent when the customer is upset.",
            Temperature = 0.2f,
        };

        // Facts hardcoded into the prompt: prices, a refund window, a phone number and an e-mail.
        // They change without a release of this code; they belong in retrieval (RAG).
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "Store policy: purchases can be returned within 30 days for a full refund, 31 to 60 days for store credit. Standard shipping costs $4.99 and is free on orders over $75. The Trailhead 2 tent costs $249 and the Summit 4 tent costs $489. Customers can call 1-800-555-0142 (Mon-Fri 8am-6pm PT) or write to help@northwind-outdoor.example."),
            new(ChatRole.User, question),
        };

        var response = await _client.GetResponseAsync(messages, options, cancellationToken);
        return response.Text;
    }
}
