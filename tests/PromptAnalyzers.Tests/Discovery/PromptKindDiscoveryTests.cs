using PromptAnalyzers.Discovery;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>The kind discovery gives each site (<see cref="PromptKind"/>), where the message list or template shows it.</summary>
public sealed class PromptKindDiscoveryTests
{
    private static string Describe(PromptSite s) => s.Role + " " + s.Kind + ": " + s.Text.Render();

    [Fact]
    public void OpenAI_params_messages_before_the_user_input_are_samples()
    {
        var sites = DiscoveryHarness.Sites("""
            using OpenAI.Chat;
            static ChatCompletion Classify(ChatClient client, string review) => client.CompleteChat(
                new SystemChatMessage("Classify the sentiment."),
                new UserChatMessage("I loved it."),
                new AssistantChatMessage("positive"),
                new UserChatMessage(review));
            """);
        Assert.Equal(
            new[] { "System Application: Classify the sentiment.", "User Example, TaskInput: I loved it.", "Assistant Example: positive" },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void A_message_list_returned_or_kept_in_a_field_continues_elsewhere()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            sealed class Tutor
            {
                private readonly List<ChatMessage> _history = new();

                public static List<ChatMessage> Seed() =>
                [
                    new(ChatRole.User, "What is 2 + 2?"),
                    new(ChatRole.Assistant, "4. Well done for asking!"),
                ];

                public void Prime()
                {
                    _history.Add(new ChatMessage(ChatRole.Assistant, "Hello! Which topic shall we practise?"));
                }
            }
            """);
        Assert.Equal(
            new[] { "User Example, TaskInput: What is 2 + 2?", "Assistant Example: 4. Well done for asking!", "Assistant Example: Hello! Which topic shall we practise?" },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void A_local_list_extended_later_with_the_user_input_holds_samples_and_a_recorded_answer_last_is_not_one()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static Task<ChatResponse> Ask(IChatClient client, string question)
                {
                    var messages = new List<ChatMessage> { new(ChatRole.User, "Hi"), new(ChatRole.Assistant, "Hello, how can I help?") };
                    messages.Add(new ChatMessage(ChatRole.User, question));
                    return client.GetResponseAsync(messages);
                }

                public static Task<ChatResponse> Replay(IChatClient client, string question) =>
                    client.GetResponseAsync([new ChatMessage(ChatRole.User, question), new ChatMessage(ChatRole.Assistant, "Sure.")]);
            }
            """);
        Assert.Equal(
            new[] { "User Example, TaskInput: Hi", "Assistant Example: Hello, how can I help?", "Assistant Application: Sure." },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Template_sections_and_request_bodies_mark_their_sample_turns()
    {
        var sites = DiscoveryHarness.Sites(""""
            using Microsoft.SemanticKernel;
            using OpenAI.Chat;
            static class Prompts
            {
                public static Task Template(Kernel kernel) => kernel.InvokePromptAsync("""
                    <message role="system">You are a sommelier.</message>
                    <message role="user">Fish?</message>
                    <message role="assistant">A dry white.</message>
                    <message role="user">{{$question}}</message>
                    """);

                public static System.ClientModel.ClientResult Body(ChatClient client) => client.CompleteChat(System.ClientModel.BinaryContent.Create(BinaryData.FromString("""
                    { "messages": [ { "role": "user", "content": "Fish?" }, { "role": "assistant", "content": "A dry white." }, { "role": "user", "content": "Beef?" } ] }
                    """)));
            }
            """");
        Assert.Equal(
            new[]
            {
                "System Application: You are a sommelier.", "User Example, TaskInput: Fish?", "Assistant Example: A dry white.", "User Application: {{$question}}",
                "User Example, TaskInput: Fish?", "Assistant Example: A dry white.", "User TaskInput: Beef?",
            },
            sites.Select(Describe).ToArray());
    }

    [Fact]
    public void Task_input_is_a_static_user_prompt_or_one_whole_read_and_not_a_template_around_a_live_value()
    {
        var sites = DiscoveryHarness.Sites("""
            using Microsoft.Extensions.AI;
            static class Demo
            {
                public static async Task Run(IChatClient client, string question, string path)
                {
                    await client.GetResponseAsync("What is the capital of France?");
                    await client.GetResponseAsync($"Answer briefly: {question}");
                    await client.GetResponseAsync(File.ReadAllText(path));
                }
            }
            """);
        Assert.Equal(
            new[] { "User TaskInput: What is the capital of France?", "User Application: Answer briefly: {…}", "User TaskInput: {…}" },
            sites.Select(Describe).ToArray());
    }
}
