using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>The Templates rules' descriptors and the fragments of their messages.</summary>
internal static class TemplateDiagnostics
{
    public static readonly DiagnosticDescriptor VariableNotSupplied = RuleDescriptors.Create(
        RuleIdentifiers.TemplateVariableNotSupplied,
        "Template variable not supplied at the call site",
        "The template reads {0}, which this call does not supply{1}",
        RuleCategories.Templates,
        DiagnosticSeverity.Warning,
        "A prompt template reads a variable that the call rendering it never supplies and that the template gives no default: "
        + "Semantic Kernel renders it as empty text and the model gets a prompt with a gap; string.Format throws.");

    public static readonly DiagnosticDescriptor ArgumentNotUsed = RuleDescriptors.Create(
        RuleIdentifiers.TemplateArgumentNotUsed,
        "Argument supplied that the template never uses",
        "Argument {0} is never used by the template{1}",
        RuleCategories.Templates,
        DiagnosticSeverity.Warning,
        "The call supplies an argument that the template it renders never reads: usually a variable renamed on one side only "
        + "or misspelt, so the value the author meant to send never reaches the model.");

    public static readonly DiagnosticDescriptor BrokenPlaceholder = RuleDescriptors.Create(
        RuleIdentifiers.TemplatePlaceholderSyntax,
        "Mixed or broken placeholder syntax",
        "Placeholder '{0}' will not be filled: {1}",
        RuleCategories.Templates,
        DiagnosticSeverity.Info,
        "A placeholder in a prompt template is written in a syntax its engine does not read (string.Format braces or Semantic "
        + "Kernel's {{$x}} in another format, {{$x}} inside a C# interpolated string that turns it into {$x}) or is never "
        + "closed: it reaches the model as literal text.");

    /// <summary>'city' or 'city', 'date' and 'time'.</summary>
    public static string Names(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => "'" + n + "'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
    }

    public static string Suggestion(string? nearest) => nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
}
