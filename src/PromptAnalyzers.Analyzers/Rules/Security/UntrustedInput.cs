using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Security;

/// <summary>Input the code did not write and cannot vouch for: what it is, where it is read, and the helpers it passed through.</summary>
internal sealed class UntrustedInput
{
    public UntrustedInput(string kind, string? name, SyntaxNode source)
        : this(kind, name, source, ImmutableArray<string>.Empty)
    {
    }

    private UntrustedInput(string kind, string? name, SyntaxNode source, ImmutableArray<string> helpers)
    {
        Kind = kind;
        Name = name;
        Source = source;
        Helpers = helpers;
    }

    /// <summary>What kind of input: "query parameter", "request header", "action parameter", "Console.ReadLine()".</summary>
    public string Kind { get; }

    /// <summary>Its name when the code names it ("persona", "X-Tone", "request.Persona"), or null.</summary>
    public string? Name { get; }

    /// <summary>Where the input is read.</summary>
    public SyntaxNode Source { get; }

    /// <summary>The helper methods of the user's code the input passed through, from the sink towards the source.</summary>
    public ImmutableArray<string> Helpers { get; }

    /// <summary>"query parameter 'persona'", or the kind alone when the input has no name.</summary>
    public string Describe() => Name is null ? Kind : Kind + " '" + Name + "'";

    /// <summary>The same input read through a member of it (a bound record's property: "request" becomes "request.Persona").</summary>
    public UntrustedInput Member(string member) => Name is null ? this : new UntrustedInput(Kind, Name + "." + member, Source, Helpers);

    /// <summary>The same input, reached through <paramref name="helper"/>'s return value or parameter.</summary>
    public UntrustedInput Through(string helper) => Helpers.Contains(helper) ? this : new UntrustedInput(Kind, Name, Source, Helpers.Insert(0, helper));
}
