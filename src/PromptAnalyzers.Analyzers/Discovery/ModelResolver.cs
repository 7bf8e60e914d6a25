using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Finds the model id the code ties to a prompt: on the call itself (options, model arguments), along the receiver
/// chain (new ChatClient("gpt-4o-mini", key), GetChatClient("..."), AsIChatClient(...)), or, failing that, the one
/// model id the containing method or type configures (AddOpenAIChatCompletion(modelId: ...)).
/// </summary>
internal sealed class ModelResolver
{
    private const int MaxSteps = 12;

    private static readonly HashSet<string> ModelParameters = new() { "model", "modelId", "defaultModelId", "deploymentName", "defaultModel" };
    private static readonly HashSet<string> ModelProperties = new() { "ModelId", "Model", "SelectedModel", "DefaultModelId" };

    /// <summary>Per compilation: the one model id each member (or file of top-level statements) and each type configures, if any.</summary>
    private static readonly ConditionalWeakTable<PromptDiscovery, ScopeModels> Scopes = new();

    private readonly PromptDiscovery _discovery;
    private readonly CancellationToken _cancellationToken;

    public ModelResolver(PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _cancellationToken = cancellationToken;
    }

    public ModelChoice Resolve(IOperation sink)
    {
        var steps = 0;
        for (var current = sink; current is not null && steps < MaxSteps; current = current.Parent, steps++)
        {
            if (current is IInvocationOperation invocation && FromCall(invocation, 0) is { ModelId: not null } fromCall)
            {
                return fromCall;
            }

            if (current is IObjectCreationOperation { Constructor: { } constructor } creation && SinkCatalog.IsSdkSymbol(constructor))
            {
                // new Chat(client, "...") or an agent built over a client: the client carries the model.
                if (FromArguments(constructor, creation.Arguments, 0) is { ModelId: not null } fromArguments)
                {
                    return fromArguments;
                }

                if (FromInitializer(creation) is { ModelId: not null } fromInitializer)
                {
                    return fromInitializer;
                }

                foreach (var argument in creation.Arguments)
                {
                    if (argument.Value.Type is { SpecialType: SpecialType.None } type && SinkCatalog.IsSdkSymbol(type)
                        && FromReceiver(argument.Value, 1) is { ModelId: not null } fromClient)
                    {
                        return fromClient;
                    }
                }
            }
        }

        return FromContainingMember(sink.Syntax);
    }

    private ModelChoice FromCall(IInvocationOperation invocation, int depth)
    {
        var own = FromArguments(invocation.TargetMethod, invocation.Arguments, depth);
        if (own.ModelId is not null)
        {
            return own;
        }

        var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        return FromReceiver(receiver, depth + 1);
    }

    private ModelChoice FromArguments(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, int depth)
    {
        if (!SinkCatalog.IsSdkSymbol(method))
        {
            return default;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && ModelParameters.Contains(parameter.Name) && Constant(argument.Value) is { } model)
            {
                return new ModelChoice(model, argument.Value.Syntax);
            }
        }

        foreach (var argument in arguments)
        {
            // Options objects: new ChatOptions { ModelId = "gpt-4o-mini" }
            if (FromInitializer(Unwrap(argument.Value, depth)) is { ModelId: not null } fromOptions)
            {
                return fromOptions;
            }
        }

        return default;
    }

    private IOperation? Unwrap(IOperation? operation, int depth)
    {
        for (var i = 0; operation is not null && i < 4; i++)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case ILocalReferenceOperation local when depth < 4:
                    operation = InitializerOf(local);
                    continue;
            }

            break;
        }

        return operation;
    }

    private static ModelChoice FromInitializer(IOperation? operation)
    {
        if (operation is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && ModelProperties.Contains(property.Property.Name)
                    && SinkCatalog.IsSdkSymbol(property.Property)
                    && Constant(assignment.Value) is { } model)
                {
                    return new ModelChoice(model, assignment.Value.Syntax);
                }
            }
        }

        return default;
    }

    private ModelChoice FromReceiver(IOperation? receiver, int depth)
    {
        for (var steps = 0; receiver is not null && depth < MaxSteps && steps < MaxSteps; steps++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (receiver)
            {
                case IInvocationOperation invocation:
                    return FromCall(invocation, depth + 1);
                case IObjectCreationOperation creation:
                    if (creation.Constructor is { } constructor && FromArguments(constructor, creation.Arguments, depth) is { ModelId: not null } fromCreation)
                    {
                        return fromCreation;
                    }

                    if (FromInitializer(creation) is { ModelId: not null } fromInitializer)
                    {
                        return fromInitializer;
                    }

                    // Wrappers such as new ChatClientBuilder(inner): follow the wrapped client.
                    receiver = creation.Arguments.FirstOrDefault()?.Value;
                    depth++;
                    continue;
                case IConversionOperation conversion:
                    receiver = conversion.Operand;
                    continue;
                case ILocalReferenceOperation local:
                    receiver = InitializerOf(local);
                    depth++;
                    continue;
                case IFieldReferenceOperation field:
                    receiver = InitializerOf(field.Field);
                    depth++;
                    continue;
                default:
                    return default;
            }
        }

        return default;
    }

    private IOperation? InitializerOf(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        return reference.SemanticModel?.GetOperation(initializer.Value, _cancellationToken);
    }

    private IOperation? InitializerOf(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        return _discovery.GetSemanticModel(initializer.SyntaxTree)?.GetOperation(initializer.Value, _cancellationToken);
    }

    private static string? Constant(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation.ConstantValue is { HasValue: true, Value: string model } && model.Length > 0 ? model : null;
    }

    /// <summary>The one model id the containing member, else the containing type, configures; none when there are several.</summary>
    private ModelChoice FromContainingMember(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax)
            ?? (SyntaxNode?)node.FirstAncestorOrSelf<CompilationUnitSyntax>();
        // Cached per member: a method with many prompts must not rescan its body for each of them.
        var scopes = Scopes.GetValue(_discovery, _ => new ScopeModels());
        if (member is not null && scopes.Members.GetOrAdd(member, m => ModelsIn(m)) is { } inMember)
        {
            return inMember;
        }

        var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (type is not null && _discovery.GetSemanticModel(type.SyntaxTree)?.GetDeclaredSymbol(type, _cancellationToken) is INamedTypeSymbol typeSymbol)
        {
            return scopes.Types.GetOrAdd(typeSymbol, _ => ModelsIn(type) ?? default);
        }

        return default;
    }

    private ModelChoice? ModelsIn(SyntaxNode scope)
    {
        var model = _discovery.GetSemanticModel(scope.SyntaxTree);
        if (model is null)
        {
            return null;
        }

        ModelChoice? found = null;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax))
            {
                continue;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            var choice = model.GetOperation(node, _cancellationToken) switch
            {
                IInvocationOperation invocation => FromArguments(invocation.TargetMethod, invocation.Arguments, MaxSteps),
                IObjectCreationOperation { Constructor: { } constructor } creation => FromArguments(constructor, creation.Arguments, MaxSteps) is { ModelId: not null } c ? c : FromInitializer(creation),
                _ => default,
            };

            if (choice.ModelId is null)
            {
                continue;
            }

            if (found is { } previous && previous.ModelId != choice.ModelId)
            {
                return default(ModelChoice); // Several models: do not guess.
            }

            found = choice;
        }

        return found;
    }

    private sealed class ScopeModels
    {
        public ConcurrentDictionary<SyntaxNode, ModelChoice?> Members { get; } = new();

        public ConcurrentDictionary<INamedTypeSymbol, ModelChoice> Types { get; } = new(SymbolEqualityComparer.Default);
    }
}
