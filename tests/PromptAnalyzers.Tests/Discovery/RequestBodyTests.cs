using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

public sealed class RequestBodyTests
{
    [Fact]
    public void Hand_written_chat_and_responses_bodies_are_prompts_with_roles_and_model()
    {
        var sites = DiscoveryHarness.Sites("""
            using System.ClientModel;
            using OpenAI.Chat;
            using OpenAI.Responses;
            #pragma warning disable OPENAI001
            static void Run(ChatClient chat, ResponsesClient responses)
            {
                chat.CompleteChat(BinaryContent.Create(BinaryData.FromString(
                    "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]}")));
                var body = BinaryData.FromBytes("{\"instructions\":\"Be funny.\",\"input\":\"Tell me a joke\"}"u8.ToArray());
                responses.CreateResponse(BinaryContent.Create(body));
            }
            """);
        Assert.Equal(
            new[] { "System:You are terse.:gpt-4o-mini", "User:Hi:gpt-4o-mini", "System:Be funny.:", "User:Tell me a joke:" },
            sites.Select(s => s.Role + ":" + s.Text.Render() + ":" + s.Model.ModelId).ToArray());
    }

    [Fact]
    public void Json_that_is_not_a_request_body_or_not_sent_is_silent()
    {
        Assert.Empty(DiscoveryHarness.Sites("""
            using System.ClientModel;
            using System.Net.Http;
            var logged = BinaryData.FromString("{\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"}]}");
            var http = new StringContent("{\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"}]}");
            """));
    }
}
