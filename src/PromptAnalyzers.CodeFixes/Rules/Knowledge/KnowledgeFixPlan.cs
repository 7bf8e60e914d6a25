using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;

/// <summary>Everything the PA1001 fix decided for one diagnostic, before anything is rewritten.</summary>
internal sealed class KnowledgeFixPlan
{
    public KnowledgeFixPlan(Document sinkDocument, ExpressionSyntax sink, Document literalDocument, LiteralExpressionSyntax literal, FactExtraction extraction, string title, ExpressionSyntax query, SyntaxNode insertBefore, bool useAwait)
    {
        SinkDocument = sinkDocument;
        Sink = sink;
        LiteralDocument = literalDocument;
        Literal = literal;
        Extraction = extraction;
        Title = title;
        Query = query;
        InsertBefore = insertBefore;
        UseAwait = useAwait;
    }

    /// <summary>The document of the call that sends the prompt.</summary>
    public Document SinkDocument { get; }

    /// <summary>The string expression the SDK receives as the prompt; it becomes <c>sink + knowledgeContext</c>.</summary>
    public ExpressionSyntax Sink { get; }

    /// <summary>The document that holds the prompt literal (the sink's, or another file's const field).</summary>
    public Document LiteralDocument { get; }

    /// <summary>The literal that holds the whole prompt (inline, or the initializer of a const field or local).</summary>
    public LiteralExpressionSyntax Literal { get; }

    /// <summary>The prompt without its fact units, and the units moved to the knowledge file.</summary>
    public FactExtraction Extraction { get; }

    /// <summary>"Type.Member": names the knowledge file and titles it.</summary>
    public string Title { get; }

    /// <summary>The user's input that feeds the same call: what the retrieval searches for.</summary>
    public ExpressionSyntax Query { get; }

    /// <summary>The statement (or global statement) the retrieval step goes before, or the arrow body that becomes a block holding it.</summary>
    public SyntaxNode InsertBefore { get; }

    /// <summary>True when the retrieval step can be awaited (the enclosing function is async): GetContextAsync; otherwise the synchronous GetContext.</summary>
    public bool UseAwait { get; }

    /// <summary>True when the call is the arrow body of its function: the body becomes a block that retrieves first.</summary>
    public bool InArrowBody => InsertBefore is ArrowExpressionClauseSyntax;

    /// <summary>True when the literal is written inside the sink expression (rewritten together with it).</summary>
    public bool InlineLiteral => LiteralDocument.Id == SinkDocument.Id && Sink.Span.Contains(Literal.Span);

    /// <summary>The project that receives the knowledge file.</summary>
    public ProjectId ProjectId => SinkDocument.Project.Id;
}
