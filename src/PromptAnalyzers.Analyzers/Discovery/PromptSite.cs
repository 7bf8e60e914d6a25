using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>A place where code hands text to an LLM: what text, in which role, for which model.</summary>
public sealed class PromptSite
{
    public PromptSite(SyntaxNode node, PromptRole role, PromptText text, string sink, ModelChoice model, bool isTemplate = false)
    {
        IsTemplate = isTemplate || role == PromptRole.Template;
        Node = node;
        Role = role;
        Text = text;
        Sink = sink;
        Model = model;
    }

    /// <summary>The expression that carries the text at the sink (where diagnostics go).</summary>
    public SyntaxNode Node { get; }

    public PromptRole Role { get; }

    /// <summary>True when the text is a template whose {{variables}} are filled at render time (also a message section of one).</summary>
    public bool IsTemplate { get; }

    public PromptText Text { get; }

    /// <summary>The sink, e.g. "OpenAI.Chat.SystemChatMessage" (for messages and tests).</summary>
    public string Sink { get; }

    public ModelChoice Model { get; }

    public Location Location => Node.GetLocation();

    /// <summary>Where the static text is written when that is not the sink expression itself (a field's or local's literal).</summary>
    public ImmutableArray<Location> AdditionalLocations()
    {
        var builder = ImmutableArray.CreateBuilder<Location>();
        foreach (var origin in Text.Origins())
        {
            if (!Node.Span.Contains(origin.Span) || origin.SyntaxTree != Node.SyntaxTree)
            {
                builder.Add(origin.GetLocation());
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>The model a prompt is sent to, and where that knowledge comes from.</summary>
public readonly struct ModelChoice
{
    public ModelChoice(string? modelId, SyntaxNode? origin)
    {
        ModelId = modelId;
        Origin = origin;
    }

    /// <summary>The model id the code ties to the call, or null when the configured default applies.</summary>
    public string? ModelId { get; }

    public SyntaxNode? Origin { get; }

    public static ModelChoice Unknown => default;
}
