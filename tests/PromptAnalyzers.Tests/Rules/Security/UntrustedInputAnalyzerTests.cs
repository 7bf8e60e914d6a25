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
    public async Task Bound_record_of_a_route_group_handler_reaches_a_system_message_through_a_service()
    {
        // From a real chat API (davidfowl/aspire-ai-chat-demo): a route group's handler passes a bound record's text to a service.
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.AI;

            public record Prompt(string Text);

            public sealed class Coordinator(IChatClient client)
            {
                public async Task AddMessage(Guid id, string text)
                    => await client.GetResponseAsync(new List<ChatMessage> { new(ChatRole.System, "You answer about chat " + id + ": " + text) });
            }

            public static class ChatApi
            {
                public static RouteGroupBuilder MapChatApi(this IEndpointRouteBuilder routes)
                {
                    var group = routes.MapGroup("/api/chats");
                    group.MapPost("/{id}", async (Guid id, Prompt prompt, CancellationToken token, Coordinator streaming) =>
                    {
                        await streaming.AddMessage(id, {|#0:prompt.Text|});
                        return Results.Ok();
                    });
                    return group;
                }
            }
            """,
            Expected(0, "route handler parameter 'prompt.Text'", "system message", " through Coordinator.AddMessage"));
    }

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

    [Fact]
    public async Task Input_appended_to_a_string_builder_reaches_a_semantic_kernel_system_message()
    {
        await Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.SemanticKernel.ChatCompletion;

            [ApiController]
            public sealed class SupportController(IChatCompletionService chat) : ControllerBase
            {
                [HttpGet("support")]
                public async Task<string?> Get(string question)
                {
                    var instructions = new StringBuilder("You are the support agent of Contoso.");
                    instructions.AppendLine().Append("Customer tier: ").Append(Request.Query["tier"].ToString());
                    var history = new ChatHistory();
                    history.AddSystemMessage({|#0:instructions.ToString()|});
                    history.AddUserMessage(question);
                    return (await chat.GetChatMessageContentAsync(history)).Content;
                }
            }
            """,
            Expected(0, "query parameter 'tier'", "system message"));
    }

    [Fact]
    public async Task Input_formatted_with_string_format_and_a_fallback_reaches_an_openai_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using OpenAI.Chat;

            static class LanguageEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/greet", async (HttpContext context, ChatClient client) =>
                {
                    string language = context.Request.Query["lang"].FirstOrDefault() ?? "English";
                    var system = ChatMessage.CreateSystemMessage({|#0:string.Format("Always answer in {0}.", language)|});
                    return (await client.CompleteChatAsync(system, ChatMessage.CreateUserMessage("Say hello."))).Value.Content[0].Text;
                });
            }
            """,
            Expected(0, "query parameter 'lang'", "system message"));
    }

    [Fact]
    public async Task Field_set_once_in_the_constructor_from_a_header_reaches_a_system_message()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class PersonaChat
            {
                private readonly string _persona;

                public PersonaChat(IHttpContextAccessor accessor)
                {
                    _persona = accessor.HttpContext?.Request.Headers["X-Persona"].ToString() ?? "assistant";
                }

                public ChatHistory Start() => new({|#0:_persona|});
            }
            """,
            Expected(0, "request header 'X-Persona'", "system message"));
    }

    [Fact]
    public async Task Get_only_property_set_in_a_later_constructor_from_a_header_reaches_a_system_message()
    {
        // Only constructors and initializers can write a get-only property: the methods between them are not read, the
        // constructor after them is.
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class PersonaChat
            {
                public PersonaChat() => Persona = "assistant";

                public string Persona { get; }

                public ChatHistory Start() => new({|#0:Persona|});

                public string Describe() => "Persona: " + Persona;

                public PersonaChat(IHttpContextAccessor accessor)
                {
                    Persona = accessor.HttpContext?.Request.Headers["X-Persona"].ToString() ?? "assistant";
                }

                private sealed class Nested
                {
                    public string Persona { get; set; } = "nested";
                }
            }
            """,
            Expected(0, "request header 'X-Persona'", "system message"));
    }

    [Fact]
    public async Task Conditional_that_keeps_the_input_still_carries_it()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class RecipeController(IChatClient client) : ControllerBase
            {
                [HttpGet("recipe")]
                public async Task<string> Get([FromQuery(Name = "diet")] string? diet, string dish)
                {
                    string rule = string.IsNullOrEmpty(diet) ? "Any diet is fine." : "Only suggest " + diet.Trim() + " dishes.";
                    return (await client.GetResponseAsync([new(ChatRole.System, {|#0:rule|}), new(ChatRole.User, dish)])).Text;
                }
            }
            """,
            Expected(0, "query parameter 'diet'", "system message"));
    }

    [Fact]
    public async Task Helper_that_builds_an_agent_names_the_helper_and_the_agent_instructions()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            public static class Agents
            {
                public static AIAgent Create(IChatClient client, string speciality) =>
                    client.CreateAIAgent(instructions: "You are an expert in " + speciality + ".");
            }

            static class ExpertEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/expert/{topic}", async (string topic, string question, IChatClient client) =>
                    (await Agents.Create(client, {|#0:topic|}).RunAsync(question)).Text);
            }
            """,
            Expected(0, "route handler parameter 'topic'", "agent instructions", " through Agents.Create"));
    }

    [Fact]
    public async Task Razor_page_bound_property_and_a_builder_appended_with_an_interpolated_string()
    {
        await Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;
            using Microsoft.Extensions.AI;

            public sealed class ChatPage(IChatClient client) : PageModel
            {
                [BindProperty]
                public string Persona { get; set; } = "";

                public int Turns { get; set; }

                public async Task OnPostAsync()
                {
                    var rules = new StringBuilder("You are the shop assistant.");
                    rules.AppendLine($" Speak as {Persona}, turn {Turns}.");
                    await client.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:rules.ToString()|}), new ChatMessage(ChatRole.User, "Hi")]);
                }
            }
            """,
            Expected(0, "bound property 'Persona'", "system message"));
    }

    [Fact]
    public async Task User_message_picked_with_a_null_conditional_still_counts()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            public sealed class Pinning(IChatClient inner) : DelegatingChatClient(inner)
            {
                public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                {
                    var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text;
                    var assistant = messages.LastOrDefault(m => m.Role == ChatRole.Assistant)?.Text;
                    var system = new ChatMessage(ChatRole.System, {|#0:"Topic: " + question|});
                    var recap = new ChatMessage(ChatRole.System, "Your last answer: " + assistant);
                    return base.GetResponseAsync(messages.Prepend(recap).Prepend(system), options, cancellationToken);
                }
            }
            """,
            Expected(0, "user message text", "system message"));
    }

    [Fact]
    public async Task Handler_method_passed_by_name_to_map_post_binds_its_record_from_the_request()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            public record TicketRequest(int? ProductId, string CustomerName, string Summary);

            public static class AssistantApi
            {
                public static void MapAssistant(this WebApplication app) => app.MapPost("/api/assistant", AnswerAsync);

                private static async Task<string> AnswerAsync(TicketRequest request, HttpContext context, IChatClient client)
                {
                    List<ChatMessage> messages = [new(ChatRole.System, {|#0:$"Ticket {request.ProductId} from {request.CustomerName}: {request.Summary}"|})];
                    return (await client.GetResponseAsync(messages)).Text;
                }

                private static Task<string> NotMapped(TicketRequest request, IChatClient client)
                    => client.GetResponseAsync([new ChatMessage(ChatRole.System, "Customer: " + request.CustomerName)]).ContinueWith(t => t.Result.Text);
            }
            """,
            Expected(0, "route handler parameter 'request.CustomerName'", "system message"));
    }

    // ---- No diagnostic: trusted text, closed sets, the user role ----

    [Fact]
    public async Task Input_sent_in_the_user_role_is_where_it_belongs()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            [ApiController]
            public sealed class ChatController(IChatClient client) : ControllerBase
            {
                [HttpPost("chat")]
                public async Task<string> Post([FromBody] string question, [FromHeader(Name = "X-Tone")] string tone)
                {
                    List<ChatMessage> messages =
                    [
                        new(ChatRole.System, "You answer questions about Contoso orders. The user's preferred tone follows in their message."),
                        new(ChatRole.User, $"Preferred tone: {tone}"),
                        new(ChatRole.User, question),
                    ];
                    return (await client.GetResponseAsync(messages)).Text;
                }
            }
            """);
    }

    [Fact]
    public async Task Closed_set_parameters_and_parses_are_trusted()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public enum Tone { Formal, Casual }

            [ApiController]
            public sealed class SummaryController(IChatClient client) : ControllerBase
            {
                [HttpGet("summary")]
                public async Task<string> Get(Tone tone, int maxWords, bool bullets, Guid tenant, DateTime since, string text)
                {
                    var sentences = int.Parse(Request.Query["sentences"]!);
                    var options = new ChatOptions
                    {
                        Instructions = $"Summarise in a {tone} tone, at most {maxWords} words and {sentences} sentences, bullets: {bullets}, tenant {tenant}, since {since:d}.",
                    };
                    return (await client.GetResponseAsync(text, options)).Text;
                }
            }
            """);
    }

    [Fact]
    public async Task Input_mapped_onto_constants_by_a_switch_or_an_equality_check_is_trusted()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class PersonaEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/ask", async (string persona, string style, string question, IChatClient client) =>
                {
                    var who = persona switch
                    {
                        "pirate" => "a pirate",
                        "teacher" => "a patient teacher",
                        _ => "a helpful assistant",
                    };
                    var how = style == "short" ? "Answer in one sentence." : "Answer in detail.";
                    return (await client.GetResponseAsync([new(ChatRole.System, $"You are {who}. {how}"), new(ChatRole.User, question)])).Text;
                });
            }
            """);
    }

    [Fact]
    public async Task Configuration_and_options_are_trusted_by_default()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public sealed class ChatSettings
            {
                public string Persona { get; set; } = "a helpful assistant";
            }

            [ApiController]
            public sealed class ConfiguredController(IChatClient client, IConfiguration configuration, IOptions<ChatSettings> settings) : ControllerBase
            {
                [HttpGet("configured")]
                public async Task<string> Get(string question)
                {
                    var rules = configuration["Chat:Rules"];
                    var options = new ChatOptions { Instructions = $"You are {settings.Value.Persona}. {rules}" };
                    return (await client.GetResponseAsync(question, options)).Text;
                }
            }
            """);
    }

    [Fact]
    public async Task Parameter_of_an_ordinary_method_is_not_input()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.AI;

            public sealed class Translator(IChatClient client)
            {
                public async Task<string> TranslateAsync(string language, string text)
                {
                    var options = new ChatOptions { Instructions = $"Translate the user's text into {language}." };
                    return (await client.GetResponseAsync(text, options)).Text;
                }
            }
            """);
    }

    [Fact]
    public async Task Services_and_non_public_controller_methods_are_not_input()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class Glossary
            {
                public string Terms { get; set; } = "SKU: stock keeping unit";
            }

            [ApiController]
            public sealed class GlossaryController(IChatClient client) : ControllerBase
            {
                [HttpGet("define")]
                public Task<string> Define([FromServices] Glossary glossary, string term) => AskAsync(glossary.Terms, term);

                private async Task<string> AskAsync(string glossary, string term)
                    => (await client.GetResponseAsync(term, new ChatOptions { Instructions = "Use this glossary: " + glossary })).Text;
            }
            """);
    }

    // ---- Options ----

    private const string TenantSource = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;

        namespace Contoso.Tenants;

        public static class TenantSettings
        {
            public static string Describe(string tenant) => "the assistant of " + tenant;
        }

        [ApiController]
        public sealed class TenantController(IChatClient client) : ControllerBase
        {
            [HttpGet("tenant")]
            public async Task<string> Get(string question)
            {
                var options = new ChatOptions { Instructions = {|#0:$"You are {TenantSettings.Describe(Request.Headers["X-Tenant"]!)}."|} };
                return (await client.GetResponseAsync(question, options)).Text;
            }
        }
        """;

    [Fact]
    public async Task Without_options_a_helper_that_passes_input_on_is_reported()
    {
        await Verify.VerifyAsync(TenantSource, Expected(0, "request header 'X-Tenant'", "ChatOptions.Instructions", " through TenantSettings.Describe"));
    }

    [Theory]
    [InlineData("prompt_analyzers.trusted_sources = TenantSettings.Describe")]
    [InlineData("prompt_analyzers.trusted_sources = Contoso.Tenants.TenantSettings")]
    [InlineData("prompt_analyzers.trusted_sources = Other.Thing M:Contoso.Tenants.TenantSettings.Describe(System.String)")]
    [InlineData("prompt_analyzers.sanitizers = Contoso.Tenants.TenantSettings.Describe")]
    public async Task Trusted_sources_and_sanitizers_end_the_flow(string option)
    {
        await Verify.VerifyAsync(TenantSource.Replace("{|#0:", string.Empty).Replace("|} };", " };"), option);
    }

    [Fact]
    public async Task A_trusted_request_member_is_named_by_its_documentation_id()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            public sealed class Middleware(IChatClient client)
            {
                public Task Handle(HttpContext context) => client.GetResponseAsync("Hello", new ChatOptions { Instructions = "Route: " + context.Request.Path });
            }
            """,
            "prompt_analyzers.trusted_sources = P:Microsoft.AspNetCore.Http.HttpRequest.Path");
    }
}
