using System.Text.Json;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>
/// Our counts of whole chat requests against the reference: ChatRequests.jsonl holds real-looking requests with counts from
/// OpenAI's reference tiktoken and the cookbook's counting method (gen-chat-requests.js), and, for the cookbook's own
/// examples, the prompt tokens the API reported. docs/accuracy.md shows the same table.
/// </summary>
public class ChatRequestCountTests
{
    public static TheoryData<string> Requests()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Text", "Tokens", "ChatRequests.jsonl")))
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Message_text_and_tool_definitions_count_as_the_reference_does(string line)
    {
        using var request = JsonDocument.Parse(line);
        var root = request.RootElement;
        var encoding = ModelCatalog.Resolve(root.GetProperty("model").GetString()!).Encoding;
        Assert.Equal(root.GetProperty("encoding").GetString(), TokenCounter.NameOf(encoding));

        var content = root.GetProperty("messages").EnumerateArray().Sum(m => TokenCounter.Count(m.GetProperty("content").GetString()!, encoding));
        Assert.Equal(root.GetProperty("content_tokens").GetInt32(), content);

        var tools = root.GetProperty("tools").EnumerateArray().Select(t => new ToolDefinition(
            t.GetProperty("name").GetString()!,
            t.GetProperty("description").GetString()!,
            ToolSchema.ParseParameters(t.GetProperty("parameters").GetRawText()))).ToList();
        Assert.Equal(root.GetProperty("tool_tokens").GetInt32(), ToolDefinitionTokens.Count(tools, encoding));

        // What PA2001 leaves out is the message framing: 3 per message, the role (and name, + 1), 3 for the reply primer.
        Assert.Equal(root.GetProperty("request_tokens").GetInt32(), content + ToolDefinitionTokens.Count(tools, encoding) + root.GetProperty("framing_tokens").GetInt32());
        if (root.GetProperty("api_prompt_tokens").ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(root.GetProperty("api_prompt_tokens").GetInt32(), root.GetProperty("request_tokens").GetInt32());
        }
    }
}
