using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Knowledge;

namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;

/// <summary>
/// Decides whether and how the PA1001 fix applies to a diagnostic. It applies when the prompt is one string
/// literal (regular, verbatim or raw; inline, or the initializer of a const field or local), the prompt reaches the
/// SDK as a string expression inside a statement of a method body or top-level program, or in the arrow body of a
/// method, constructor, operator or local function, and the same method passes
/// exactly one non-constant user input (a user-role message, or the input of a single-shot call) that can be read
/// before that statement. Otherwise it returns null: the fix never guesses what to search for.
/// </summary>
internal static class KnowledgeFixPlanner
{
    public static async Task<KnowledgeFixPlan?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(HardcodedFactsAnalyzer.TextProperty, out var text) || text is null
            || !diagnostic.Properties.TryGetValue(HardcodedFactsAnalyzer.FactsProperty, out var facts))
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var found = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (found is ArgumentSyntax { Expression: var argumentExpression })
        {
            found = argumentExpression;
        }

        if (found is not ExpressionSyntax sink || found.Span != diagnostic.Location.SourceSpan)
        {
            return null;
        }

        if (model.GetTypeInfo(sink, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var literal = await FindLiteralAsync(document, model, sink, text, cancellationToken).ConfigureAwait(false);
        if (literal is null)
        {
            return null;
        }

        var units = FactsPropertyCodec.Units(facts, text.Length);
        if (units.Count == 0)
        {
            return null;
        }

        var insertBefore = InsertionPoint(sink);
        if (insertBefore is null)
        {
            return null;
        }

        var query = FindUserInput(document, model, sink, insertBefore, cancellationToken);
        if (query is null)
        {
            return null;
        }

        var literalModel = literal.Value.Document == document ? model : await literal.Value.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return new KnowledgeFixPlan(
            document,
            sink,
            literal.Value.Document,
            literal.Value.Literal,
            FactExtraction.Apply(text, units),
            Title(literalModel, literal.Value.Literal, cancellationToken),
            query,
            insertBefore,
            CanAwait(insertBefore));
    }

    /// <summary>The literal whose value is the whole prompt: the sink itself, or the initializer of the const field or local it names.</summary>
    private static async Task<(Document Document, LiteralExpressionSyntax Literal)?> FindLiteralAsync(Document document, SemanticModel model, ExpressionSyntax sink, string text, CancellationToken cancellationToken)
    {
        var expression = sink;
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (expression is LiteralExpressionSyntax literal)
        {
            return IsWholePrompt(literal, text) ? (document, literal) : null;
        }

        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        if (symbol is not (IFieldSymbol or ILocalSymbol) || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        if (symbol is IFieldSymbol { IsConst: false, IsReadOnly: false } || symbol is ILocalSymbol { IsConst: false } && !IsAssignedOnce((ILocalSymbol)symbol, model, cancellationToken))
        {
            return null;
        }

        var reference = symbol.DeclaringSyntaxReferences[0];
        if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax initializer })
        {
            return null;
        }

        var literalDocument = document.Project.Solution.GetDocument(reference.SyntaxTree);
        return literalDocument is not null && IsWholePrompt(initializer, text) ? (literalDocument, initializer) : null;
    }

    private static bool IsWholePrompt(LiteralExpressionSyntax literal, string text)
        => literal.IsKind(SyntaxKind.StringLiteralExpression) && !literal.Token.IsKind(SyntaxKind.Utf8StringLiteralToken) && literal.Token.ValueText == text;

    /// <summary>A local written only by its declaration (so its initializer is the prompt the call sends).</summary>
    private static bool IsAssignedOnce(ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var body = declaration.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declaration.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (body is null)
        {
            return false;
        }

        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || identifier.Parent is null)
            {
                continue;
            }

            var written = identifier.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == identifier,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                _ => false,
            };
            if (written && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the retrieval step goes: before the sink's statement, when it sits in a block, a switch section or the
    /// top-level program; or, for a sink in the arrow body of a method, constructor, operator or local function, the
    /// arrow itself (the applier turns it into a block that retrieves, then runs the expression).
    /// </summary>
    private static SyntaxNode? InsertionPoint(ExpressionSyntax sink)
    {
        for (var node = sink.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                // A sink inside a lambda belongs to that function's statement, never to the outer one.
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax && OnlyWhitespaceAround(arrow) ? arrow : null;
                case StatementSyntax statement:
                    return statement.Parent switch
                    {
                        BlockSyntax or SwitchSectionSyntax => statement,
                        GlobalStatementSyntax global => global,
                        _ => null,
                    };
            }
        }

        return null;
    }

    /// <summary>No comment or directive around the arrow and its expression: turning it into a block drops that trivia.</summary>
    private static bool OnlyWhitespaceAround(ArrowExpressionClauseSyntax arrow)
    {
        var semicolon = arrow.Parent switch
        {
            BaseMethodDeclarationSyntax method => method.SemicolonToken,
            LocalFunctionStatementSyntax local => local.SemicolonToken,
            _ => default,
        };
        return arrow.GetLeadingTrivia().Concat(arrow.ArrowToken.TrailingTrivia).Concat(arrow.GetTrailingTrivia()).Concat(semicolon.LeadingTrivia)
            .Concat(arrow.ArrowToken.GetPreviousToken().TrailingTrivia)
            .All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));
    }

    /// <summary>
    /// The user's input that feeds the same call: the user-role prompt sites of the same function (discovery knows
    /// them by symbol for every supported SDK) whose text is not constant. One distinct expression, or one in the
    /// same statement as the sink; it must have no side effect and be readable where the retrieval goes.
    /// </summary>
    private static ExpressionSyntax? FindUserInput(Document document, SemanticModel model, ExpressionSyntax sink, SyntaxNode insertBefore, CancellationToken cancellationToken)
    {
        var function = FunctionBody(sink);
        if (function is null || document.Project.AnalyzerOptions is not { } analyzerOptions)
        {
            return null;
        }

        var discovery = PromptDiscovery.For(model.Compilation);
        var candidates = new List<ExpressionSyntax>();
        foreach (var node in function)
        {
            if (model.GetOperation(node, cancellationToken) is not { } root)
            {
                continue;
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                if (operation.Kind is not (OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Conversion)
                    || FunctionBody(operation.Syntax) is not { } owner || owner[0] != function[0])
                {
                    continue;
                }

                foreach (var input in UserInputSearch.Find(discovery, operation, cancellationToken))
                {
                    if (input.ConstantValue.HasValue || input.Syntax is not ExpressionSyntax expression || input.Syntax.SyntaxTree != sink.SyntaxTree)
                    {
                        continue;
                    }

                    if (expression.Parent is ArgumentSyntax { Expression: var argumentValue } && argumentValue != expression)
                    {
                        expression = argumentValue;
                    }

                    if (!candidates.Any(c => c.Span == expression.Span))
                    {
                        candidates.Add(expression);
                    }
                }
            }
        }

        var distinct = candidates.GroupBy(c => c.WithoutTrivia().ToString()).Select(g => g.First()).ToList();
        if (distinct.Count > 1)
        {
            distinct = distinct.Where(c => c.FirstAncestorOrSelf<StatementSyntax>() == sink.FirstAncestorOrSelf<StatementSyntax>()).ToList();
        }

        if (distinct.Count != 1)
        {
            return null;
        }

        var query = distinct[0];
        return IsReadableAt(query, model, insertBefore.SpanStart, cancellationToken) ? query : null;
    }

    /// <summary>The statements of the function that contains <paramref name="node"/> (a member's body, a lambda's, or the top-level program's).</summary>
    private static SyntaxNode[]? FunctionBody(SyntaxNode node) => FunctionBodies.Enclosing(node) switch
    {
        AnonymousFunctionExpressionSyntax lambda => new[] { (SyntaxNode)lambda.Body },
        LocalFunctionStatementSyntax local => local.Body is { } b ? new SyntaxNode[] { b } : local.ExpressionBody is { } e ? new SyntaxNode[] { e.Expression } : null,
        BaseMethodDeclarationSyntax method => method.Body is { } mb ? new SyntaxNode[] { mb } : method.ExpressionBody is { } me ? new SyntaxNode[] { me.Expression } : null,
        AccessorDeclarationSyntax accessor => accessor.Body is { } ab ? new SyntaxNode[] { ab } : null,
        CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().Select(g => (SyntaxNode)g.Statement).ToArray(),
        _ => null,
    };

    /// <summary>No call, assignment, await or creation (evaluating it once more must change nothing), and every local it reads is in scope there.</summary>
    private static bool IsReadableAt(ExpressionSyntax query, SemanticModel model, int position, CancellationToken cancellationToken)
    {
        foreach (var node in query.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case InvocationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax or BaseObjectCreationExpressionSyntax
                    or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
                    or AnonymousFunctionExpressionSyntax:
                    return false;
                case IdentifierNameSyntax identifier:
                    var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                    if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol)
                    {
                        if (!model.LookupSymbols(position, name: symbol.Name).Any(s => SymbolEqualityComparer.Default.Equals(s, symbol)))
                        {
                            return false;
                        }

                        if (symbol is ILocalSymbol local && local.DeclaringSyntaxReferences.FirstOrDefault()?.Span.Start >= position)
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>await is legal in async functions and the top-level program, except inside lock statements.</summary>
    private static bool CanAwait(SyntaxNode insertBefore)
    {
        for (var node = insertBefore.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case LockStatementSyntax:
                    return false;
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case CompilationUnitSyntax:
                    return true;
                case MemberDeclarationSyntax and not GlobalStatementSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>"Type.Member" of the literal's declaration ("Program" for the top-level program).</summary>
    private static string Title(SemanticModel? model, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        var symbol = model?.GetEnclosingSymbol(literal.SpanStart, cancellationToken);
        if (literal.Parent?.Parent is VariableDeclaratorSyntax declarator && declarator.Parent?.Parent is FieldDeclarationSyntax && model?.GetDeclaredSymbol(declarator, cancellationToken) is { } field)
        {
            symbol = field;
        }

        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        var typeName = type?.Name is { Length: > 0 } name ? name : "Program";
        var member = symbol is null or INamedTypeSymbol || symbol.Name.StartsWith("<", System.StringComparison.Ordinal) || symbol.Name == WellKnownMemberNames.TopLevelStatementsEntryPointMethodName
            ? null
            : symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? "ctor" : symbol is IMethodSymbol { AssociatedSymbol: { } property } ? property.Name : symbol.Name;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } inner)
        {
            var outer = inner.ContainingSymbol;
            while (outer is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
            {
                outer = outer.ContainingSymbol;
            }

            member = outer is IMethodSymbol { Name: var outerName } && !outerName.StartsWith("<", System.StringComparison.Ordinal) ? outerName : null;
        }

        return member is null ? typeName : typeName + "." + member;
    }
}
