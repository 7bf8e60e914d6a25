using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Security;

/// <summary>PA4001's descriptor and the properties its code fix reads.</summary>
internal static class UntrustedInputDiagnostics
{
    /// <summary>Property set when the untrusted part is one hole of an interpolated or concatenated message text (the fix moves it).</summary>
    public const string HoleProperty = "UntrustedHole";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.UntrustedInputInInstructions,
        "Untrusted input flows into system instructions",
        "Untrusted {0} flows into the {1}{2}: send it in a user message, or map it onto a fixed set of values",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Text a user controls (request data, bound action and route-handler parameters, hub method arguments, console input, a user's own chat message) placed in system or developer messages, instructions or tool descriptions is read by the model as the application's own rules: whoever writes it can override them (prompt injection, OWASP LLM01). Send it in the user role, where the model treats it as input, or map it onto a closed set of values.");

    /// <summary>The message's arguments: the input, the sink, and " through A.B → C.D" when the flow crosses helper methods.</summary>
    public static object[] Arguments(UntrustedInput input, string sink, string? sinkHelper)
    {
        var helpers = sinkHelper is null ? input.Helpers : input.Helpers.Insert(0, sinkHelper);
        var path = helpers.IsEmpty ? string.Empty : " through " + string.Join(" and ", helpers);
        return new object[] { input.Describe(), sink, path };
    }

    public static ImmutableDictionary<string, string?> Properties(bool holeLocated)
        => holeLocated ? ImmutableDictionary<string, string?>.Empty.Add(HoleProperty, "true") : ImmutableDictionary<string, string?>.Empty;
}
