using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Rebuilds the text an expression hands to the model: literals (regular, verbatim, raw, interpolated), constants,
/// static readonly fields, locals (with +=), concatenation, string.Format/Concat/Join and StringBuilder sequences.
/// What cannot be known at compile time becomes a hole; a hole is never guessed.
/// </summary>
internal sealed class TextReconstructor
{
    /// <summary>Deeper expressions than this become a hole: analysis must terminate on hostile input.</summary>
    private const int MaxDepth = 48;

    /// <summary>
    /// Work and text one prompt may cost: locals or fields that each use the previous one twice (p2 = p1 + p1, ...)
    /// double the work per line, so depth alone does not bound it. Past either budget the rest becomes a hole.
    /// </summary>
    private const int MaxSteps = 100_000;

    private const int MaxStaticChars = 32 * 1024 * 1024;

    private readonly Dictionary<ILocalSymbol, ImmutableArray<SyntaxNode>> _writes = new(SymbolEqualityComparer.Default);
    private int _steps;
    private long _staticChars;

    private readonly PromptDiscovery _discovery;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);

    public TextReconstructor(PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _cancellationToken = cancellationToken;
    }

    public PromptText Reconstruct(IOperation? operation) => Reconstruct(operation, 0);

    private PromptText Reconstruct(IOperation? operation, int depth)
    {
        if (operation is null)
        {
            return PromptText.Hole("?");
        }

        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            return PromptText.Hole("deep expression");
        }

        if (++_steps > MaxSteps || _staticChars > MaxStaticChars)
        {
            return PromptText.Hole("prompt too large to reconstruct");
        }

        switch (operation)
        {
            case ILiteralOperation literal when literal.ConstantValue is { HasValue: true, Value: string text }:
                _staticChars += text.Length;
                return PromptText.Static(text, literal.Syntax);

            case IConversionOperation conversion when conversion.OperatorMethod is null:
                return Reconstruct(conversion.Operand, depth + 1);

            case IParenthesizedOperation parenthesized:
                return Reconstruct(parenthesized.Operand, depth + 1);

            case IInterpolatedStringOperation interpolated:
                return ReconstructInterpolated(interpolated, depth);

            case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add && IsString(binary.Type):
                return ReconstructConcatenation(binary, depth);

            case IFieldReferenceOperation fieldReference:
                return ReconstructField(fieldReference, depth);

            case IPropertyReferenceOperation propertyReference:
                return ReconstructProperty(propertyReference, depth);

            case ILocalReferenceOperation localReference:
                return ReconstructLocal(localReference, depth);

            case IParameterReferenceOperation parameterReference:
                return new PromptText(ImmutableArray.Create(PromptPart.ParameterHole(parameterReference.Parameter)));

            case IInvocationOperation invocation:
                return ReconstructInvocation(invocation, depth);

            case ICoalesceOperation coalesce:
                // `Environment.GetEnvironmentVariable("X") ?? "You are ..."`: the fallback literal is the prompt's static text.
                var fallback = Reconstruct(coalesce.WhenNull, depth + 1);
                var value = Reconstruct(coalesce.Value, depth + 1);
                return value.HasStaticText ? value : fallback;

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when IsString(conditional.Type):
                // `isEnglish ? "You are ..." : "Bạn là ..."`: one of two prompts is sent; the one with more static text
                // stands for both (the larger cost, and in practice the same instructions in another language or form).
                var whenTrue = Reconstruct(conditional.WhenTrue, depth + 1);
                var otherwise = Reconstruct(whenFalse, depth + 1);
                return StaticLength(otherwise) > StaticLength(whenTrue) ? otherwise : whenTrue;

            case IArgumentOperation argument:
                return Reconstruct(argument.Value, depth + 1);

            case IAwaitOperation awaited when awaited.Operation is IInvocationOperation awaitedCall && IsDocumentRead(awaitedCall.TargetMethod):
                return Document(awaited);

            case IAwaitOperation { Operation: IInvocationOperation awaitedHelper } when ReturnedBy(awaitedHelper, depth, awaited: true) is { } awaitedText:
                return awaitedText;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            _staticChars += constant.Length;
            return PromptText.Static(constant, operation.Syntax);
        }

        return PromptText.Hole(Describe(operation));
    }

    private static int StaticLength(PromptText text)
    {
        var length = 0;
        foreach (var part in text.Parts)
        {
            length += part.Text?.Length ?? 0;
        }

        return length;
    }

    private static string Describe(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        return text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation is IAwaitOperation awaited ? awaited.Operation : operation;
    }

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    private PromptText ReconstructInterpolated(IInterpolatedStringOperation interpolated, int depth)
    {
        var parts = ImmutableArray.CreateBuilder<PromptPart>();
        foreach (var content in interpolated.Parts)
        {
            switch (content)
            {
                case IInterpolatedStringTextOperation text when text.Text.ConstantValue is { HasValue: true, Value: string value }:
                    parts.Add(PromptPart.Static(value, text.Syntax));
                    break;
                case IInterpolationOperation interpolation when interpolation.Alignment is null && interpolation.FormatString is null:
                    parts.AddRange(ReconstructValue(interpolation.Expression, depth + 1).Parts);
                    break;
                default:
                    parts.Add(PromptPart.Hole(Describe(content)));
                    break;
            }
        }

        return new PromptText(parts.ToImmutable());
    }

    /// <summary>A value formatted into text: strings are followed, constants of other types are formatted, the rest is a hole.</summary>
    private PromptText ReconstructValue(IOperation operation, int depth)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion && !IsString(operation.Type))
        {
            operation = conversion.Operand;
        }

        if (IsString(operation.Type))
        {
            return Reconstruct(operation, depth);
        }

        if (operation.ConstantValue is { HasValue: true } constant && constant.Value is IFormattable or char)
        {
            var text = constant.Value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : constant.Value.ToString()!;
            return PromptText.Static(text, null);
        }

        return PromptText.Hole(Describe(operation));
    }

    private PromptText ReconstructConcatenation(IBinaryOperation binary, int depth)
    {
        // Flatten left-deep chains iteratively: a 10,000-term concatenation must not overflow the stack.
        var operands = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(binary);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && IsString(add.Type))
            {
                pending.Push(add.RightOperand);
                pending.Push(add.LeftOperand);
            }
            else
            {
                operands.Add(current);
            }
        }

        if (binary.ConstantValue is { HasValue: true, Value: string constant } && operands.All(o => o is ILiteralOperation))
        {
            // Keep each literal as its own part so that every literal stays an origin.
            _staticChars += constant.Length;
            return PromptText.Concat(operands.Select(o => PromptText.Static((string)o.ConstantValue.Value!, o.Syntax)));
        }

        return PromptText.Concat(operands.Select(o => ReconstructValue(o, depth + 1)));
    }

    private PromptText ReconstructField(IFieldReferenceOperation reference, int depth)
    {
        var field = reference.Field;
        if (field.HasConstantValue && field.ConstantValue is string constant)
        {
            var origin = InitializerOf(field);
            if (origin is not null && SemanticModelFor(origin) is { } constantModel && _inProgress.Add(field))
            {
                // Rebuild the initializer so that each literal of a constant expression stays an origin.
                var rebuilt = WithGuard(field, () => Reconstruct(constantModel.GetOperation(origin, _cancellationToken), depth + 1));
                if (rebuilt.IsFullyStatic && rebuilt.Render() == constant)
                {
                    return rebuilt;
                }
            }

            _staticChars += constant.Length;
            return PromptText.Static(constant, origin);
        }

        if (field.IsReadOnly && InitializerOf(field) is { } initializer && SemanticModelFor(initializer) is { } semanticModel)
        {
            if (!_inProgress.Add(field))
            {
                return PromptText.Hole(field.Name);
            }

            return WithGuard(field, () => Reconstruct(semanticModel.GetOperation(initializer, _cancellationToken), depth + 1));
        }

        if (SingleConstructorAssignment(field, field.ContainingType) is { } assigned && _inProgress.Add(field))
        {
            return WithGuard(field, () => Reconstruct(assigned, depth + 1));
        }

        return PromptText.Hole(field.Name);
    }

    /// <summary>
    /// The value of a private field or get-only property whose only write is one assignment in a constructor (or its
    /// initializer, when that is the only write): a prompt set up once and sent later.
    /// </summary>
    private IOperation? SingleConstructorAssignment(ISymbol member, INamedTypeSymbol? type)
    {
        if (type is null || type.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        var writable = member switch
        {
            IFieldSymbol f => !f.IsConst && (f.DeclaredAccessibility == Accessibility.Private || f.IsReadOnly),
            IPropertySymbol p => p.SetMethod is null || p.SetMethod.DeclaredAccessibility == Accessibility.Private || p.SetMethod.IsInitOnly,
            _ => false,
        };
        if (!writable)
        {
            return null;
        }

        IOperation? value = null;
        var writes = 0;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(_cancellationToken);
            if (SemanticModelFor(declaration) is not { } model)
            {
                return null;
            }

            foreach (var node in declaration.DescendantNodes())
            {
                if (node is VariableDeclaratorSyntax { Initializer: { } initializer } declarator && member is IFieldSymbol
                    && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, _cancellationToken), member))
                {
                    writes++;
                    value = model.GetOperation(initializer.Value, _cancellationToken);
                }
                else if (node is PropertyDeclarationSyntax { Initializer: { } propertyInitializer } property && member is IPropertySymbol
                    && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(property, _cancellationToken), member))
                {
                    writes++;
                    value = model.GetOperation(propertyInitializer.Value, _cancellationToken);
                }
                else if (node is AssignmentExpressionSyntax assignment
                    && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, _cancellationToken).Symbol, member))
                {
                    writes++;
                    var inConstructor = assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not null
                        && assignment.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is null
                        && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
                    value = inConstructor ? model.GetOperation(assignment.Right, _cancellationToken) : null;
                }
                else if (node is ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None } argument
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(argument.Expression, _cancellationToken).Symbol, member))
                {
                    return null;
                }
            }
        }

        return writes == 1 ? value : null;
    }

    private PromptText ReconstructProperty(IPropertyReferenceOperation reference, int depth)
    {
        var property = reference.Property;
        if (property.DeclaringSyntaxReferences.Length != 1 || property.Parameters.Length > 0
            || property.SetMethod is { DeclaredAccessibility: not Accessibility.Private, IsInitOnly: false })
        {
            return PromptText.Hole(property.Name);
        }

        var syntax = property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) as PropertyDeclarationSyntax;
        ExpressionSyntax? body = syntax?.ExpressionBody?.Expression ?? (syntax?.AccessorList is null ? null : syntax.Initializer?.Value);
        if (syntax?.AccessorList is { } accessors && accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null))
        {
            body = null;
        }

        if (body is null && syntax?.AccessorList is { } autoAccessors && autoAccessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
            && SingleConstructorAssignment(property, property.ContainingType) is { } assigned && _inProgress.Add(property))
        {
            return WithGuard(property, () => Reconstruct(assigned, depth + 1));
        }

        if (body is null || SemanticModelFor(body) is not { } model || !_inProgress.Add(property))
        {
            return PromptText.Hole(property.Name);
        }

        return WithGuard(property, () => Reconstruct(model.GetOperation(body, _cancellationToken), depth + 1));
    }

    private PromptText WithGuard(ISymbol symbol, Func<PromptText> body)
    {
        try
        {
            return body();
        }
        finally
        {
            _inProgress.Remove(symbol);
        }
    }

    private ExpressionSyntax? InitializerOf(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return (field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
    }

    private SemanticModel? SemanticModelFor(SyntaxNode node) => _discovery.GetSemanticModel(node.SyntaxTree);

    private PromptText ReconstructLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1 || !_inProgress.Add(local))
        {
            return PromptText.Hole(local.Name);
        }

        try
        {
            if (local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax declarator
                || reference.SemanticModel is not { } model
                || EnclosingBody(declarator) is not { } body)
            {
                return PromptText.Hole(local.Name);
            }

            if (IsStringBuilder(local.Type))
            {
                return PromptText.Hole(local.Name);
            }

            var text = declarator.Initializer is { } initializer
                ? Reconstruct(model.GetOperation(initializer.Value, _cancellationToken), depth + 1)
                : PromptText.Hole(local.Name);
            var declarationScope = declarator.FirstAncestorOrSelf<StatementSyntax>()?.Parent;

            foreach (var node in WritesTo(local, body, model))
            {
                if (node.SpanStart >= reference.Syntax.SpanStart)
                {
                    break;
                }

                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when IsReferenceTo(model, assignment.Left, local):
                        var conditional = IsConditional(assignment, declarationScope, reference.Syntax);
                        var value = Reconstruct(model.GetOperation(assignment.Right, _cancellationToken), depth + 1);
                        switch (assignment.Kind())
                        {
                            case SyntaxKind.SimpleAssignmentExpression:
                                text = conditional ? PromptText.Hole(local.Name) : value;
                                break;
                            case SyntaxKind.AddAssignmentExpression:
                                text = PromptText.Concat(text, conditional ? PromptText.Hole(local.Name + " (conditional)") : value);
                                break;
                            default:
                                text = PromptText.Hole(local.Name);
                                break;
                        }

                        break;
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && IsReferenceTo(model, argument.Expression, local):
                        text = PromptText.Hole(local.Name);
                        break;
                }
            }

            return text;
        }
        finally
        {
            _inProgress.Remove(local);
        }
    }

    /// <summary>
    /// The assignments and ref/out arguments of a local in its body, in text order, found in one walk per local: walking
    /// the body again for every reference made a prompt with thousands of references to one local quadratic.
    /// </summary>
    private ImmutableArray<SyntaxNode> WritesTo(ILocalSymbol local, SyntaxNode body, SemanticModel model)
    {
        if (_writes.TryGetValue(local, out var cached))
        {
            return cached;
        }

        var writes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when IsReferenceTo(model, assignment.Left, local):
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && IsReferenceTo(model, argument.Expression, local):
                    writes.Add(node);
                    break;
            }
        }

        return _writes[local] = writes.ToImmutable();
    }

    private bool IsStringBuilder(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, _discovery.Catalog.StringBuilderType);

    private bool IsReferenceTo(SemanticModel model, ExpressionSyntax expression, ILocalSymbol local)
    {
        return expression is IdentifierNameSyntax identifier
            && identifier.Identifier.ValueText == local.Name
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local);
    }

    private static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return current;
                case GlobalStatementSyntax:
                    return current.Parent;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="node"/> may or may not run before the use: it sits in a branch, loop, catch block, switch
    /// or lambda that does not also contain the use. A try block is the normal path and runs (a finally block always does).
    /// </summary>
    private static bool IsConditional(SyntaxNode node, SyntaxNode? declarationScope, SyntaxNode use)
    {
        for (var current = node.Parent; current is not null && current != declarationScope; current = current.Parent)
        {
            if (current.Span.Contains(use.Span))
            {
                return false;
            }

            switch (current)
            {
                case IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax or SwitchExpressionArmSyntax
                    or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    or CatchClauseSyntax or ConditionalExpressionSyntax or AnonymousFunctionExpressionSyntax
                    or LocalFunctionStatementSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression or (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Reads that return a whole file or stream as text (PA1003).</summary>
    private static bool IsDocumentRead(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type?.ContainingNamespace?.ToDisplayString() != "System.IO")
        {
            return false;
        }

        return type.Name switch
        {
            "File" => method.Name is "ReadAllText" or "ReadAllTextAsync" or "ReadAllLines" or "ReadAllLinesAsync" or "ReadLines" or "ReadLinesAsync",
            "StreamReader" or "TextReader" or "StringReader" => method.Name is "ReadToEnd" or "ReadToEndAsync",
            _ => false,
        };
    }

    private PromptText Document(IOperation read) => Document(read.Syntax);

    private PromptText Document(SyntaxNode read)
    {
        var text = read.ToString();
        return new(ImmutableArray.Create(PromptPart.DocumentHole(text.Length <= 40 ? text : text.Substring(0, 40) + "…", read, DocumentReads.NamesThePrompt(read, SemanticModelFor(read), _cancellationToken))));
    }

    private WholeCollections? _collections;

    /// <summary>Collections read in full (every record of a data file, every row of a table): see <see cref="WholeCollections"/>.</summary>
    private WholeCollections Collections => _collections ??= new WholeCollections(_discovery, this, _cancellationToken);

    private PromptText ReconstructInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (IsDocumentRead(method))
        {
            return Document(invocation);
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            switch (method.Name)
            {
                case "Format" when method.IsStatic:
                    return ReconstructFormat(invocation, depth);
                case "Concat" when method.IsStatic:
                    return PromptText.Concat(ArgumentValues(invocation).Select(v => ReconstructValue(v, depth + 1)));
                case "Join" when method.IsStatic:
                    return ReconstructJoin(invocation, depth);
                case "Trim" or "TrimStart" or "TrimEnd" when invocation.Arguments.Length == 0 && invocation.Instance is not null:
                    return Trim(Reconstruct(invocation.Instance, depth + 1), method.Name);
            }
        }

        if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is ILocalReferenceOperation builder && IsStringBuilder(builder.Type))
        {
            return ReconstructStringBuilder(builder, invocation, depth);
        }

        if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is { } text && IsString(text.Type))
        {
            return Reconstruct(text, depth + 1);
        }

        if (ReturnedBy(invocation, depth) is { } returned)
        {
            return returned;
        }

        return PromptText.Hole(Describe(invocation));
    }

    /// <summary>
    /// A method of this compilation that returns a prompt (`static string BuildPrompt(string name) => $"You are {name}..."`):
    /// its one returned expression, with the call's arguments in place of its parameters.
    /// </summary>
    private PromptText? ReturnedBy(IInvocationOperation invocation, int depth, bool awaited = false)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (!(awaited ? IsTaskOfString(method.ReturnType) : IsString(method.ReturnType)) || method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract || method.IsVirtual)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var returns = declaration switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => new List<ExpressionSyntax> { arrow.Expression },
            LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => new List<ExpressionSyntax> { arrow.Expression },
            MethodDeclarationSyntax { Body: { } block } => Returns(block),
            LocalFunctionStatementSyntax { Body: { } block } => Returns(block),
            _ => null,
        };
        if (returns is not { Count: > 0 } || SemanticModelFor(returns[0]) is not { } model || !_inProgress.Add(method))
        {
            return null;
        }

        return WithGuard(method, () =>
        {
            // Several returns: which one reaches the model is not known statically, but the text they all start with is.
            PromptText? common = null;
            foreach (var returned in returns)
            {
                var operation = model.GetOperation(returned, _cancellationToken);
                var text = awaited && !method.IsAsync ? Reconstruct(ResultOf(operation), depth + 1) : Reconstruct(operation, depth + 1);
                common = common is null ? text : CommonStart(common, text);
            }

            var result = common!;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && result.ContainsParameter(parameter.OriginalDefinition))
                {
                    result = result.Substitute(parameter.OriginalDefinition, argument.ArgumentKind == ArgumentKind.DefaultValue ? PromptText.Hole(parameter.Name) : Reconstruct(argument.Value, depth + 1));
                }
            }

            return result;
        });
    }

    /// <summary>Task&lt;string&gt; or ValueTask&lt;string&gt;: what an awaited helper that builds a prompt returns.</summary>
    private static bool IsTaskOfString(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && IsString(task.TypeArguments[0])
           && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

    /// <summary>The text a method that is not async returns in a task: <c>Task.FromResult(text)</c>, <c>new ValueTask&lt;string&gt;(text)</c>.</summary>
    private static IOperation? ResultOf(IOperation? returned)
    {
        while (returned is IConversionOperation conversion)
        {
            returned = conversion.Operand;
        }

        return returned switch
        {
            IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult => fromResult.Arguments[0].Value,
            IObjectCreationOperation { Arguments.Length: 1 } creation when creation.Type?.Name == "ValueTask" => creation.Arguments[0].Value,
            _ => null,
        };
    }

    /// <summary>
    /// The parts two texts share from their start (the same literal, or a hole for the same parameter), then a hole for the
    /// rest where they differ: <c>return Instructions;</c> and <c>return Instructions + articles;</c> both start with the instructions.
    /// </summary>
    private static PromptText CommonStart(PromptText a, PromptText b)
    {
        var parts = ImmutableArray.CreateBuilder<PromptPart>();
        var i = 0;
        for (; i < a.Parts.Length && i < b.Parts.Length; i++)
        {
            var (x, y) = (a.Parts[i], b.Parts[i]);
            // After the same parts, a hole of the same expression is the same hole (the prefix comes from the same code).
            var same = x.Text is { } xText
                ? y.Text == xText && x.Origin == y.Origin
                : y.IsHole && x.HoleDescription == y.HoleDescription && x.Document == y.Document && SymbolEqualityComparer.Default.Equals(x.Parameter, y.Parameter);
            if (!same)
            {
                break;
            }

            parts.Add(x);
        }

        if (i < a.Parts.Length || i < b.Parts.Length)
        {
            parts.Add(PromptPart.Hole("(differs between returns)"));
        }

        return new PromptText(parts.ToImmutable());
    }

    /// <summary>The expressions a method body returns (not those of the lambdas and local functions in it), at most a few.</summary>
    private static List<ExpressionSyntax>? Returns(BlockSyntax block)
    {
        var found = new List<ExpressionSyntax>();
        foreach (var node in block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } expression })
            {
                if (found.Count == 8)
                {
                    return null;
                }

                found.Add(expression);
            }
        }

        return found;
    }

    /// <summary>The values an invocation passes, with params arrays expanded.</summary>
    private static IEnumerable<IOperation> ArgumentValues(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.Value is IArrayCreationOperation { Initializer: { } initializer } && argument.Parameter is { IsParams: true } or { Type: IArrayTypeSymbol })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else if (IsCollectionExpression(argument.Value))
            {
                foreach (var element in argument.Value.ChildOperations)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>
    /// A collection expression or a params-span argument ([a, b], string.Join(sep, a, b) on .NET 9+). Roslyn 4.8 has no
    /// interface for it, so it is recognised by kind name and read through its children (the elements).
    /// </summary>
    private static bool IsCollectionExpression(IOperation operation) => operation.Kind.ToString() == "CollectionExpression";

    private static PromptText Trim(PromptText text, string how)
    {
        if (text.Parts.Length == 0)
        {
            return text;
        }

        var parts = text.Parts.ToBuilder();
        if (how != "TrimEnd" && parts[0].Text is { } first)
        {
            parts[0] = PromptPart.Static(first.TrimStart(), parts[0].Origin);
        }

        if (how != "TrimStart" && parts[parts.Count - 1].Text is { } last)
        {
            parts[parts.Count - 1] = PromptPart.Static(last.TrimEnd(), parts[parts.Count - 1].Origin);
        }

        return new PromptText(parts.ToImmutable());
    }

    private PromptText ReconstructFormat(IInvocationOperation invocation, int depth)
    {
        var values = ArgumentValues(invocation).ToList();
        var formatIndex = values.FindIndex(v => IsString(v.Type) || v.ConstantValue is { HasValue: true, Value: string });
        if (formatIndex < 0 || invocation.Arguments.Any(a => a.Parameter?.Type.Name == "CompositeFormat"))
        {
            return PromptText.Hole(Describe(invocation));
        }

        var format = Reconstruct(values[formatIndex], depth + 1);
        if (!format.IsFullyStatic)
        {
            return PromptText.Hole(Describe(invocation));
        }

        var args = values.Skip(formatIndex + 1).ToList();
        var formatText = format.Render();
        var origin = format.Parts.Length == 1 ? format.Parts[0].Origin : null;
        var parts = ImmutableArray.CreateBuilder<PromptPart>();
        var literal = new StringBuilder();
        for (var i = 0; i < formatText.Length; i++)
        {
            var c = formatText[i];
            if (c == '{' && i + 1 < formatText.Length && formatText[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < formatText.Length && formatText[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = formatText.IndexOf('}', i);
                if (close < 0)
                {
                    return PromptText.Hole(Describe(invocation));
                }

                var item = formatText.Substring(i + 1, close - i - 1);
                var indexText = item.Split(',', ':')[0].Trim();
                if (literal.Length > 0)
                {
                    parts.Add(PromptPart.Static(literal.ToString(), origin));
                    literal.Clear();
                }

                if (int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < args.Count && item.IndexOfAny(new[] { ',', ':' }) < 0)
                {
                    parts.AddRange(ReconstructValue(args[index], depth + 1).Parts);
                }
                else
                {
                    parts.Add(PromptPart.Hole("{" + item + "}"));
                }

                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(PromptPart.Static(literal.ToString(), origin));
        }

        return new PromptText(parts.ToImmutable());
    }

    private PromptText ReconstructJoin(IInvocationOperation invocation, int depth)
    {
        if (invocation.Arguments.Length < 2)
        {
            return PromptText.Hole(Describe(invocation));
        }

        var separator = ReconstructValue(invocation.Arguments[0].Value, depth + 1);
        IEnumerable<IOperation>? elements = invocation.Arguments[1].Value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } when invocation.Arguments.Length == 2 => initializer.ElementValues,
            IConversionOperation { Operand: IArrayCreationOperation { Initializer: { } initializer } } when invocation.Arguments.Length == 2 => initializer.ElementValues,
            { } collection when IsCollectionExpression(collection) && invocation.Arguments.Length == 2 => collection.ChildOperations,
            _ => null,
        };

        if (elements is null && invocation.Arguments.Length == 2 && Unconverted(invocation.Arguments[1].Value) is IInvocationOperation lines && IsDocumentRead(lines.TargetMethod))
        {
            return Document(lines);
        }

        if (elements is null && invocation.Arguments.Length == 2 && invocation.Arguments[1].Parameter?.IsParams != true && Collections.ReadOf(invocation.Arguments[1].Value) is { } wholeCollection)
        {
            // Every record of a data file or every row of a table, joined into the text.
            return Document(wholeCollection);
        }

        if (elements is null)
        {
            if (invocation.Arguments.Length > 2 || invocation.Arguments[1].Parameter?.IsParams == true)
            {
                elements = invocation.Arguments.Skip(1).Select(a => a.Value);
            }
            else
            {
                return PromptText.Hole(Describe(invocation));
            }
        }

        var texts = new List<PromptText>();
        foreach (var element in elements)
        {
            if (texts.Count > 0)
            {
                texts.Add(separator);
            }

            texts.Add(ReconstructValue(element, depth + 1));
        }

        return PromptText.Concat(texts);
    }

    private PromptText ReconstructStringBuilder(ILocalReferenceOperation builder, IInvocationOperation toStringCall, int depth)
    {
        var local = builder.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax declarator
            || builder.SemanticModel is not { } model
            || EnclosingBody(declarator) is not { } body
            || !_inProgress.Add(local))
        {
            return PromptText.Hole(local.Name);
        }

        try
        {
            var declarationScope = declarator.FirstAncestorOrSelf<StatementSyntax>()?.Parent;
            var text = PromptText.Empty;
            var wholeLoops = new HashSet<SyntaxNode>();
            if (declarator.Initializer?.Value is { } initializerSyntax
                && model.GetOperation(initializerSyntax, _cancellationToken) is IObjectCreationOperation creation)
            {
                var initial = creation.Arguments.FirstOrDefault(a => IsString(a.Value.Type));
                if (initial is not null)
                {
                    text = Reconstruct(initial.Value, depth + 1);
                }
            }
            else
            {
                text = PromptText.Hole(local.Name);
            }

            foreach (var node in body.DescendantNodes())
            {
                if (node.SpanStart >= toStringCall.Syntax.SpanStart)
                {
                    break;
                }

                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local.Name || declarator.Span.Contains(node.Span))
                {
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local))
                {
                    continue;
                }

                // Walk the call chain that starts at this reference: sb.Append("a").AppendLine("b")
                SyntaxNode current = identifier;
                var handled = false;
                while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                    && access.Parent is InvocationExpressionSyntax call
                    && model.GetOperation(call, _cancellationToken) is IInvocationOperation append
                    && IsStringBuilder(append.TargetMethod.ContainingType))
                {
                    if (call.SpanStart >= toStringCall.Syntax.SpanStart && call.Span.Contains(toStringCall.Syntax.Span))
                    {
                        handled = true;
                        break;
                    }

                    var conditional = IsConditional(call, declarationScope, toStringCall.Syntax);
                    if (conditional && RecordLoop(call, declarationScope, model) is { } loop)
                    {
                        // Each record of a whole collection appended in turn: the whole collection, once per loop.
                        if (wholeLoops.Add(loop.Loop))
                        {
                            text = PromptText.Concat(text, Document(loop.Read));
                        }

                        handled = true;
                        current = call;
                        continue;
                    }

                    var appended = Appended(append, depth);
                    if (appended is null)
                    {
                        if (append.TargetMethod.Name == "Clear" && !conditional)
                        {
                            text = PromptText.Empty;
                        }
                        else if (append.TargetMethod.Name is not ("ToString" or "EnsureCapacity") && append.TargetMethod.Name != "get_Length")
                        {
                            text = PromptText.Concat(text, PromptText.Hole(local.Name + "." + append.TargetMethod.Name));
                        }
                    }
                    else
                    {
                        text = PromptText.Concat(text, conditional ? PromptText.Hole(local.Name + " (conditional)") : appended);
                    }

                    handled = true;
                    current = call;
                }

                if (!handled && current == identifier && identifier.Parent is ArgumentSyntax)
                {
                    // The builder is handed to other code, which may append anything.
                    text = PromptText.Concat(text, PromptText.Hole(local.Name + " (passed on)"));
                }
            }

            return text;
        }
        finally
        {
            _inProgress.Remove(local);
        }
    }

    /// <summary>
    /// The foreach loop an append runs in, when the loop goes over a collection read in full (<see cref="WholeCollections"/>)
    /// and appends on every record: no branch between the append and the loop, no break, continue or return in it.
    /// </summary>
    private (SyntaxNode Loop, SyntaxNode Read)? RecordLoop(SyntaxNode append, SyntaxNode? declarationScope, SemanticModel model)
    {
        for (var current = append.Parent; current is not null && current != declarationScope; current = current.Parent)
        {
            switch (current)
            {
                case ForEachStatementSyntax loop:
                    if (loop.Statement.DescendantNodesAndSelf().Any(n => n is BreakStatementSyntax or ContinueStatementSyntax or ReturnStatementSyntax or YieldStatementSyntax))
                    {
                        return null;
                    }

                    return Collections.ReadOf(model.GetOperation(loop.Expression, _cancellationToken)) is { } read ? (loop, read) : null;
                case BlockSyntax or ExpressionStatementSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or ArgumentSyntax or ArgumentListSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private PromptText? Appended(IInvocationOperation append, int depth)
    {
        switch (append.TargetMethod.Name)
        {
            case "Append" when append.Arguments.Length == 1:
                return ReconstructValue(append.Arguments[0].Value, depth + 1);
            case "AppendLine" when append.Arguments.Length == 0:
                return PromptText.Static("\n", null);
            case "AppendLine" when append.Arguments.Length == 1:
                return PromptText.Concat(ReconstructValue(append.Arguments[0].Value, depth + 1), PromptText.Static("\n", null));
            case "AppendFormat":
                return ReconstructFormat(append, depth);
            default:
                return null;
        }
    }
}
