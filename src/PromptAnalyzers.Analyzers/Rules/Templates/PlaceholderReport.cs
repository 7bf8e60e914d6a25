using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>PA5003: reports a template's placeholders that its engine will not fill, at the placeholder when it is written in a literal of this document.</summary>
internal static class PlaceholderReport
{
    public static void Report(TemplateSource template, ReportContext site)
    {
        foreach (var issue in template.Variables.Issues)
        {
            var (placeholder, reason, written) = Describe(issue, template);
            var location = Locate(template, written) ?? template.Template.Syntax.GetLocation();
            site.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.BrokenPlaceholder, location, placeholder, reason));
        }
    }

    /// <summary>The placeholder as the message shows it, why it is not filled, and the text to find in the source.</summary>
    private static (string Placeholder, string Reason, string Written) Describe(PlaceholderIssue issue, TemplateSource template)
    {
        string syntax = SyntaxName(template.Syntax);
        if (issue.Kind == PlaceholderIssueKind.Unclosed)
        {
            return (issue.Text, "its '{{' is never closed, so the engine reads it as text or fails on it", issue.Text);
        }

        string name = issue.Name ?? string.Empty;
        string correct = Correct(template.Syntax, name);
        if (issue.Text.StartsWith("{$", StringComparison.Ordinal) && InterpolatedOrigin(template, "{{$" + name + "}}"))
        {
            return (
                "{{$" + name + "}}",
                "C# interpolation turns it into '{$" + name + "}', which " + syntax + " renders as text; write '{{{{$" + name + "}}}}' or drop the '$' before the string",
                "{{$" + name + "}}");
        }

        return (issue.Text, "this is not the syntax of " + syntax + ", so the engine renders it as text; write '" + correct + "'", issue.Text);
    }

    private static string SyntaxName(TemplateSyntax syntax) => syntax switch
    {
        TemplateSyntax.Handlebars => "a Handlebars template",
        TemplateSyntax.Liquid => "a Liquid template",
        _ => "a Semantic Kernel template",
    };

    private static string Correct(TemplateSyntax syntax, string name) => syntax switch
    {
        TemplateSyntax.Handlebars => "{{" + name + "}}",
        TemplateSyntax.Liquid => "{{ " + name + " }}",
        _ => "{{$" + name + "}}",
    };

    /// <summary>True when the text was written in a C# interpolated string as <paramref name="written"/>.</summary>
    private static bool InterpolatedOrigin(TemplateSource template, string written)
    {
        foreach (var origin in template.Text.Origins())
        {
            if (origin.IsKind(SyntaxKind.InterpolatedStringText) && origin.ToString().IndexOf(written, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The span of <paramref name="written"/> in a literal of this document that the template comes from, or null.</summary>
    private static Location? Locate(TemplateSource template, string written)
    {
        var tree = template.Template.Syntax.SyntaxTree;
        foreach (var origin in template.Text.Origins())
        {
            bool literal = origin.IsKind(SyntaxKind.StringLiteralExpression) || origin.IsKind(SyntaxKind.InterpolatedStringText);
            if (!literal || origin.SyntaxTree != tree)
            {
                continue;
            }

            int index = origin.ToString().IndexOf(written, StringComparison.Ordinal);
            if (index >= 0)
            {
                return Location.Create(tree, new TextSpan(origin.SpanStart + index, written.Length));
            }
        }

        return null;
    }
}
