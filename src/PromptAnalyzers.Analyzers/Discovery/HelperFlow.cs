using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>Where a helper method's string parameter goes: the sink text with the parameter as a hole.</summary>
internal sealed class HelperFlow
{
    public HelperFlow(IParameterSymbol parameter, PromptText template, PromptRole role, string sink, ModelChoice model)
    {
        Parameter = parameter;
        Template = template;
        Role = role;
        Sink = sink;
        Model = model;
    }

    /// <summary>The helper's parameter that reaches the sink.</summary>
    public IParameterSymbol Parameter { get; }

    /// <summary>The text at the sink, with the parameter (and any other) as holes.</summary>
    public PromptText Template { get; }

    public PromptRole Role { get; }

    /// <summary>The sink as a diagnostic names it.</summary>
    public string Sink { get; }

    /// <summary>The model the helper configures at the sink, if it configures one.</summary>
    public ModelChoice Model { get; }

    /// <summary>The flow of an implementation seen from the method it implements: its parameters are the latter's, by position.</summary>
    public HelperFlow WithParameters(ImmutableArray<IParameterSymbol> from, ImmutableArray<IParameterSymbol> to)
    {
        var template = Template;
        for (var i = 0; i < from.Length && i < to.Length; i++)
        {
            if (template.ContainsParameter(from[i]))
            {
                template = template.Substitute(from[i], new PromptText(ImmutableArray.Create(PromptPart.ParameterHole(to[i]))));
            }
        }

        return new HelperFlow(to[Parameter.Ordinal], template, Role, Sink, Model);
    }
}
