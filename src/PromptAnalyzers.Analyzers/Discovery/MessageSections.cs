using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Semantic Kernel prompt templates may hold a whole conversation as <c>&lt;message role="system"&gt;...&lt;/message&gt;</c>
/// sections: each section is a prompt of its own role.
/// </summary>
internal static class MessageSections
{
    private static readonly Regex Section = new(
        "<message\\s+role\\s*=\\s*[\"'](?<role>system|developer|user|assistant)[\"'][^>]{0,200}>(?<body>.*?)</message>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    public static IEnumerable<PromptSite> Split(PromptSite site)
    {
        if (site.Role != PromptRole.Template)
        {
            return new[] { site };
        }

        var flat = site.Text.Flatten();
        if (flat.IndexOf("<message", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return new[] { site };
        }

        var sections = new List<PromptSite>();
        try
        {
            foreach (Match match in Section.Matches(flat))
            {
                var body = match.Groups["body"];
                var text = site.Text.Slice(body.Index, body.Index + body.Length);
                if (text.HasStaticText && PromptRoleExtensions.FromName(match.Groups["role"].Value) is { } role)
                {
                    sections.Add(new PromptSite(site.Node, role, text, site.Sink, site.Model, isTemplate: true));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return new[] { site };
        }

        return sections.Count == 0 ? new[] { site } : FewShotTurns.MarkSequence(sections);
    }
}
