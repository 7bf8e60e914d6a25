using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// PA4002 in C#: a secret (API key, token, private key, password) written into the text of a prompt, whatever its role or kind
/// (a real key in test code or a sample turn is still a leaked key). Prompt files and datasets: <see cref="PromptFiles.PromptFileAnalyzer"/>
/// and <see cref="DatasetSecurityAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretInPromptAnalyzer : PromptSiteAnalyzer
{
    public static DiagnosticDescriptor Rule => SecretDiagnostics.Rule;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretDiagnostics.Rule);

    private protected override void AnalyzeSite(ReportContext context, PromptSite site, PromptAnalyzersOptions options, PromptDiscovery discovery)
    {
        if (!site.Text.HasStaticText)
        {
            return;
        }

        // Holes become line breaks: a secret never spans one, and a placeholder character would read as a template marker.
        string text = site.Text.Render("\n");
        foreach (var (finding, secret) in SecretDiagnostics.Find(text, context.CancellationToken))
        {
            Location location = LocateInLiterals(site, secret) ?? site.Location;
            if (context.CanReport(Rule, location))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, site.Role.Describe(), finding.Describe()));
            }
        }
    }

    /// <summary>
    /// The secret's span in the string literal of this document it is written in verbatim, or null (escaped, split over several
    /// literals, or a constant declared in another file): then the diagnostic goes on the prompt.
    /// </summary>
    private static Location? LocateInLiterals(PromptSite site, string secret)
    {
        foreach (SyntaxNode origin in site.Text.Origins())
        {
            bool literal = origin.IsKind(SyntaxKind.StringLiteralExpression) || origin.IsKind(SyntaxKind.InterpolatedStringText) || origin.IsKind(SyntaxKind.InterpolatedStringExpression);
            if (!literal || origin.SyntaxTree != site.Node.SyntaxTree)
            {
                continue;
            }

            int index = origin.ToString().IndexOf(secret, StringComparison.Ordinal);
            if (index >= 0)
            {
                return Location.Create(origin.SyntaxTree!, new TextSpan(origin.SpanStart + index, secret.Length));
            }
        }

        return null;
    }
}
