using SupportBot;
using SupportBot.Assistants;

// Northwind Outdoor Gear's customer-support bot: one assistant per LLM SDK the analyzers cover.
// Without OPENAI_API_KEY it only lists the assistants: the sample exists to be built and analyzed.
var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
var question = args.Length > 0 ? string.Join(' ', args) : "Can I still return the tent I bought five weeks ago?";

if (string.IsNullOrEmpty(apiKey))
{
    Console.WriteLine("Northwind support bot. Set OPENAI_API_KEY to talk to a model.");
    Console.WriteLine("Assistants: chat (Microsoft.Extensions.AI), order desk (OpenAI SDK), handbook (Semantic Kernel), helpdesk (SupportDesk.Ask).");
    Console.WriteLine("Build with `dotnet build samples/SupportBot -t:Rebuild` to see the PromptAnalyzers diagnostics.");
    return;
}

const string Model = "gpt-4o-mini";
Console.WriteLine(await new ChatAssistant(Model, apiKey).AnswerAsync(question));
Console.WriteLine(await new OrderDeskAssistant(Model, apiKey).TrackOrderAsync("NW-48213", question));
Console.WriteLine(await new HandbookAssistant(Model, apiKey).AnswerAsync(question));
Console.WriteLine(await new SupportDesk(Model, apiKey).EscalateAsync(question));
