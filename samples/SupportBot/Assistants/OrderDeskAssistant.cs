using System.Text;
using OpenAI.Chat;

namespace SupportBot.Assistants;

/// <summary>The order-tracking desk, on the OpenAI .NET SDK directly.</summary>
public sealed class OrderDeskAssistant
{
    private readonly ChatClient _client;

    public OrderDeskAssistant(string model, string apiKey)
    {
        _client = new ChatClient(model, apiKey);
    }

    public async Task<string> TrackOrderAsync(string orderNumber, string question, CancellationToken cancellationToken = default)
    {
        // A prompt assembled with a StringBuilder: static text plus one dynamic hole (the order number).
        var prompt = new StringBuilder();
        prompt.AppendLine("You are Northwind Outdoor Gear's order desk.");
        prompt.AppendLine("Look at the order status the customer gives you and explain it in one short paragraph.");
        prompt.AppendLine("Orders ship from our Reno, NV warehouse within 2 business days; express delivery costs $19.99.");
        prompt.Append("The order being discussed is ").Append(orderNumber).AppendLine(".");
        prompt.AppendLine("Never promise a delivery date.");

        ChatCompletion completion = await _client.CompleteChatAsync(
            [new SystemChatMessage(prompt.ToString()), new UserChatMessage(question)],
            cancellationToken: cancellationToken);
        return completion.Content[0].Text;
    }
}
