using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SupportBot.Prompts;

namespace SupportBot.Assistants;

/// <summary>The in-store staff assistant, on Semantic Kernel.</summary>
public sealed class HandbookAssistant
{
    private readonly Kernel _kernel;

    public HandbookAssistant(string model, string apiKey)
    {
        _kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(model, apiKey).Build();
    }

    public async Task<string> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        // The whole staff handbook (well over 2,000 tokens) is sent with every single question.
        var history = new ChatHistory();
        history.AddSystemMessage(StoreHandbook.Text);
        history.AddUserMessage(question);

        var chat = _kernel.GetRequiredService<IChatCompletionService>();
        var reply = await chat.GetChatMessageContentAsync(history, kernel: _kernel, cancellationToken: cancellationToken);

        // A prompt template: instructions only, with the customer's words as a variable.
        var summary = await _kernel.InvokePromptAsync(
            "Rewrite the following answer for a customer in a calm, friendly tone, in at most two sentences: {{$answer}}",
            new KernelArguments { ["answer"] = reply.Content },
            cancellationToken: cancellationToken);
        return summary.ToString();
    }
}
