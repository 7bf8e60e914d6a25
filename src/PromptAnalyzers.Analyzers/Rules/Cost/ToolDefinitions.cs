using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>
/// The function tools the code passes with the call that sends a prompt: <c>ChatOptions.Tools</c> (or an agent's
/// <c>tools:</c> argument) holding <c>AIFunctionFactory.Create(...)</c> functions, and OpenAI's
/// <c>ChatCompletionOptions.Tools</c> holding <c>ChatTool.CreateFunctionTool(...)</c>. Read as the model is told about
/// them: name, description and parameters (from the method's signature and [Description] attributes, or from the JSON
/// schema text).
/// </summary>
internal static class ToolDefinitions
{
    private static readonly HashSet<string> ToolsProperties = new() { "Tools" };
    private static readonly HashSet<string> FactoryOptionNames = new() { "Name", "Description" };

    /// <summary>The tools passed with the call around <paramref name="prompt"/>, or an empty list.</summary>
    public static IReadOnlyList<ToolDefinition> FromCode(SyntaxNode prompt, SemanticModel model, CancellationToken cancellationToken)
    {
        if (prompt.SyntaxTree != model.SyntaxTree)
        {
            return Array.Empty<ToolDefinition>();
        }

        foreach (var call in CallSyntax.Enclosing(prompt))
        {
            foreach (var options in CallSyntax.OptionObjects(call, model, cancellationToken))
            {
                foreach (var (_, value) in CallSyntax.SdkAssignments(options, ToolsProperties, model, cancellationToken))
                {
                    return Read(value, model, cancellationToken);
                }
            }

            foreach (var argument in CallSyntax.Arguments(call))
            {
                if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { Name: "tools" } parameter } && SinkCatalog.IsSdkSymbol(parameter.ContainingSymbol))
                {
                    return Read(argument.Expression, model, cancellationToken);
                }
            }
        }

        return Array.Empty<ToolDefinition>();
    }

    private static IReadOnlyList<ToolDefinition> Read(ExpressionSyntax collection, SemanticModel model, CancellationToken cancellationToken)
    {
        var tools = new List<ToolDefinition>();
        foreach (var element in Elements(CallSyntax.Resolve(collection, model, cancellationToken)))
        {
            if (CallSyntax.Resolve(element, model, cancellationToken) is InvocationExpressionSyntax invocation
                && model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                && SinkCatalog.IsSdkSymbol(operation.TargetMethod)
                && FromFactoryCall(operation, model, cancellationToken) is { } tool)
            {
                tools.Add(tool);
            }
        }

        return tools;
    }

    /// <summary>The elements of <c>[a, b]</c>, <c>{ a, b }</c>, <c>new List&lt;AITool&gt; { a, b }</c> and <c>new[] { a, b }</c>.</summary>
    private static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax collection) => collection switch
    {
        CollectionExpressionSyntax list => list.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
        InitializerExpressionSyntax initializer => initializer.Expressions,
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions,
        _ => Enumerable.Empty<ExpressionSyntax>(),
    };

    private static ToolDefinition? FromFactoryCall(IInvocationOperation call, SemanticModel model, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        if (method is { Name: "Create", ContainingType.Name: "AIFunctionFactory" })
        {
            return FromAIFunctionFactory(call, model, cancellationToken);
        }

        if (method is { Name: "CreateFunctionTool", ContainingType.Name: "ChatTool" })
        {
            return FromChatTool(call);
        }

        return null;
    }

    /// <summary>AIFunctionFactory.Create(method, name, description) or Create(method, new AIFunctionFactoryOptions { Name, Description }).</summary>
    private static ToolDefinition? FromAIFunctionFactory(IInvocationOperation call, SemanticModel model, CancellationToken cancellationToken)
    {
        IMethodSymbol? target = null;
        string? name = null;
        string? description = null;
        foreach (var argument in call.Arguments)
        {
            var value = Unwrap(argument.Value);
            switch (value)
            {
                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                    target = reference.Method;
                    break;
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                    target = lambda.Symbol;
                    break;
                case IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax options }:
                    foreach (var (property, assigned) in CallSyntax.SdkAssignments(options, FactoryOptionNames, model, cancellationToken))
                    {
                        var text = model.GetConstantValue(assigned, cancellationToken) is { HasValue: true, Value: string s } ? s : null;
                        name = property.Name == "Name" ? text ?? name : name;
                        description = property.Name == "Description" ? text ?? description : description;
                    }

                    break;
                default:
                    if (argument.Parameter?.Name == "name" && Constant(value) is { } n)
                    {
                        name = n;
                    }
                    else if (argument.Parameter?.Name == "description" && Constant(value) is { } d)
                    {
                        description = d;
                    }

                    break;
            }
        }

        if (target is null)
        {
            return null;
        }

        var parameters = target.Parameters.Where(p => !IsInjected(p.Type)).Select(p => new ToolParameter(p.Name, JsonType(p.Type), DescriptionOf(p) ?? string.Empty, EnumValues(p.Type))).ToList();
        var defaultName = target.MethodKind == MethodKind.AnonymousFunction ? "function" : target.Name;
        return new ToolDefinition(name ?? defaultName, description ?? DescriptionOf(target) ?? string.Empty, parameters);
    }

    /// <summary>ChatTool.CreateFunctionTool(functionName, functionDescription, BinaryData.FromString("""{ json schema }""")).</summary>
    private static ToolDefinition? FromChatTool(IInvocationOperation call)
    {
        string? name = null;
        string description = string.Empty;
        IReadOnlyList<ToolParameter> parameters = Array.Empty<ToolParameter>();
        foreach (var argument in call.Arguments)
        {
            var value = Unwrap(argument.Value);
            switch (argument.Parameter?.Name)
            {
                case "functionName":
                    name = Constant(value);
                    break;
                case "functionDescription":
                    description = Constant(value) ?? string.Empty;
                    break;
                case "functionParameters" when value is IInvocationOperation { TargetMethod.Name: "FromString", Arguments.Length: > 0 } fromString:
                    parameters = ToolSchema.ParseParameters(Constant(Unwrap(fromString.Arguments[0].Value)));
                    break;
            }
        }

        return name is null ? null : new ToolDefinition(name, description, parameters);
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static string? Constant(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>Parameters the function framework fills in itself, not the model: cancellation, services, the raw arguments.</summary>
    private static bool IsInjected(ITypeSymbol type) => type.Name is "CancellationToken" or "IServiceProvider" or "AIFunctionArguments";

    /// <summary>The JSON schema type AIFunctionFactory gives a .NET parameter type.</summary>
    private static string JsonType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return "string";
        }

        return type.SpecialType switch
        {
            SpecialType.System_String or SpecialType.System_Char or SpecialType.System_DateTime => "string",
            SpecialType.System_Boolean => "boolean",
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 => "integer",
            SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal => "number",
            _ when type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "Uri" or "DateOnly" or "TimeOnly" => "string",
            _ when type is IArrayTypeSymbol || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) => "array",
            _ => "object",
        };
    }

    private static IReadOnlyList<string> EnumValues(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.TypeKind == TypeKind.Enum
            ? type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToList()
            : Array.Empty<string>();
    }

    /// <summary>The text of a [System.ComponentModel.Description("...")] attribute, or null.</summary>
    private static string? DescriptionOf(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DescriptionAttribute", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string text)
            {
                return text;
            }
        }

        return null;
    }
}
