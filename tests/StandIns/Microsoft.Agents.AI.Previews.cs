// Stand-in for members that the preview releases of the Microsoft.Agents.AI package declared and release 1.x renamed, so
// that code written against a preview binds as it did then (the package itself is referenced at its 1.x version). Declared
// with their real metadata names and signatures (microsoft/agent-framework, dotnet/src/Microsoft.Agents.AI/ChatClient/
// ChatClientExtensions.cs before #3222 of January 2026, which renamed CreateAIAgent to AsAIAgent). A separate assembly,
// because the 1.x assembly declares the same type with the new name only. Compiled in memory into a reference assembly by
// StandInAssemblies.cs next to it: the bodies never run.
#nullable enable
using System;
using System.Collections.Generic;
using Microsoft.Agents.AI;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.AI
{
    public static class ChatClientExtensions
    {
        public static ChatClientAgent CreateAIAgent(
            this IChatClient chatClient,
            string? instructions = null,
            string? name = null,
            string? description = null,
            IList<AITool>? tools = null,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;

        public static ChatClientAgent CreateAIAgent(
            this IChatClient chatClient,
            ChatClientAgentOptions? options,
            ILoggerFactory? loggerFactory = null,
            IServiceProvider? services = null) => throw null!;
    }
}
