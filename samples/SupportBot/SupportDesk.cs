using Microsoft.Extensions.AI;

namespace SupportBot;

/// <summary>
/// The team's own helper around the model. PromptAnalyzers knows its first parameter is a prompt
/// through `prompt_analyzers.prompt_methods = SupportBot.SupportDesk.Ask(systemPrompt)` in .editorconfig.
/// </summary>
public sealed class SupportDesk
{
    private readonly IChatClient _client;

    public SupportDesk(string model, string apiKey)
    {
        _client = new OpenAI.Chat.ChatClient(model, apiKey).AsIChatClient();
    }

    public Task<string> EscalateAsync(string question) =>
        Ask("You triage support tickets. Reply with exactly one word: billing, shipping, product or other.", question);

    public Task<string> WarrantyAsync(string question) =>
        Ask("Every Northwind tent has a 5-year warranty; sleeping bags have 2 years. Claims go to warranty@northwind-outdoor.example with a photo and the receipt.", question);

    public async Task<string> Ask(string systemPrompt, string question)
    {
        var response = await _client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, systemPrompt), new ChatMessage(ChatRole.User, question)]);
        return response.Text;
    }
}
