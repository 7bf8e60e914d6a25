using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>
/// Tool definitions, counted as OpenAI's cookbook counts them (num_tokens_for_tools). The cookbook checks its weather
/// example against the API: 101 prompt tokens for gpt-4o and gpt-4o-mini, 105 for gpt-4 and gpt-3.5-turbo. Its two messages
/// take 33 and 34 of those (3 per message + role + content, + 3; content counts 14 and 8 in o200k_base, 14 and 9 in
/// cl100k_base, from the reference tiktoken), which leaves 68 and 71 for the tool.
/// </summary>
public class ToolDefinitionTokensTests
{
    private static readonly ToolDefinition Weather = new(
        "get_current_weather",
        "Get the current weather in a given location",
        new[]
        {
            new ToolParameter("location", "string", "The city and state, e.g. San Francisco, CA"),
            new ToolParameter("unit", "string", "The unit of temperature to return", new[] { "celsius", "fahrenheit" }),
        });

    [Fact]
    public void Weather_tool_of_the_cookbook_in_o200k_base() => Assert.Equal(101 - 33, ToolDefinitionTokens.Count(new[] { Weather }, TokenEncoding.O200kBase));

    [Fact]
    public void Weather_tool_of_the_cookbook_in_cl100k_base() => Assert.Equal(105 - 34, ToolDefinitionTokens.Count(new[] { Weather }, TokenEncoding.Cl100kBase));

    [Fact]
    public void No_tools_no_tokens() => Assert.Equal(0, ToolDefinitionTokens.Count(Array.Empty<ToolDefinition>(), TokenEncoding.O200kBase));

    [Fact]
    public void A_function_without_parameters_and_a_final_dot()
    {
        // 7 + "get_time:Get the time" (5 tokens in o200k_base, reference tiktoken) + 12 after the last function.
        var tool = new ToolDefinition("get_time", "Get the time.", Array.Empty<ToolParameter>());
        Assert.Equal(7 + 5 + 12, ToolDefinitionTokens.Count(new[] { tool }, TokenEncoding.O200kBase));
    }

    [Fact]
    public void Schema_text_gives_the_parameters()
    {
        const string json = """
            { "type": "object", "properties": {
                "location": { "type": "string", "description": "The city and state, e.g. San Francisco, CA" },
                "unit": { "type": "string", "description": "The unit of temperature to return", "enum": ["celsius", "fahrenheit"] } },
              "required": ["location"] }
            """;
        var parameters = ToolSchema.ParseParameters(json);
        Assert.Equal(new[] { "location", "unit" }, parameters.Select(p => p.Name));
        Assert.Equal(new[] { "celsius", "fahrenheit" }, parameters[1].EnumValues);
        Assert.Equal("The city and state, e.g. San Francisco, CA", parameters[0].Description);
        Assert.Equal(68, ToolDefinitionTokens.Count(new[] { new ToolDefinition(Weather.Name, Weather.Description, parameters) }, TokenEncoding.O200kBase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"type\": \"object\" }")]
    [InlineData("{ \"properties\": [] }")]
    public void Schema_text_without_properties_gives_none(string json) => Assert.Empty(ToolSchema.ParseParameters(json));
}
