using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// Follows a value handed to instructions back to untrusted input (<see cref="InputSources"/>): through locals, fields and
/// properties of the user's types, concatenation, interpolation, string.Format/Concat/Join, StringBuilder, <c>??</c> and
/// conditional expressions, string and stream APIs, and the return values of the user's methods (with their arguments).
/// Values of a closed set (numbers, enums, dates, GUIDs, booleans) and constants end the trace, and so do the members the
/// team trusts and the sanitizers it names. One instance per document run; what it remembers between documents is only
/// what the code says, not what a trace found: the writes of members (<see cref="MemberWrites"/>, per compilation).
/// </summary>
internal sealed partial class UntrustedInputTrace
{
    /// <summary>Deeper expressions than this end the trace: analysis must terminate on hostile input.</summary>
    private const int MaxDepth = 40;

    /// <summary>Work one value may cost (locals that each use the previous one twice double it per line).</summary>
    private const int MaxSteps = 4000;

    /// <summary>How many writes of one local or member are followed; a symbol written more often than this ends the trace.</summary>
    internal const int MaxWrites = 16;

    private readonly PromptDiscovery _discovery;
    private readonly InputSources _sources;
    private readonly MemberWrites _memberWrites;
    private readonly TrustedSymbols _trusted;
    private readonly TrustedSymbols _sanitizers;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Symbols being followed: a local or member whose value refers to itself ends there.</summary>
    private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);

    /// <summary>What each local of the document carries, traced outside any helper call (see <c>TraceLocal</c>).</summary>
    private readonly Dictionary<ILocalSymbol, UntrustedInput?> _locals = new(SymbolEqualityComparer.Default);

    /// <summary>Whether each parameter met outside a helper call is bound from a request (<see cref="InputSources.OfParameter"/>).</summary>
    private readonly Dictionary<IParameterSymbol, UntrustedInput?> _parameters = new(SymbolEqualityComparer.Default);
    private int _steps;

    public UntrustedInputTrace(PromptDiscovery discovery, InputSources sources, MemberWrites memberWrites, TrustedSymbols trusted, TrustedSymbols sanitizers, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _sources = sources;
        _memberWrites = memberWrites;
        _trusted = trusted;
        _sanitizers = sanitizers;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The first untrusted input <paramref name="value"/> carries, in text order, or null.</summary>
    public UntrustedInput? Find(IOperation value)
    {
        _steps = 0;
        return Trace(value, Frame.Top, 0);
    }

    /// <summary>The arguments of the helper calls being followed into (a helper's parameter stands for its argument).</summary>
    private sealed class Frame
    {
        public static readonly Frame Top = new(null, ImmutableDictionary<IParameterSymbol, IOperation>.Empty, 0);

        public Frame(Frame? caller, ImmutableDictionary<IParameterSymbol, IOperation> arguments, int helperDepth)
        {
            Caller = caller;
            Arguments = arguments;
            HelperDepth = helperDepth;
        }

        public Frame? Caller { get; }

        public ImmutableDictionary<IParameterSymbol, IOperation> Arguments { get; }

        public int HelperDepth { get; }
    }

    private UntrustedInput? Trace(IOperation? operation, Frame frame, int depth)
    {
        if (operation is null || depth > MaxDepth || ++_steps > MaxSteps)
        {
            return null;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        if (operation.ConstantValue.HasValue || InputSources.IsClosed(operation.Type))
        {
            return null;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.OperatorMethod is { } conversionOperator && _sanitizers.Contains(conversionOperator) ? null : Trace(conversion.Operand, frame, depth + 1);
            case IParenthesizedOperation parenthesized:
                return Trace(parenthesized.Operand, frame, depth + 1);
            case IAwaitOperation awaited:
                return Trace(awaited.Operation, frame, depth + 1);
            case IArgumentOperation argument:
                return Trace(argument.Value, frame, depth + 1);
            case IInterpolatedStringOperation interpolated:
                return First(interpolated.Parts.Select(HoleOf), frame, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                // StringBuilder.Append($"...") and other interpolated-string handlers: the string's holes are what is appended.
                return Trace(handler.Content, frame, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return First(new[] { binary.LeftOperand, binary.RightOperand }, frame, depth);
            case ICoalesceOperation coalesce:
                return First(new[] { coalesce.Value, coalesce.WhenNull }, frame, depth);
            case IConditionalOperation conditional:
                return First(new[] { conditional.WhenTrue, conditional.WhenFalse }, frame, depth);
            case ISwitchExpressionOperation switchExpression:
                // The governing value only picks an arm: the arms are what is sent (input mapped onto constants is trusted).
                return First(switchExpression.Arms.Select(arm => arm.Value), frame, depth);
            case IConditionalAccessOperation conditionalAccess:
                return Trace(conditionalAccess.WhenNotNull, frame, depth + 1);
            case IConditionalAccessInstanceOperation instance:
                return Trace(EnclosingConditionalAccess(instance)?.Operation, frame, depth + 1);
            case IArrayCreationOperation array:
                return array.Initializer is { } initializer ? First(initializer.ElementValues, frame, depth) : null;
            case IArrayElementReferenceOperation element:
                return Trace(element.ArrayReference, frame, depth + 1);
            case IObjectCreationOperation creation:
                return TraceCreation(creation, frame, depth);
            case IInvocationOperation invocation:
                return TraceInvocation(invocation, frame, depth);
            case IPropertyReferenceOperation property:
                return TraceMember(property, property.Property, property.Instance, frame, depth);
            case IFieldReferenceOperation field:
                return TraceMember(field, field.Field, field.Instance, frame, depth);
            case ILocalReferenceOperation local:
                return TraceLocal(local, frame, depth);
            case IParameterReferenceOperation parameter:
                return TraceParameter(parameter, frame, depth);
            default:
                return null;
        }
    }

    private UntrustedInput? First(IEnumerable<IOperation?> operations, Frame frame, int depth)
    {
        foreach (var operation in operations)
        {
            if (Trace(operation, frame, depth + 1) is { } input)
            {
                return input;
            }
        }

        return null;
    }

    /// <summary>
    /// The value of an interpolation hole: the expression of <c>{x}</c>, or for a string built by a handler the value its
    /// AppendFormatted call receives; null for text.
    /// </summary>
    private static IOperation? HoleOf(IInterpolatedStringContentOperation part) => part switch
    {
        IInterpolationOperation interpolation => interpolation.Expression,
        IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments: [var value, ..] } } append when append.Kind == OperationKind.InterpolatedStringAppendFormatted => value.Value,
        _ => null,
    };

    internal static IConditionalAccessOperation? EnclosingConditionalAccess(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access)
            {
                return access;
            }
        }

        return null;
    }

    /// <summary>A reader or builder made from a value carries it: <c>new StreamReader(Request.Body)</c>, <c>new StringBuilder(text)</c>.</summary>
    private UntrustedInput? TraceCreation(IObjectCreationOperation creation, Frame frame, int depth)
    {
        if (creation.Constructor is not { } constructor || !IsFrameworkType(constructor.ContainingType))
        {
            return null;
        }

        return First(creation.Arguments.Select(argument => argument.Value), frame, depth);
    }

    /// <summary>
    /// A call: an input read (<c>Console.ReadLine()</c>), a sanitizer or trusted method (trusted), a method of the user's code
    /// (its return values, its parameters standing for the arguments), or a framework API that passes text on (string and
    /// StringBuilder methods, readers, LINQ, <c>ToString</c>): its receiver and arguments.
    /// </summary>
    private UntrustedInput? TraceInvocation(IInvocationOperation invocation, Frame frame, int depth)
    {
        var method = invocation.TargetMethod;
        if (_sanitizers.Contains(method) || _trusted.Contains(method))
        {
            return null;
        }

        if (_sources.OfCall(method, invocation.Syntax) is { } read)
        {
            return read;
        }

        if (IsUserMethod(method))
        {
            return TraceReturns(invocation, method, frame, depth);
        }

        if (!IsFrameworkType(method.ContainingType))
        {
            return null;
        }

        var passed = invocation.Instance is { } instance ? new[] { instance }.Concat(invocation.Arguments.Select(a => a.Value)) : invocation.Arguments.Select(a => a.Value);
        return First(passed, frame, depth);
    }

    /// <summary>What a method of the user's code returns, with its parameters bound to the call's arguments.</summary>
    private UntrustedInput? TraceReturns(IInvocationOperation invocation, IMethodSymbol method, Frame frame, int depth)
    {
        var definition = method.OriginalDefinition;
        if (frame.HelperDepth >= PromptDiscovery.MaxHelperDepth || !_inProgress.Add(definition))
        {
            return null;
        }

        try
        {
            var declaration = definition.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            if (_discovery.GetSemanticModel(declaration.SyntaxTree) is not { } model)
            {
                return null;
            }

            var arguments = ImmutableDictionary.CreateBuilder<IParameterSymbol, IOperation>(SymbolEqualityComparer.Default);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    arguments[parameter.OriginalDefinition] = argument.Value;
                }
            }

            var inner = new Frame(frame, arguments.ToImmutable(), frame.HelperDepth + 1);
            foreach (var returned in ReturnedExpressions(declaration))
            {
                if (Trace(model.GetOperation(returned, _cancellationToken), inner, depth + 1) is { } input)
                {
                    return input.Through(HelperName(definition));
                }
            }

            return null;
        }
        finally
        {
            _inProgress.Remove(definition);
        }
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode declaration)
    {
        switch (FunctionBodies.Of(declaration))
        {
            case ArrowExpressionClauseSyntax arrow:
                return new[] { arrow.Expression };
            case BlockSyntax block:
                return (IEnumerable<ExpressionSyntax>?)FunctionBodies.Returns(block, 8) ?? System.Array.Empty<ExpressionSyntax>();
            default:
                return System.Array.Empty<ExpressionSyntax>();
        }
    }

    /// <summary>A helper as messages name it: "PromptBuilder.Build".</summary>
    public static string HelperName(IMethodSymbol method) => method.ContainingType is { } type ? type.Name + "." + method.Name : method.Name;

    /// <summary>A method declared once in this compilation's source, with a body to follow.</summary>
    private static bool IsUserMethod(IMethodSymbol method)
        => method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.PropertyGet
            && method.OriginalDefinition.DeclaringSyntaxReferences.Length == 1
            && !method.IsAbstract;

    private static readonly string[] FrameworkNamespaces =
    {
        "System", "System.Text", "System.IO", "System.Linq", "System.Net", "System.Web", "System.Text.Json", "System.Collections.Generic",
        "System.Text.RegularExpressions", "System.Text.Encodings.Web", "Microsoft.Extensions.Primitives", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Http.Features", "Microsoft.AspNetCore.WebUtilities",
    };

    /// <summary>
    /// A type of the framework whose methods pass text on: strings, builders, readers, collections, LINQ, encoders,
    /// JSON, ASP.NET Core's request types. An SDK or a service of the user's dependencies is not followed into.
    /// </summary>
    private static bool IsFrameworkType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
        {
            return true;
        }

        return NamespaceNames.IsAny(type.ContainingNamespace, FrameworkNamespaces);
    }
}
