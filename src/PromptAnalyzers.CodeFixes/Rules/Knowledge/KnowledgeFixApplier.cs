using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;

/// <summary>
/// Rewrites a solution for a batch of plans (one for a single fix, many for Fix All): each prompt literal loses its
/// fact units once, each knowledge file is added once, and each call gets its retrieval step. Files are added to the
/// workspace as additional documents, never written to disk by the fix.
/// </summary>
internal static class KnowledgeFixApplier
{
    /// <summary>The runtime library's namespace, added as a using directive.</summary>
    public const string KnowledgeNamespace = "PromptAnalyzers.Knowledge";

    private const string ContextName = "knowledgeContext";

    public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<KnowledgeFixPlan> plans, CancellationToken cancellationToken)
    {
        if (plans.Count == 0)
        {
            return solution;
        }

        // One knowledge file per literal, named once for the whole batch.
        var literals = plans.GroupBy(p => (p.LiteralDocument.Id, p.Literal.Span)).Select(g => g.First()).ToList();
        var fileNames = new Dictionary<(DocumentId, TextSpan), string>();
        var taken = new Dictionary<ProjectId, HashSet<string>>();
        foreach (var plan in literals)
        {
            var project = solution.GetProject(plan.ProjectId)!;
            if (!taken.TryGetValue(project.Id, out var names))
            {
                names = new HashSet<string>(project.AdditionalDocuments.Select(d => KnowledgePath(d)), StringComparer.OrdinalIgnoreCase);
                taken[project.Id] = names;
            }

            var baseName = Sanitize(plan.Title);
            var name = baseName + ".md";
            for (var i = 2; names.Contains(name); i++)
            {
                name = baseName + "-" + i + ".md";
            }

            names.Add(name);
            fileNames[(plan.LiteralDocument.Id, plan.Literal.Span)] = name;
        }

        // Source edits, per document.
        var editors = new Dictionary<DocumentId, DocumentEditor>();
        async Task<DocumentEditor> EditorFor(Document document)
        {
            if (!editors.TryGetValue(document.Id, out var editor))
            {
                editor = await DocumentEditor.CreateAsync(solution.GetDocument(document.Id)!, cancellationToken).ConfigureAwait(false);
                editors[document.Id] = editor;
            }

            return editor;
        }

        foreach (var plan in literals)
        {
            if (plan.InlineLiteral)
            {
                continue; // rewritten with its sink below
            }

            var editor = await EditorFor(plan.LiteralDocument).ConfigureAwait(false);
            editor.ReplaceNode(plan.Literal, (current, _) => RewriteLiteral((LiteralExpressionSyntax)current, plan.Extraction.Remaining).WithTriviaFrom(current));
        }

        var namesInFunction = new Dictionary<(DocumentId, SyntaxNode?), int>();
        foreach (var plan in plans)
        {
            var editor = await EditorFor(plan.SinkDocument).ConfigureAwait(false);
            var scope = (plan.SinkDocument.Id, (SyntaxNode?)plan.InsertBefore.Parent);
            namesInFunction.TryGetValue(scope, out var used);
            var name = UniqueName(editor.SemanticModel, plan.InsertBefore.SpanStart, used);
            namesInFunction[scope] = used + 1;

            var retrieval = RetrievalStatement(name, plan.Query, plan.UseAwait, plan.InsertBefore);
            if (!plan.InArrowBody)
            {
                editor.InsertBefore(plan.InsertBefore, plan.InsertBefore is GlobalStatementSyntax ? GlobalStatement(retrieval) : retrieval);
            }

            var sink = plan.InlineLiteral
                ? plan.Sink.ReplaceNode(plan.Literal, RewriteLiteral(plan.Literal, plan.Extraction.Remaining).WithTriviaFrom(plan.Literal))
                : plan.Sink;
            editor.ReplaceNode(plan.Sink, AppendContext(sink, name));
            if (plan.InArrowBody)
            {
                var declaration = plan.InsertBefore.Parent!;
                var returnsValue = ReturnsValue(editor.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) as IMethodSymbol);
                editor.ReplaceNode(declaration, (current, _) => RetrieveInBlockBody(current, retrieval, returnsValue));
            }
        }

        foreach (var editor in editors.Values)
        {
            var document = editor.GetChangedDocument();
            var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            if (plans.Any(p => p.SinkDocument.Id == document.Id))
            {
                root = AddUsing(root);
            }

            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }

        foreach (var plan in literals)
        {
            var project = solution.GetProject(plan.ProjectId)!;
            var name = fileNames[(plan.LiteralDocument.Id, plan.Literal.Span)];
            var directory = project.FilePath is { Length: > 0 } projectPath ? Path.GetDirectoryName(projectPath) : null;
            var path = directory is null ? null : Path.Combine(directory, "knowledge", name);
            solution = solution.AddAdditionalDocument(
                DocumentId.CreateNewId(project.Id, "knowledge/" + name),
                name,
                SourceText.From(plan.Extraction.KnowledgeFile(plan.Title), Encoding.UTF8),
                path is null ? Array.Empty<string>() : new[] { "knowledge" }, // folders only mean something for a project on disk
                path);
        }

        return solution;
    }

    /// <summary>The path of an additional document relative to the knowledge folder, when it is in one.</summary>
    private static string KnowledgePath(TextDocument document)
    {
        if (document.Folders.Count > 0 && document.Folders[0] == "knowledge")
        {
            return document.Name;
        }

        var path = (document.FilePath ?? document.Name).Replace('\\', '/');
        var index = path.LastIndexOf("knowledge/", StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? path.Substring(index + "knowledge/".Length) : path;
    }

    private static string Sanitize(string title)
    {
        var builder = new StringBuilder();
        foreach (var ch in title)
        {
            builder.Append(char.IsLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_');
        }

        return builder.Length == 0 ? "Prompt" : builder.ToString();
    }

    private static string UniqueName(SemanticModel model, int position, int usedInScope)
    {
        var taken = new HashSet<string>(model.LookupSymbols(position).Select(s => s.Name), StringComparer.Ordinal);
        var name = ContextName;
        for (var i = 2; taken.Contains(name) || usedInScope-- > 0; i++)
        {
            name = ContextName + i;
        }

        return name;
    }

    /// <summary><c>var knowledgeContext = [await] KnowledgeBase.Default.GetContext[Async](query);</c> with the statement's indentation.</summary>
    private static StatementSyntax RetrievalStatement(string name, ExpressionSyntax query, bool useAwait, SyntaxNode before)
    {
        var source = useAwait
            ? $"var {name} = await KnowledgeBase.Default.GetContextAsync({query.WithoutTrivia()});"
            : $"var {name} = KnowledgeBase.Default.GetContext({query.WithoutTrivia()});";
        var indentation = before.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var statement = ParseStatement(source).WithLeadingTrivia(indentation == default ? TriviaList() : TriviaList(indentation));
        var endOfLine = before.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return statement.WithTrailingTrivia(endOfLine == default ? ElasticCarriageReturnLineFeed : endOfLine);
    }

    /// <summary>
    /// A function with an arrow body as the same function with a block body: the retrieval, then the arrow's
    /// expression as a return or expression statement, indented one level below the declaration. A body already turned
    /// into a block (a second prompt of the same arrow in a Fix All) gets the retrieval as its first statement.
    /// </summary>
    private static SyntaxNode RetrieveInBlockBody(SyntaxNode declaration, StatementSyntax retrieval, bool returnsValue)
    {
        var (arrow, body, semicolon) = declaration switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody, method.Body, method.SemicolonToken),
            LocalFunctionStatementSyntax local => (local.ExpressionBody, local.Body, local.SemicolonToken),
            _ => (null, null, default),
        };
        var newLine = declaration.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol ? eol : CarriageReturnLineFeed;
        if (body is not null)
        {
            var first = body.Statements.FirstOrDefault();
            var indentation = first?.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault() ?? default;
            var step = retrieval.WithLeadingTrivia(indentation == default ? TriviaList() : TriviaList(indentation)).WithTrailingTrivia(newLine);
            return declaration.ReplaceNode(body, body.WithStatements(body.Statements.Insert(0, step)));
        }

        if (arrow is null)
        {
            return declaration;
        }

        var outer = declaration.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault().ToString();
        var inner = outer + (outer.Contains("\t") ? "\t" : "    ");
        var expression = arrow.Expression.WithoutLeadingTrivia().WithoutTrailingTrivia();
        StatementSyntax run = returnsValue ? ReturnStatement(expression) : ExpressionStatement(expression);
        var block = Block(
            Token(TriviaList(Whitespace(outer)), SyntaxKind.OpenBraceToken, TriviaList(newLine)),
            List(new[]
            {
                retrieval.WithLeadingTrivia(Whitespace(inner)).WithTrailingTrivia(newLine),
                run.WithLeadingTrivia(Whitespace(inner)).WithTrailingTrivia(newLine),
            }),
            Token(TriviaList(Whitespace(outer)), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));

        // The token before the arrow ends its line: the block's brace opens the next one.
        var beforeArrow = arrow.ArrowToken.GetPreviousToken();
        declaration = declaration.ReplaceToken(beforeArrow, beforeArrow.WithTrailingTrivia(newLine));
        return declaration switch
        {
            BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            _ => declaration,
        };
    }

    /// <summary>Whether a function's arrow expression is its result: not for void, constructors, or async functions returning a bare Task or ValueTask.</summary>
    private static bool ReturnsValue(IMethodSymbol? method)
        => method is { ReturnsVoid: false } && !(method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false });

    /// <summary><c>sink + knowledgeContext</c>, parenthesising the sink when it is not a primary expression.</summary>
    private static ExpressionSyntax AppendContext(ExpressionSyntax sink, string name)
    {
        var left = sink is LiteralExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or InterpolatedStringExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
            || sink is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }
            ? sink.WithoutTrivia()
            : ParenthesizedExpression(sink.WithoutTrivia());
        return BinaryExpression(SyntaxKind.AddExpression, left, Token(TriviaList(Space), SyntaxKind.PlusToken, TriviaList(Space)), IdentifierName(name))
            .WithTriviaFrom(sink);
    }

    /// <summary>The literal with a new value, in the literal's own form (regular, verbatim, raw).</summary>
    internal static LiteralExpressionSyntax RewriteLiteral(LiteralExpressionSyntax literal, string value)
    {
        var token = literal.Token;
        var text = token.Text;
        if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            var quotes = text.Length - text.TrimStart('"').Length;
            var lastBreak = text.LastIndexOf('\n');
            var indentation = text.Substring(lastBreak + 1, text.Length - lastBreak - 1 - quotes);
            var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
            var builder = new StringBuilder().Append('"', quotes).Append(newLine);
            foreach (var line in value.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.Length > 0)
                {
                    builder.Append(indentation).Append(line);
                }

                builder.Append(newLine);
            }

            builder.Append(indentation).Append('"', quotes);
            return LiteralExpression(SyntaxKind.StringLiteralExpression, ParseToken(builder.ToString()));
        }

        if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0 && value.Length > 0 && value[0] != '"' && value[value.Length - 1] != '"')
        {
            var quotes = text.Length - text.TrimStart('"').Length;
            return LiteralExpression(SyntaxKind.StringLiteralExpression, ParseToken(new string('"', quotes) + value + new string('"', quotes)));
        }

        if (text.StartsWith("@", StringComparison.Ordinal))
        {
            return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("@\"" + value.Replace("\"", "\"\"") + "\"", value));
        }

        return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));
    }

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root)
    {
        if (root.Usings.Any(u => u.Name?.ToString() == KnowledgeNamespace && u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None)))
        {
            return root;
        }

        var directive = UsingDirective(ParseName(KnowledgeNamespace)).WithTrailingTrivia(ElasticCarriageReturnLineFeed);
        var usings = root.Usings;
        var index = 0;
        while (index < usings.Count && (usings[index].GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || usings[index].Alias is not null || !usings[index].StaticKeyword.IsKind(SyntaxKind.None)
            || string.CompareOrdinal(usings[index].Name?.ToString(), KnowledgeNamespace) < 0))
        {
            index++;
        }

        if (usings.Count == 0)
        {
            var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var eol = newLine == default ? CarriageReturnLineFeed : newLine;
            var first = root.GetLeadingTrivia();
            return root.WithoutLeadingTrivia()
                .WithUsings(SingletonList(directive.WithLeadingTrivia(first).WithTrailingTrivia(eol, eol)));
        }

        var template = usings[Math.Min(index, usings.Count - 1)];
        directive = directive.WithTrailingTrivia(template.GetTrailingTrivia());
        return root.WithUsings(usings.Insert(index, directive.WithAdditionalAnnotations(Formatter.Annotation)));
    }
}
