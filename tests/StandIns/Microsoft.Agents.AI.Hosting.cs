// Stand-in for the Microsoft.Agents.AI.Hosting package (registering agents in dependency injection), which the NuGet mirror
// of this workplace does not serve. It declares, with the real metadata names and signatures (microsoft/agent-framework,
// dotnet/src/Microsoft.Agents.AI.Hosting, release 1.x), the AddAIAgent overloads on IServiceCollection and
// IHostApplicationBuilder, so that an agent built inside the factory lambda binds. Compiled in memory into a reference
// assembly by StandInAssemblies.cs next to it: the bodies never run.
#nullable enable
using System;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Agents.AI.Hosting
{
    public interface IHostedAgentBuilder
    {
        string Name { get; }

        IServiceCollection ServiceCollection { get; }
    }

    public static class AgentHostingServiceCollectionExtensions
    {
        public static IHostedAgentBuilder AddAIAgent(this IServiceCollection services, string name, string? instructions, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IServiceCollection services, string name, string? instructions, IChatClient chatClient, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IServiceCollection services, string name, string? instructions, object? chatClientServiceKey, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IServiceCollection services, string name, string? instructions, string? description, object? chatClientServiceKey, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IServiceCollection services, string name, Func<IServiceProvider, string, AIAgent> createAgentDelegate, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;
    }

    public static class HostApplicationBuilderAgentExtensions
    {
        public static IHostedAgentBuilder AddAIAgent(this IHostApplicationBuilder builder, string name, string? instructions, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IHostApplicationBuilder builder, string name, string? instructions, IChatClient chatClient, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IHostApplicationBuilder builder, string name, string? instructions, string? description, object? chatClientServiceKey, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IHostApplicationBuilder builder, string name, string? instructions, object? chatClientServiceKey, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;

        public static IHostedAgentBuilder AddAIAgent(this IHostApplicationBuilder builder, string name, Func<IServiceProvider, string, AIAgent> createAgentDelegate, ServiceLifetime lifetime = ServiceLifetime.Singleton) => throw null!;
    }
}
