using PromptAnalyzers.Rules.Security;
using Verify = PromptAnalyzers.Tests.Infrastructure.WebAnalyzerVerifier<PromptAnalyzers.Rules.Security.UntrustedInputAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4001: each kind of untrusted input reaching each kind of instruction sink, directly and through helpers.</summary>
[Trait("Rule", "PA4001")]
public sealed class UntrustedInputAnalyzerTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string input, string sink, string path = "")
        => Verify.Diagnostic(UntrustedInputAnalyzer.Rule).WithLocation(location).WithArguments(input, sink, path)
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Query_parameter_read_in_a_minimal_api_handler_reaches_a_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            static class ChatEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/chat", async (HttpRequest request, IChatClient client) =>
                {
                    var persona = request.Query["persona"];
                    var messages = new List<ChatMessage>
                    {
                        new(ChatRole.System, {|#0:$"You are {persona}. Answer questions about our orders."|}),
                        new(ChatRole.User, "Where is my parcel?"),
                    };
                    return (await client.GetResponseAsync(messages)).Text;
                });
            }
            """,
            Expected(0, "query parameter 'persona'", "system message"));
    }

    [Fact]
    public async Task Request_header_in_a_controller_reaches_chat_options_instructions()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            [ApiController]
            [Route("api/chat")]
            public sealed class ChatController(IChatClient client) : ControllerBase
            {
                [HttpPost]
                public async Task<string> Post([FromBody] string question)
                {
                    string tone = Request.Headers["X-Tone"].ToString();
                    var options = new ChatOptions { Instructions = {|#0:"Answer in a " + tone + " tone."|} };
                    return (await client.GetResponseAsync(question, options)).Text;
                }
            }
            """,
            Expected(0, "request header 'X-Tone'", "ChatOptions.Instructions"));
    }

    [Fact]
    public async Task Action_parameter_reaches_an_openai_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenAI.Chat;

            public sealed class StyleController(ChatClient client) : Controller
            {
                public async Task<IActionResult> Rewrite(string style, string text)
                {
                    ChatMessage[] messages = [new SystemChatMessage({|#0:$"Rewrite the user's text in the style of {style}."|}), new UserChatMessage(text)];
                    var completion = await client.CompleteChatAsync(messages);
                    return Content(completion.Value.Content[0].Text);
                }
            }
            """,
            Expected(0, "action parameter 'style'", "system message"));
    }

    [Fact]
    public async Task Property_of_a_bound_record_reaches_a_developer_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenAI.Chat;

            public sealed record AskRequest(string Persona, string Question);

            [ApiController]
            public sealed class AskController(ChatClient client) : ControllerBase
            {
                [HttpPost("ask")]
                public async Task<string> Ask(AskRequest request)
                {
                    var completion = await client.CompleteChatAsync(new DeveloperChatMessage({|#0:"Act as " + request.Persona|}), new UserChatMessage(request.Question));
                    return completion.Value.Content[0].Text;
                }
            }
            """,
            Expected(0, "action parameter 'request.Persona'", "developer message"));
    }

    [Fact]
    public async Task From_header_parameter_is_named_by_the_header()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            static class ToneEndpoints
            {
                public static void Map(WebApplication app) => app.MapPost("/answer", async ([FromHeader(Name = "X-Tone")] string tone, [FromBody] string question, IChatClient client) =>
                    (await client.GetResponseAsync(question, new ChatOptions { Instructions = {|#0:$"Use a {tone} tone."|} })).Text);
            }
            """,
            Expected(0, "request header 'X-Tone'", "ChatOptions.Instructions"));
    }

    [Fact]
    public async Task Route_handler_parameter_reaches_semantic_kernel_chat_history()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.SemanticKernel.ChatCompletion;

            static class PersonaEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/persona/{name}", (string name, IChatCompletionService chat) =>
                {
                    var history = new ChatHistory({|#0:$"You are {name}, a helpful assistant."|});
                    return chat.GetChatMessageContentAsync(history);
                });
            }
            """,
            Expected(0, "route handler parameter 'name'", "system message"));
    }

    [Fact]
    public async Task Hub_method_parameter_reaches_agent_instructions()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.SignalR;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            public sealed class AssistantHub(IChatClient client) : Hub
            {
                public async Task Ask(string role, string question)
                {
                    AIAgent agent = client.CreateAIAgent(instructions: {|#0:$"You are a {role}."|});
                    var answer = await agent.RunAsync(question);
                    await Clients.Caller.SendAsync("answer", answer.Text);
                }
            }
            """,
            Expected(0, "hub method parameter 'role'", "agent instructions"));
    }

    [Fact]
    public async Task Console_input_reaches_a_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            Console.Write("Persona: ");
            string persona = Console.ReadLine() ?? "a helpful assistant";
            IChatClient client = null!;
            var reply = await client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:"You are " + persona|}), new ChatMessage(ChatRole.User, "Hello")]);
            Console.WriteLine(reply.Text);
            """,
            Expected(0, "Console.ReadLine()", "system message"));
    }

    [Fact]
    public async Task Request_body_read_as_a_stream_reaches_instructions()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            public sealed class RulesMiddleware(RequestDelegate next, IChatClient client)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    using var reader = new StreamReader(context.Request.Body);
                    var rules = await reader.ReadToEndAsync();
                    var options = new ChatOptions { Instructions = {|#0:rules|} };
                    await client.GetResponseAsync("Summarise today's tickets.", options);
                    await next(context);
                }
            }
            """,
            Expected(0, "request body", "ChatOptions.Instructions"));
    }

    [Fact]
    public async Task Uploaded_file_content_reaches_a_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            static class StyleGuideEndpoints
            {
                public static void Map(WebApplication app) => app.MapPost("/review", async (IFormFile guide, IChatClient client) =>
                {
                    using var reader = new StreamReader(guide.OpenReadStream());
                    string text = await reader.ReadToEndAsync();
                    return (await client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:text|}), new ChatMessage(ChatRole.User, "Review my draft.")])).Text;
                });
            }
            """,
            Expected(0, "uploaded file", "system message"));
    }

    [Fact]
    public async Task User_message_text_copied_into_the_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            public sealed class TopicPinningClient(IChatClient inner) : DelegatingChatClient(inner)
            {
                public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                {
                    var last = messages.Last(m => m.Role == ChatRole.User);
                    var pinned = new List<ChatMessage> { new(ChatRole.System, {|#0:$"Stay on the topic: {last.Text}"|}) };
                    pinned.AddRange(messages);
                    return base.GetResponseAsync(pinned, options, cancellationToken);
                }
            }
            """,
            Expected(0, "user message text", "system message"));
    }

    [Fact]
    public async Task Input_passed_to_a_prompt_helper_is_reported_at_the_argument_with_the_helper()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class PromptBuilder
            {
                public List<ChatMessage> Build(string persona, string question) =>
                [
                    new(ChatRole.System, $"You are {persona}. Keep answers short."),
                    new(ChatRole.User, question),
                ];
            }

            [ApiController]
            public sealed class AskController(IChatClient client, PromptBuilder prompts) : ControllerBase
            {
                [HttpGet("ask")]
                public async Task<string> Ask([FromQuery] string persona, [FromQuery] string question)
                    => (await client.GetResponseAsync(prompts.Build({|#0:persona|}, question))).Text;
            }
            """,
            Expected(0, "query parameter 'persona'", "system message", " through PromptBuilder.Build"));
    }

    [Fact]
    public async Task Input_returned_by_a_helper_names_the_helper()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            public sealed class TonePolicy(IHttpContextAccessor accessor)
            {
                public string CurrentTone() => accessor.HttpContext!.Request.Cookies["tone"] ?? "neutral";
            }

            public sealed class Answerer(IChatClient client, TonePolicy tones)
            {
                public async Task<string> AnswerAsync(string question)
                {
                    var options = new ChatOptions { Instructions = {|#0:$"Reply in a {tones.CurrentTone()} tone."|} };
                    return (await client.GetResponseAsync(question, options)).Text;
                }
            }
            """,
            Expected(0, "cookie 'tone'", "ChatOptions.Instructions", " through TonePolicy.CurrentTone"));
    }
}
