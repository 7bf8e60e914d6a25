using System.Threading;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// What finding the sites of one operation needs: text reconstruction and model resolution for this call's cancellation
/// token, role resolution, and turning a sink use into a site.
/// </summary>
internal sealed class SiteContext
{
    public SiteContext(PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        Discovery = discovery;
        CancellationToken = cancellationToken;
        Text = new TextReconstructor(discovery, cancellationToken);
        Models = new ModelResolver(discovery, cancellationToken);
    }

    public PromptDiscovery Discovery { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Rebuilds a prompt's text from the expressions that make it.</summary>
    public TextReconstructor Text { get; }

    /// <summary>Finds the model id a call is made with.</summary>
    public ModelResolver Models { get; }

    public RoleResolver Roles => Discovery.Roles;

    /// <summary>The site of a sink use, or null when its text is not a prompt or has nothing to report.</summary>
    public PromptSite? ToSite(SinkUse use)
    {
        if (Roles.RoleOf(use) is not { } role || Roles.IsInsideResponse(use.Sink))
        {
            return null;
        }

        var text = Text.Reconstruct(use.Value);
        if (!text.IsReportable)
        {
            return null;
        }

        var kind = role is PromptRole.User or PromptRole.Assistant && text.IsFullyStatic && Roles.IsSampleTurn(use, role) ? PromptKind.Example : PromptKind.Application;
        return new PromptSite(use.Value.Syntax, role, text, use.Spec.Describe(), Models.Resolve(use.Sink), kind: kind, message: Roles.MessageOf(use));
    }
}
