using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules;

/// <summary>Builds every descriptor, so that help links and tags are set one way.</summary>
internal static class RuleDescriptors
{
    /// <summary>Base address of the rule pages (docs/rules/&lt;ID&gt;.md in the repository).</summary>
    public const string HelpLinkBase = "https://github.com/promptanalyzers/PromptAnalyzers/blob/main/docs/rules/";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        bool isEnabledByDefault = true,
        params string[] customTags)
    {
        // The one place a descriptor is constructed: src/BannedSymbols.txt bans the constructor everywhere else.
#pragma warning disable RS0030 // Do not use banned APIs
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault,
            description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
#pragma warning restore RS0030 // Do not use banned APIs
    }
}
