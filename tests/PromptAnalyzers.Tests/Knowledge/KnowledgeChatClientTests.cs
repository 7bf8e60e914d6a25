using Microsoft.Extensions.AI;
using PromptAnalyzers.Knowledge;
using PromptAnalyzers.Knowledge.ChatClients;
using PromptAnalyzers.Knowledge.Files;

namespace PromptAnalyzers.Tests.Knowledge;

public sealed class KnowledgeChatClientTests
{
    [Fact]
    public async Task UseKnowledge_adds_the_context_for_the_latest_user_message_before_it()
    {
        using var folder = new KnowledgeFolder();
        folder.Write("returns.md", "# Returns\n\nItems can be returned within 30 days.\n\n# Shipping\n\nStandard shipping takes 3-5 days.");
        var recorder = new RecordingChatClient();
        var client = new ChatClientBuilder(recorder).UseKnowledge(new FileKnowledgeSource(folder.Path), o => o.Top = 1).Build();

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "You are a support bot."),
            new(ChatRole.User, "How long does shipping take?"),
            new(ChatRole.Assistant, "Let me check."),
            new(ChatRole.User, "Can I return an item?"),
        };
        await client.GetResponseAsync(messages);

        var sent = Assert.Single(recorder.Requests);
        Assert.Equal(5, sent.Count);
        Assert.Equal(4, messages.Count); // the caller's list is untouched
        var context = sent[3];
        Assert.Equal(ChatRole.System, context.Role);
        Assert.StartsWith(KnowledgeContext.Instruction, context.Text, StringComparison.Ordinal);
        Assert.Contains("within 30 days", context.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("3-5 days", context.Text, StringComparison.Ordinal);
        Assert.Equal("Can I return an item?", sent[4].Text);
    }

    [Fact]
    public async Task Streaming_is_augmented_too_and_requests_without_user_text_pass_through()
    {
        using var folder = new KnowledgeFolder();
        folder.Write("returns.md", "Items can be returned within 30 days.");
        var recorder = new RecordingChatClient();
        var client = new KnowledgeChatClient(recorder, new FileKnowledgeSource(folder.Path));

        await foreach (var _ in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "return policy?")]))
        {
        }

        await client.GetResponseAsync([new ChatMessage(ChatRole.System, "Be brief.")]);
        Assert.Equal(2, recorder.Requests[0].Count);
        Assert.Contains("30 days", recorder.Requests[0][0].Text, StringComparison.Ordinal);
        Assert.Single(recorder.Requests[1]);
    }

    [Fact]
    public async Task UseKnowledge_without_a_source_takes_the_registered_one()
    {
        using var folder = new KnowledgeFolder();
        folder.Write("k.md", "Our phone number is +1 800 555 0199.");
        var services = new ServiceProviderStub(new FileKnowledgeSource(folder.Path));
        var recorder = new RecordingChatClient();
        var client = new ChatClientBuilder(recorder).UseKnowledge().Build(services);
        await client.GetResponseAsync("What is your phone number?");
        Assert.Contains("+1 800 555 0199", recorder.Requests[0][0].Text, StringComparison.Ordinal);
    }

    private sealed class ServiceProviderStub(IKnowledgeSource source) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IKnowledgeSource) ? source : null;
    }
}
