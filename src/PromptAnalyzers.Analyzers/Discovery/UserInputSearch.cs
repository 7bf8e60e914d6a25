using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// For the PA1001 code fix: the text values an operation hands to an SDK sink in the user role, with or without static text
/// (the fix searches the knowledge with the user's input, which usually has none).
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

        return inputs.ToImmutable();
    }
}
