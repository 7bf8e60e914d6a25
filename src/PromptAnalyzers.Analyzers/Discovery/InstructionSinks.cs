using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Discovery;

/// <summary>A value handed to the instruction side of a prompt: a system or developer message, or instructions.</summary>
internal sealed class InstructionSink
{
    public InstructionSink(IOperation value, IOperation sink, string description, string? helper)
    {
        Value = value;
        Sink = sink;
        Description = description;
        Helper = helper;
    }

    /// <summary>The value the instructions are built from (a sink's argument, or the argument of a helper that reaches one).</summary>
    public IOperation Value { get; }

    /// <summary>The operation that hands the value over (the message creation, the assignment, the helper call).</summary>
    public IOperation Sink { get; }

    /// <summary>The sink as a message names it: "system message", "ChatOptions.Instructions", "agent instructions".</summary>
    public string Description { get; }

    /// <summary>The helper the value passes through to reach the sink ("PromptBuilder.Build"), or null for a direct sink.</summary>
    public string? Helper { get; }
}

/// <summary>
/// The instruction sinks of a tree, whatever their text (a system message that is only a hole is still one): the direct
/// sink uses whose role is system or developer, and the string arguments of helper calls. A helper argument is given
/// with the helper method; whether it reaches instructions is asked only for an argument the rule finds untrusted
/// (<see cref="HelperInstructions"/>), since computing a helper's flows binds its body.
/// </summary>
internal static class InstructionSinks
{
    /// <summary>The direct instruction sinks of <paramref name="operation"/>.</summary>
    public static IEnumerable<InstructionSink> Direct(IOperation operation, PromptDiscovery discovery)
    {
        foreach (var use in SinkMatcher.Uses(operation, discovery.Catalog))
        {
            if (use.Spec.RoleSource == RoleSource.InlinePromptFile || discovery.Roles.IsInsideResponse(use.Sink))
            {
                continue;
            }

            if (discovery.Roles.RoleOf(use) is { } role && role is PromptRole.System or PromptRole.Developer)
            {
                yield return new InstructionSink(use.Value, use.Sink, Describe(use.Spec, role), helper: null);
            }
        }
    }

    /// <summary>
    /// The description of a tool built at run time, which the model reads as the application's own words:
    /// <c>AIFunctionFactory.Create(method, name, description)</c>, <c>new AIFunctionFactoryOptions { Description = ... }</c>
    /// (Microsoft.Extensions.AI), <c>ChatTool.CreateFunctionTool(name, functionDescription)</c> (OpenAI),
    /// <c>KernelFunctionFactory.CreateFromMethod(method, functionName, description)</c> (Semantic Kernel). A
    /// <c>[Description]</c> attribute takes a constant: no input reaches it.
    /// </summary>
    public static IEnumerable<InstructionSink> ToolDescriptions(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when ToolDescriptionParameter(invocation.TargetMethod) is { } parameter:
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        yield return new InstructionSink(argument.Value, invocation, ToolDescription, helper: null);
                    }
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Description", ContainingType: { Name: "AIFunctionFactoryOptions" } type } } } assignment
                when IsIn(type, "Microsoft.Extensions.AI"):
                yield return new InstructionSink(assignment.Value, assignment, ToolDescription, helper: null);
                break;
        }
    }

    /// <summary>How messages name a tool's description.</summary>
    public const string ToolDescription = "tool description";

    /// <summary>True for the calls and assignments <see cref="ToolDescriptions"/> reads (a cheap check by name first).</summary>
    public static bool MayDescribeTool(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => ToolDescriptionParameter(invocation.TargetMethod) is not null,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Description", ContainingType.Name: "AIFunctionFactoryOptions" } } } => true,
        _ => false,
    };

    private static string? ToolDescriptionParameter(IMethodSymbol method) => method switch
    {
        { Name: "Create", ContainingType: { Name: "AIFunctionFactory" } type } when IsIn(type, "Microsoft.Extensions.AI") => "description",
        { Name: "CreateFunctionTool", ContainingType: { Name: "ChatTool" } type } when IsIn(type, "OpenAI.Chat") => "functionDescription",
        { Name: "CreateFromMethod", ContainingType: { Name: "KernelFunctionFactory" } type } when IsIn(type, "Microsoft.SemanticKernel") => "description",
        _ => null,
    };

    private static bool IsIn(INamedTypeSymbol type, string ns) => NamespaceNames.Is(type.ContainingNamespace, ns);

    /// <summary>The string arguments of a call to a method of this compilation that could be a prompt helper.</summary>
    public static IEnumerable<(IArgumentOperation Argument, IMethodSymbol Helper)> HelperArguments(IOperation operation)
    {
        var (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };
        if (method is null || !HelperFlowAnalysis.IsCandidate(method.OriginalDefinition))
        {
            yield break;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                yield return (argument, method);
            }
        }
    }

    /// <summary>Where a helper's parameter reaches instructions: the sink it reaches first, or null when it reaches none.</summary>
    public static InstructionSink? HelperInstructions(IArgumentOperation argument, IMethodSymbol helper, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        foreach (var flow in discovery.Helpers.FlowsOf(helper, cancellationToken))
        {
            if (flow.Parameter.Ordinal == argument.Parameter?.Ordinal && flow.Role is PromptRole.System or PromptRole.Developer)
            {
                var name = helper.MethodKind == MethodKind.Constructor ? helper.ContainingType.Name : helper.ContainingType.Name + "." + helper.Name;
                return new InstructionSink(argument.Value, argument.Parent ?? argument, DescribeSink(flow.Sink, flow.Role), name);
            }
        }

        return null;
    }

    /// <summary>Instructions set as a property or handed to an agent are named for that; messages by their role.</summary>
    private static string Describe(SinkSpec spec, PromptRole role)
    {
        if (spec.Parameter is null && spec.Member.IndexOf("Instructions", System.StringComparison.Ordinal) >= 0)
        {
            return IsAgent(spec.TypeName) ? "agent instructions" : ShortName(spec.TypeName) + "." + spec.Member;
        }

        if (spec.Parameter == "instructions")
        {
            return "agent instructions";
        }

        return role == PromptRole.Developer ? "developer message" : "system message";
    }

    /// <summary>A helper flow's sink is named "Type.Member" (<see cref="SinkSpec.Describe"/>).</summary>
    private static string DescribeSink(string sink, PromptRole role)
    {
        var dot = sink.LastIndexOf('.');
        var member = dot >= 0 ? sink.Substring(dot + 1) : sink;
        var type = dot >= 0 ? sink.Substring(0, dot) : sink;
        if (member.IndexOf("Instructions", System.StringComparison.Ordinal) >= 0)
        {
            return IsAgent(type) ? "agent instructions" : ShortName(type) + "." + member;
        }

        if (member is "AsAIAgent" or "CreateAIAgent" or "AddAIAgent" || sink == "Microsoft.Agents.AI.ChatClientAgent")
        {
            return "agent instructions";
        }

        return role == PromptRole.Developer ? "developer message" : "system message";
    }

    private static bool IsAgent(string typeName) => typeName.StartsWith("Microsoft.Agents.AI", System.StringComparison.Ordinal) || typeName.StartsWith("Microsoft.SemanticKernel.Agents", System.StringComparison.Ordinal);

    private static string ShortName(string typeName)
    {
        var dot = typeName.LastIndexOf('.');
        return dot >= 0 ? typeName.Substring(dot + 1) : typeName;
    }
}
