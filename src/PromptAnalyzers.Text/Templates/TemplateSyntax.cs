using System;

namespace PromptAnalyzers.Text.Templates;

/// <summary>The template languages whose variables are read: Semantic Kernel's own, Handlebars, and Liquid/Jinja2 (Prompty).</summary>
public enum TemplateSyntax
{
    SemanticKernel,
    Handlebars,
    Liquid,
}

/// <summary>Template format names as Semantic Kernel spells them (<c>PromptTemplateConfig.TemplateFormat</c>, <c>templateFormat:</c>).</summary>
public static class TemplateSyntaxNames
{
    /// <summary>The syntax a format name selects, or null for a format whose variables are not read (a custom factory's).</summary>
    public static TemplateSyntax? FromFormatName(string? formatName)
    {
        if (formatName is null || formatName.Length == 0 || Is(formatName, "semantic-kernel"))
        {
            // Semantic Kernel's default when no format is given.
            return TemplateSyntax.SemanticKernel;
        }

        if (Is(formatName, "handlebars"))
        {
            return TemplateSyntax.Handlebars;
        }

        if (Is(formatName, "liquid") || Is(formatName, "jinja2"))
        {
            return TemplateSyntax.Liquid;
        }

        return null;
    }

    private static bool Is(string name, string expected) => string.Equals(name.Trim(), expected, StringComparison.OrdinalIgnoreCase);
}
