using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Rebuilds the text an expression hands to the model: literals (regular, verbatim, raw, interpolated), constants,
/// static readonly fields, locals (with +=), concatenation, string.Format/Concat/Join and StringBuilder sequences.
/// What cannot be known at compile time becomes a hole; a hole is never guessed. This file holds the dispatch and the
/// expressions (literals, interpolation, concatenation); each other construct has its own file: members and fields
/// (<c>TextReconstructor.Members.cs</c>), locals, string APIs, StringBuilder.
/// </summary>
internal sealed partial class TextReconstructor
{
    /// <summary>Deeper expressions than this become a hole: analysis must terminate on hostile input.</summary>
    private const int MaxDepth = 48;

    /// <summary>
    /// Work and text one prompt may cost: locals or fields that each use the previous one twice (p2 = p1 + p1, ...)
    /// double the work per line, so depth alone does not bound it. Past either budget the rest becomes a hole.
    /// </summary>
    private const int MaxSteps = 100_000;

    private const int MaxStaticChars = 32 * 1024 * 1024;

    private readonly PromptDiscovery _discovery;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Members and locals being reconstructed: a member that refers to itself becomes a hole.</summary>
    private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);

    /// <summary>Each local's writes, found once (see <c>WritesTo</c>).</summary>
    private readonly Dictionary<ILocalSymbol, ImmutableArray<SyntaxNode>> _writes = new(SymbolEqualityComparer.Default);
    private WholeCollections? _collections;
    private int _steps;
    private long _staticChars;

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

    private static string Describe(IOperation operation) => CodeExcerpt.Of(operation.Syntax, 40);

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

    private SemanticModel? SemanticModelFor(SyntaxNode node) => _discovery.GetSemanticModel(node.SyntaxTree);

    /// <summary>Collections read in full (every record of a data file, every row of a table): see <see cref="WholeCollections"/>.</summary>
    private WholeCollections Collections => _collections ??= new WholeCollections(_discovery, this, _cancellationToken);
}
