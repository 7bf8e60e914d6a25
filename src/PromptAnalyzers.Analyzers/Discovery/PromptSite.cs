using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>A place where code hands text to an LLM: what text, in which role, for which model.</summary>
public sealed class PromptSite
{
    public PromptSite(SyntaxNode node, PromptRole role, PromptText text, string sink, ModelChoice model, bool isTemplate = false, PromptKind kind = PromptKind.Application, IOperation? message = null)
    {
        Message = message;
        IsTemplate = isTemplate || role == PromptRole.Template;
        Node = node;
        Role = role;
        Text = text;
        Sink = sink;
        Model = model;
        Kind = kind;
    }

    /// <summary>The expression that carries the text at the sink (where diagnostics go).</summary>
    public SyntaxNode Node { get; }

    /// <summary>The role the model receives the text in (system, developer, user, assistant, or unknown).</summary>
    public PromptRole Role { get; }

    /// <summary>True when the text is a template whose {{variables}} are filled at render time (also a message section of one).</summary>
    public bool IsTemplate { get; }

    /// <summary>The prompt's text as the code builds it, with its holes.</summary>
    public PromptText Text { get; }

    /// <summary>The sink, e.g. "OpenAI.Chat.SystemChatMessage" (for messages and tests).</summary>
    public string Sink { get; }

    /// <summary>The model the code ties to the call, and where it is named.</summary>
    public ModelChoice Model { get; }

    /// <summary>
    /// The SDK message the text is part of (a message creation, or the <c>Add...Message</c> call that makes one), when
    /// discovery sees one: where <see cref="MessageList"/> finds the other messages of the request.
    /// </summary>
    public IOperation? Message { get; }

    /// <summary>What kind of prompt this is, from the code around it (test, evaluation, sample turn, task input).</summary>
    public PromptKind Kind { get; }

    /// <summary>The same site with <paramref name="kind"/> added to its kinds.</summary>
    public PromptSite WithKind(PromptKind kind) => (Kind | kind) == Kind ? this : new PromptSite(Node, Role, Text, Sink, Model, IsTemplate, Kind | kind, Message);

    /// <summary>
    /// The document reads that insert a document into the prompt (PA1003): every read of <see cref="PromptText.Documents"/>
    /// except those that load the prompt itself (see <see cref="DocumentReads"/>).
    /// </summary>
    public ImmutableArray<SyntaxNode> InsertedDocuments()
    {
        var documents = Text.Documents();
        if (documents.IsEmpty)
        {
            return documents;
        }

        var builder = ImmutableArray.CreateBuilder<SyntaxNode>(documents.Length);
        foreach (var read in documents)
        {
            if (!DocumentReads.LoadsThePrompt(read, this))
            {
                builder.Add(read);
            }
        }

        return builder.ToImmutable();
    }

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

    /// <summary>Where the model id is written (the argument or assignment), when known.</summary>
    public SyntaxNode? Origin { get; }

    public static ModelChoice Unknown => default;
}
