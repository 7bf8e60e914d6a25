using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// JSON request bodies handed to an SDK's protocol methods (<c>BinaryContent.Create(BinaryData.FromString("{...}"))</c>):
/// one site per message of the body (see <see cref="RequestBodies"/>), sample turns marked as in any message list.
/// </summary>
internal static class RequestBodySites
{
    public static void Add(IInvocationOperation invocation, SinkCatalog catalog, SiteContext context, ImmutableArray<PromptSite>.Builder sites)
    {
        if (catalog.BinaryContentType is not { } binaryContent || !SinkCatalog.IsSdkSymbol(invocation.TargetMethod))
        {
            return;
        }

        foreach (var (literal, json) in RequestBodies.Find(invocation, binaryContent, context.CancellationToken))
        {
            var model = RequestBodyMessages.Model(json) is { } fromBody ? new ModelChoice(fromBody, literal) : context.Models.Resolve(invocation);
            var messages = new List<PromptSite>();
            foreach (var (role, text) in RequestBodies.Messages(json))
            {
                messages.Add(new PromptSite(literal, role, PromptText.Static(text, null), "JSON request body of " + invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, model));
            }

            sites.AddRange(FewShotTurns.MarkSequence(messages));
        }
    }
}
