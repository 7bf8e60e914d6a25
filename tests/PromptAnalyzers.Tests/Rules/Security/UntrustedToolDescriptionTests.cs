using PromptAnalyzers.Rules.Security;
using Verify = PromptAnalyzers.Tests.Infrastructure.WebAnalyzerVerifier<PromptAnalyzers.Rules.Security.UntrustedInputAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4001: untrusted input in the description of a tool the model sees, for each SDK's way of describing one.</summary>
[Trait("Rule", "PA4001")]
public sealed class UntrustedToolDescriptionTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string input)
        => Verify.Diagnostic(UntrustedInputAnalyzer.Rule).WithLocation(location).WithArguments(input, "tool description", string.Empty)
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Route_handler_parameter_in_an_AIFunctionFactory_description()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class OrderEndpoints
            {
                public static void Map(WebApplication app) => app.MapPost("/ask", async (string hint, string question, IChatClient client) =>
                {
                    var lookup = AIFunctionFactory.Create((string id) => $"Order {id} ships tomorrow.", "lookup_order", {|#0:$"Looks up an order. {hint}"|});
                    var options = new ChatOptions { Tools = [lookup] };
                    return (await client.GetResponseAsync(question, options)).Text;
                });
            }
            """,
            Expected(0, "route handler parameter 'hint'"));
    }

    [Fact]
    public async Task Action_parameter_in_AIFunctionFactoryOptions_description()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            public sealed class ToolsController(IChatClient client) : ControllerBase
            {
                [HttpPost("ask")]
                public async Task<string> Ask(string toolNote, string question)
                {
                    var tool = AIFunctionFactory.Create((string id) => "shipped", new AIFunctionFactoryOptions { Name = "status", Description = {|#0:"Order status. " + toolNote|} });
                    return (await client.GetResponseAsync(question, new ChatOptions { Tools = [tool] })).Text;
                }
            }
            """,
            Expected(0, "action parameter 'toolNote'"));
    }

    [Fact]
    public async Task Query_parameter_in_an_OpenAI_function_tool_description()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using OpenAI.Chat;

            static class WeatherEndpoints
            {
                public static void Map(WebApplication app) => app.MapGet("/weather", async (HttpRequest request, ChatClient client) =>
                {
                    string described = request.Query["describe"].ToString();
                    ChatTool weather = ChatTool.CreateFunctionTool(functionName: "get_weather", functionDescription: {|#0:described|});
                    ChatCompletionOptions options = new() { Tools = { weather } };
                    ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Weather in Oslo?")], options);
                    return completion.Content[0].Text;
                });
            }
            """,
            Expected(0, "query parameter 'describe'"));
    }

    [Fact]
    public async Task No_diagnostic_for_constant_descriptions_attributes_or_input_mapped_onto_constants()
    {
        await Verify.VerifyAsync(
            """
            using System.ComponentModel;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.AI;

            static class OrderEndpoints
            {
                [Description("Looks up an order by its id.")]
                private static string Lookup([Description("The order id")] string id) => $"Order {id} ships tomorrow.";

                public static void Map(WebApplication app) => app.MapPost("/ask", async (string detail, string question, IChatClient client) =>
                {
                    var described = AIFunctionFactory.Create(Lookup);
                    var constant = AIFunctionFactory.Create(Lookup, "lookup_order", "Looks up an order by its id.");
                    var mapped = AIFunctionFactory.Create(Lookup, "lookup_order", detail == "full" ? "Looks up an order with every line." : "Looks up an order.");
                    var options = new ChatOptions { Tools = [described, constant, mapped] };
                    return (await client.GetResponseAsync(question, options)).Text;
                });
            }
            """);
    }
}
