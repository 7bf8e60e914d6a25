// Stand-in for the Microsoft.Agents.AI.OpenAI package (Agent Framework's OpenAI extensions), which the NuGet mirror of this
// workplace does not serve. It declares, with the real metadata names and signatures (microsoft/agent-framework,
// dotnet/src/Microsoft.Agents.AI.OpenAI/Extensions), the extension methods that build an agent from an OpenAI client:
// AsAIAgent on ChatClient and ResponsesClient (release 1.x), and CreateAIAgent on ChatClient as the previews of
// September to December 2025 declared it in the OpenAI namespace (renamed AsAIAgent in January 2026; between 9 December
// and then it lived in OpenAI.Chat, which is left out so that code importing both namespaces binds without ambiguity).
// Compiled in memory into a reference assembly by StandInAssemblies.cs next to it: the bodies never run.
#nullable enable
using System;
using System.Collections.Generic;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace OpenAI.Chat
{
    public static class OpenAIChatClientExtensions
    {
        public static ChatClientAgent AsAIAgent(
            this ChatClient client,
            string? instructions = null,
            string? name = null,
            string? description = null,
            IList<AITool>? tools = null,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;

        public static ChatClientAgent AsAIAgent(
            this ChatClient client,
            ChatClientAgentOptions options,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;
    }
}

namespace OpenAI.Responses
{
    public static class OpenAIResponseClientExtensions
    {
        public static ChatClientAgent AsAIAgent(
            this ResponsesClient client,
            string? model = null,
            string? instructions = null,
            string? name = null,
            string? description = null,
            IList<AITool>? tools = null,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;

        public static ChatClientAgent AsAIAgent(
            this ResponsesClient client,
            ChatClientAgentOptions options,
            string? model = null,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;
    }
}

namespace OpenAI
{
    public static class OpenAIChatClientExtensions
    {
        public static ChatClientAgent CreateAIAgent(
            this OpenAI.Chat.ChatClient client,
            string? instructions = null,
            string? name = null,
            string? description = null,
            IList<AITool>? tools = null,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;

        public static ChatClientAgent CreateAIAgent(
            this OpenAI.Chat.ChatClient client,
            ChatClientAgentOptions options,
            Func<IChatClient, IChatClient>? clientFactory = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;
    }
}
