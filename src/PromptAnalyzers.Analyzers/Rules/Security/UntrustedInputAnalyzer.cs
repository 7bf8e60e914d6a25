using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules.Security;

/// <summary>
/// PA4001: untrusted input (<see cref="InputSources"/>) flows into the instruction side of a prompt: a system or developer
/// message, instructions, directly or through a helper of the user's code (<see cref="InstructionSinks"/>).
/// <para>
/// Perf: the same gating as the prompt rules (<see cref="PromptSiteAnalyzer"/>): nothing in a compilation without an LLM SDK,
/// nothing in a document that names no sink, and only the operations discovery looks at in the units it binds. A value is
/// traced only at an instruction sink or a helper argument; a helper's flows are computed only for an untrusted argument.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntrustedInputAnalyzer : DiagnosticAnalyzer
{
    public static DiagnosticDescriptor Rule => UntrustedInputDiagnostics.Rule;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UntrustedInputDiagnostics.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var discovery = PromptDiscovery.For(start.Compilation);
            if (!discovery.IsRelevant(start.Options))
            {
                return;
            }

            var sources = new InputSources(start.Compilation);
            var memberWrites = new MemberWrites(discovery, UntrustedInputTrace.MaxWrites);
            var trust = new ConcurrentDictionary<string, TrustedSymbols>();
            start.RegisterSemanticModelAction(modelContext =>
            {
                var tree = modelContext.SemanticModel.SyntaxTree;
                var options = PromptAnalyzersOptions.For(modelContext.Options, tree);
                if (!discovery.IsRelevantTree(tree, options, modelContext.CancellationToken))
                {
                    return;
                }

                var trace = new UntrustedInputTrace(
                    discovery,
                    sources,
                    memberWrites,
                    trust.GetOrAdd(options.TrustedSources, value => new TrustedSymbols(value)),
                    trust.GetOrAdd("sanitizers:" + options.Sanitizers, value => new TrustedSymbols(value.Substring("sanitizers:".Length))),
                    modelContext.CancellationToken);
                Analyze(modelContext, discovery, trace, options);
            });
        });
    }

    private static void Analyze(SemanticModelAnalysisContext context, PromptDiscovery discovery, UntrustedInputTrace trace, PromptAnalyzersOptions options)
    {
        var reported = new HashSet<TextSpan>();
        foreach (var operation in discovery.CandidateOperationsInTree(context.SemanticModel, options, context.CancellationToken))
        {
            foreach (var sink in InstructionSinks.Direct(operation, discovery))
            {
                var (input, hole) = FindInput(sink.Value, trace);
                if (input is not null && !IsInGeneratedCode(context, operation) && reported.Add(sink.Value.Syntax.Span))
                {
                    var additional = hole is null ? null : new[] { hole.GetLocation() };
                    context.ReportDiagnostic(Diagnostic.Create(Rule, sink.Value.Syntax.GetLocation(), additional, UntrustedInputDiagnostics.Properties(hole is not null), UntrustedInputDiagnostics.Arguments(input, sink.Description, null)));
                }
            }

            foreach (var sink in InstructionSinks.ToolDescriptions(operation))
            {
                if (trace.Find(sink.Value) is { } input && !IsInGeneratedCode(context, operation) && reported.Add(sink.Value.Syntax.Span))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, sink.Value.Syntax.GetLocation(), UntrustedInputDiagnostics.Arguments(input, sink.Description, null)));
                }
            }

            foreach (var (argument, helper) in InstructionSinks.HelperArguments(operation))
            {
                if (reported.Contains(argument.Value.Syntax.Span) || trace.Find(argument.Value) is not { } input)
                {
                    continue;
                }

                if (!IsInGeneratedCode(context, operation) && InstructionSinks.HelperInstructions(argument, helper, discovery, context.CancellationToken) is { } sink && reported.Add(argument.Value.Syntax.Span))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), UntrustedInputDiagnostics.Arguments(input, sink.Description, sink.Helper)));
                }
            }
        }
    }

    /// <summary>Generated members are skipped, checked only where there is something to report.</summary>
    private static bool IsInGeneratedCode(SemanticModelAnalysisContext context, IOperation operation)
        => PromptSiteAnalyzer.IsInGeneratedCode(context.SemanticModel, operation.Syntax, context.CancellationToken);

    /// <summary>
    /// The input a sink's value carries and, when the value is an interpolated string or a concatenation, the one hole or
    /// operand that carries it (what the code fix moves into a user message).
    /// </summary>
    private static (UntrustedInput? Input, SyntaxNode? Hole) FindInput(IOperation value, UntrustedInputTrace trace)
    {
        if (TopLevelParts(value) is { } parts)
        {
            foreach (var part in parts)
            {
                if (trace.Find(part) is { } input)
                {
                    var hole = part.Parent is IInterpolationOperation interpolation ? interpolation.Syntax : part.Syntax;
                    return (input, hole);
                }
            }

            return (null, null);
        }

        return (trace.Find(value), null);
    }

    /// <summary>The holes of an interpolated string or the operands of a string concatenation; null for any other value.</summary>
    private static List<IOperation>? TopLevelParts(IOperation value)
    {
        while (value is IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().Select(part => part.Expression).ToList();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                var operands = new List<IOperation>();
                var pending = new Stack<IOperation>();
                pending.Push(binary);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } add)
                    {
                        pending.Push(add.RightOperand);
                        pending.Push(add.LeftOperand);
                    }
                    else
                    {
                        operands.Add(current);
                    }
                }

                return operands;
            default:
                return null;
        }
    }
}
