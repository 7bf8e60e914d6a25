using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// For the PA1001 code fix: the text values an operation hands to an SDK sink in the user role, with or without static text
/// (the fix searches the knowledge with the user's input, which usually has none), directly or through a helper of this
/// compilation whose parameter reaches a user-role sink (<c>Ask(systemPrompt, question)</c>).
/// </summary>
internal static class UserInputSearch
{
    public static ImmutableArray<IOperation> Find(PromptDiscovery discovery, IOperation operation, CancellationToken cancellationToken)
    {
        var inputs = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var candidate in SinkMatcher.Uses(operation, discovery.Catalog))
        {
            if (discovery.Roles.RoleOf(candidate) == PromptRole.User && candidate.Value.Type?.SpecialType == SpecialType.System_String)
            {
                inputs.Add(candidate.Value);
            }
        }

        var (target, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (target is null)
        {
            return inputs.ToImmutable();
        }

        foreach (var flow in discovery.Helpers.FlowsOf(target, cancellationToken))
        {
            if (flow.Role != PromptRole.User)
            {
                continue;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == flow.Parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && argument.Value.Type?.SpecialType == SpecialType.System_String && !inputs.Contains(argument.Value))
                {
                    inputs.Add(argument.Value);
                }
            }
        }

        return inputs.ToImmutable();
    }
}
