using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Requests;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// A request body as the code builds it, seen as the JSON it serialises to (<see cref="RequestValue"/>), so that the request
/// schemas of <see cref="ChatRequestSchema"/> read it: anonymous objects, objects of request types (members by their JSON
/// names), dictionaries and JSON objects, arrays, lists and collection expressions, followed through locals, fields and
/// properties with their initializers and the items added to them, serialisers, and source methods that return the body.
/// Members are read when the schema asks for them.
/// </summary>
internal sealed class BodyValue : RequestValue
{
    private readonly RequestValueKind _kind;
    private readonly List<(string Name, Func<BodyValue> Read)>? _members;
    private readonly List<Func<BodyValue>>? _items;
    private readonly IOperation? _text;
    private readonly BodyValueReader? _reader;
    private Dictionary<string, BodyValue>? _readMembers;
    private PromptText? _promptText;

    private BodyValue(RequestValueKind kind, List<(string, Func<BodyValue>)>? members, List<Func<BodyValue>>? items, IOperation? text, BodyValueReader? reader, IParameterSymbol? parameter)
    {
        _kind = kind;
        _members = members;
        _items = items;
        _text = text;
        _reader = reader;
        Parameter = parameter;
    }

    public static readonly BodyValue Unknown = new(RequestValueKind.Other, null, null, null, null, null);

    public static BodyValue Object(List<(string, Func<BodyValue>)> members) => new(RequestValueKind.Object, members, null, null, null, null);

    public static BodyValue Array(List<Func<BodyValue>> items) => new(RequestValueKind.Array, null, items, null, null, null);

    public static BodyValue Text(IOperation text, BodyValueReader reader) => new(RequestValueKind.Text, null, null, text, reader, null);

    /// <summary>A body that is a parameter of the method that sends it (a client method that posts what it is given).</summary>
    public static BodyValue FromParameter(IParameterSymbol parameter) => new(RequestValueKind.Other, null, null, null, null, parameter);

    public override RequestValueKind Kind => _kind;

    /// <summary>This object or array with members or items the code writes into it later.</summary>
    public BodyValue With(List<(string, Func<BodyValue>)> members, List<Func<BodyValue>> items) => _kind switch
    {
        RequestValueKind.Object => Object(_members!.Concat(members).ToList()),
        RequestValueKind.Array => Array(_items!.Concat(items).ToList()),
        _ => this,
    };

    /// <summary>For a body passed in: the parameter it is.</summary>
    public IParameterSymbol? Parameter { get; }

    /// <summary>For text: the expression that gives it (where a prompt in it is reported).</summary>
    public SyntaxNode? Node => _text?.Syntax;

    /// <summary>For text: the text as <see cref="TextReconstructor"/> rebuilds it.</summary>
    public PromptText PromptText => _promptText ??= _text is null || _reader is null ? PromptText.Hole("?") : _reader.Reconstruct(_text);

    public override string? KnownText => _kind == RequestValueKind.Text && PromptText.IsFullyStatic ? PromptText.Render() : null;

    public override IEnumerable<RequestValue> Items
    {
        get
        {
            if (_items is null)
            {
                yield break;
            }

            foreach (var item in _items)
            {
                yield return item();
            }
        }
    }

    public override RequestValue? Member(string name)
    {
        if (_members is null)
        {
            return null;
        }

        _readMembers ??= new Dictionary<string, BodyValue>(StringComparer.Ordinal);
        if (_readMembers.TryGetValue(name, out var read))
        {
            return read;
        }

        // The last write of a member wins (an initializer, then an assignment).
        BodyValue? found = null;
        foreach (var (member, value) in _members)
        {
            if (SameName(member, name))
            {
                found = value();
            }
        }

        if (found is not null)
        {
            _readMembers[name] = found;
        }

        return found;
    }
}

/// <summary>Reads operations into <see cref="BodyValue"/>s, within a budget: analysis must terminate on hostile input.</summary>
internal sealed class BodyValueReader
{
    private const int MaxDepth = 16;
    private const int MaxValues = 4_000;
    private const int MaxItems = 256;

    private readonly PromptDiscovery _discovery;
    private readonly TextReconstructor _text;
    private readonly HttpBodyTypes _http;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private int _values;

    public BodyValueReader(PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _text = text;
        _http = discovery.Catalog.Http;
        _cancellationToken = cancellationToken;
    }

    public PromptText Reconstruct(IOperation operation) => _text.Reconstruct(operation);

    public BodyValue Read(IOperation? operation) => Read(operation, 0);

    private BodyValue Read(IOperation? operation, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (operation is null || depth > MaxDepth || ++_values > MaxValues)
        {
            return BodyValue.Unknown;
        }

        operation = Unwrapped(operation);
        if (operation is IInvocationOperation serialised && _http.IsPassThrough(serialised.TargetMethod) && serialised.Arguments.Length > 0)
        {
            return Read(PassedValue(serialised), depth + 1);
        }

        if (operation is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { Type.SpecialType: SpecialType.System_String } text })
        {
            return Read(text, depth + 1); // json.ToString() on a string
        }

        if (operation.Type?.SpecialType == SpecialType.System_String)
        {
            // JSON text; a local that holds a serialised object is that object (var json = JsonSerializer.Serialize(body)).
            return operation is ILocalReferenceOperation local && SerialisedInto(local.Local) is { } serialisedValue
                ? Read(serialisedValue, depth + 1)
                : BodyValue.Text(operation, this);
        }

        switch (operation)
        {
            case IAnonymousObjectCreationOperation anonymous:
                return BodyValue.Object(AnonymousMembers(anonymous, depth));
            case IObjectCreationOperation creation:
                return ReadCreation(creation, depth);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return BodyValue.Array(Items(initializer.ElementValues, depth));
            case { } collection when FewShotTurns.IsCollectionExpression(collection):
                return BodyValue.Array(Items(collection.ChildOperations, depth));
            case IParameterReferenceOperation parameter:
                return BodyValue.FromParameter(parameter.Parameter);
            case ILocalReferenceOperation local:
                return ReadSymbol(local.Local, depth);
            case IFieldReferenceOperation { Field: { IsConst: false } field }:
                return ReadSymbol(field, depth);
            case IPropertyReferenceOperation { Property: { Parameters.Length: 0 } property }:
                return ReadSymbol(property, depth);
            case IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList", Instance: { } list, Arguments.Length: 0 }:
                return Read(list, depth + 1); // messages.ToArray(): the same items
            case IInvocationOperation { TargetMethod: { Name: "ToArray" or "ToList", IsExtensionMethod: true }, Arguments.Length: 1 } copy:
                return Read(copy.Arguments[0].Value, depth + 1);
            case IInvocationOperation invocation:
                return ReadReturned(invocation, depth);
            default:
                return BodyValue.Unknown;
        }
    }

    private static IOperation Unwrapped(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case IAwaitOperation awaited:
                    operation = awaited.Operation;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>For a string local initialised by a serialiser: the object it serialises.</summary>
    private IOperation? SerialisedInto(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || _discovery.GetSemanticModel(declarator.SyntaxTree) is not { } model)
        {
            return null;
        }

        return model.GetOperation(initializer.Value, _cancellationToken) is { } value && Unwrapped(value) is IInvocationOperation call
            && _http.IsPassThrough(call.TargetMethod) && call.Arguments.Length > 0
            ? PassedValue(call)
            : null;
    }

    /// <summary>The value a serialiser or encoder is given: its "value" parameter (JsonSerializer.SerializeAsync(stream, value)), else its first argument.</summary>
    private static IOperation PassedValue(IInvocationOperation invocation)
        => (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value") ?? invocation.Arguments[0]).Value;

    private List<(string, Func<BodyValue>)> AnonymousMembers(IAnonymousObjectCreationOperation anonymous, int depth)
    {
        var members = new List<(string, Func<BodyValue>)>();
        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                members.Add((property.Property.Name, Lazy(assignment.Value, depth)));
            }
        }

        return members;
    }

    private BodyValue ReadCreation(IObjectCreationOperation creation, int depth)
    {
        var type = creation.Type as INamedTypeSymbol;
        if (IsDictionary(type))
        {
            var members = new List<(string, Func<BodyValue>)>();
            AddKeyedMembers(creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>(), members, depth);
            return BodyValue.Object(members);
        }

        if (IsCollection(type))
        {
            var items = new List<Func<BodyValue>>();
            foreach (var element in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
            {
                if (element is IInvocationOperation { Arguments.Length: 1 } add && items.Count < MaxItems)
                {
                    items.Add(Lazy(add.Arguments[0].Value, depth));
                }
            }

            return BodyValue.Array(items);
        }

        // An object of a request type: constructor arguments by parameter name (a positional record), then initialized members.
        var objectMembers = new List<(string, Func<BodyValue>)>();
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                objectMembers.Add((JsonName(type?.GetMembers(parameter.Name).FirstOrDefault()) ?? parameter.Name, Lazy(argument.Value, depth)));
            }
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
            {
                objectMembers.Add((JsonName(member.Member) ?? member.Member.Name, Lazy(assignment.Value, depth)));
            }
        }

        return BodyValue.Object(objectMembers);
    }

    /// <summary>{ "model", x } and ["model"] = x in a dictionary's or JSON object's initializer, and dictionary.Add("model", x).</summary>
    private void AddKeyedMembers(IEnumerable<IOperation> initializers, List<(string, Func<BodyValue>)> members, int depth)
    {
        foreach (var initializer in initializers)
        {
            switch (initializer)
            {
                case IInvocationOperation { Arguments.Length: 2 } add when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                    members.Add((key, Lazy(add.Arguments[1].Value, depth)));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                    when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string indexKey }:
                    members.Add((indexKey, Lazy(assignment.Value, depth)));
                    break;
            }
        }
    }

    private List<Func<BodyValue>> Items(IEnumerable<IOperation> elements, int depth)
    {
        var items = new List<Func<BodyValue>>();
        foreach (var element in elements)
        {
            if (items.Count >= MaxItems)
            {
                break;
            }

            items.Add(Lazy(element, depth));
        }

        return items;
    }

    private Func<BodyValue> Lazy(IOperation operation, int depth)
    {
        BodyValue? value = null;
        return () => value ??= Read(operation, depth + 1);
    }

    /// <summary>
    /// A local, field or property: its initializer (or its one assignment, for a local), with the items, keyed members and
    /// members the code adds to it afterwards (<c>messages.Add(...)</c>, <c>body["model"] = ...</c>, <c>body.Model = ...</c>)
    /// in the method (for a local) or the type (for a field or property) that declares it.
    /// </summary>
    private BodyValue ReadSymbol(ISymbol symbol, int depth)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1 || !_inProgress.Add(symbol))
        {
            return BodyValue.Unknown;
        }

        try
        {
            var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            var scope = symbol is ILocalSymbol ? FunctionBodies.Enclosing(declaration) : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (scope is null || _discovery.GetSemanticModel(declaration.SyntaxTree) is not { } model)
            {
                return BodyValue.Unknown;
            }

            var initial = Initializer(declaration) is { } initializer ? model.GetOperation(initializer, _cancellationToken) : null;
            var writes = Writes(symbol, scope, model);
            if (initial is null && writes.Assigned.Count == 1)
            {
                initial = writes.Assigned[0];
            }

            var value = Read(initial, depth + 1);
            return writes.Added.Count == 0 && writes.Members.Count == 0 ? value : WithWrites(value, writes, depth);
        }
        finally
        {
            _inProgress.Remove(symbol);
        }
    }

    private BodyValue WithWrites(BodyValue value, SymbolWrites writes, int depth)
    {
        var members = writes.Members.Select(m => (m.Name, Lazy(m.Value, depth))).ToList();
        var items = writes.Added.Take(MaxItems).Select(added => Lazy(added, depth)).ToList();
        if (value.Kind is RequestValueKind.Object or RequestValueKind.Array)
        {
            return value.With(members, items);
        }

        // A list or dictionary whose creation is not visible: what the code adds to it is all that is known.
        return members.Count > 0 ? BodyValue.Object(members) : BodyValue.Array(items);
    }

    private static ExpressionSyntax? Initializer(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax { Initializer: { } initializer } => initializer.Value,
        PropertyDeclarationSyntax { Initializer: { } initializer } => initializer.Value,
        PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
        _ => null,
    };

    private sealed class SymbolWrites
    {
        public List<IOperation> Assigned { get; } = new();

        public List<IOperation> Added { get; } = new();

        public List<(string Name, IOperation Value)> Members { get; } = new();
    }

    /// <summary>What the code of <paramref name="scope"/> writes to <paramref name="symbol"/>: assignments, added items, keyed and member writes.</summary>
    private SymbolWrites Writes(ISymbol symbol, SyntaxNode scope, SemanticModel model)
    {
        var writes = new SymbolWrites();
        var name = symbol.Name;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            var reference = identifier.Parent is MemberAccessExpressionSyntax { Name: var accessed } thisAccess && accessed == identifier && thisAccess.Expression is ThisExpressionSyntax
                ? (SyntaxNode)thisAccess
                : identifier;
            switch (reference.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == reference && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    if (IsReferenceTo(model, identifier, symbol) && model.GetOperation(assignment.Right, _cancellationToken) is { } assigned)
                    {
                        writes.Assigned.Add(assigned);
                    }

                    break;
                case MemberAccessExpressionSyntax access when access.Expression == reference:
                    AddMemberWrite(access, identifier, symbol, model, writes);
                    break;
                case ElementAccessExpressionSyntax element when element.Expression == reference
                    && element.Parent is AssignmentExpressionSyntax { Left: var left, Right: var right } && left == element
                    && element.ArgumentList.Arguments.Count == 1
                    && model.GetConstantValue(element.ArgumentList.Arguments[0].Expression, _cancellationToken) is { HasValue: true, Value: string key }
                    && IsReferenceTo(model, identifier, symbol) && model.GetOperation(right, _cancellationToken) is { } keyed:
                    writes.Members.Add((key, keyed));
                    break;
            }

            if (writes.Added.Count + writes.Members.Count > MaxItems)
            {
                break;
            }
        }

        return writes;
    }

    /// <summary>list.Add(item), list.Insert(0, item), dictionary.Add("key", value), body.Member = value.</summary>
    private void AddMemberWrite(MemberAccessExpressionSyntax access, IdentifierNameSyntax identifier, ISymbol symbol, SemanticModel model, SymbolWrites writes)
    {
        if (access.Parent is InvocationExpressionSyntax call && call.Expression == access)
        {
            if (access.Name.Identifier.ValueText is not ("Add" or "Insert") || !IsReferenceTo(model, identifier, symbol)
                || model.GetOperation(call, _cancellationToken) is not IInvocationOperation invocation)
            {
                return;
            }

            switch (invocation.TargetMethod.Name, invocation.Arguments.Length)
            {
                case ("Add", 1):
                    writes.Added.Add(invocation.Arguments[0].Value);
                    break;
                case ("Insert", 2) when invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 }:
                    writes.Added.Insert(0, invocation.Arguments[1].Value);
                    break;
                case ("Add", 2) when invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                    writes.Members.Add((key, invocation.Arguments[1].Value));
                    break;
            }
        }
        else if (access.Parent is AssignmentExpressionSyntax { Left: var left, Right: var right } assignment && left == access
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsReferenceTo(model, identifier, symbol)
            && model.GetSymbolInfo(access, _cancellationToken).Symbol is { } member && model.GetOperation(right, _cancellationToken) is { } value)
        {
            writes.Members.Add((JsonName(member) ?? member.Name, value));
        }
    }

    private bool IsReferenceTo(SemanticModel model, IdentifierNameSyntax identifier, ISymbol symbol)
        => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, _cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition);

    /// <summary>A source method that returns the body it builds (<c>BuildRequest(question)</c>): its one returned expression.</summary>
    private BodyValue ReadReturned(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract || !_inProgress.Add(method))
        {
            return BodyValue.Unknown;
        }

        try
        {
            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            var returned = declaration switch
            {
                MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                MethodDeclarationSyntax { Body: { } block } => FunctionBodies.SingleReturn(block),
                LocalFunctionStatementSyntax { Body: { } block } => FunctionBodies.SingleReturn(block),
                _ => null,
            };
            return returned is not null && _discovery.GetSemanticModel(returned.SyntaxTree) is { } model
                ? Read(model.GetOperation(returned, _cancellationToken), depth + 1)
                : BodyValue.Unknown;
        }
        finally
        {
            _inProgress.Remove(method);
        }
    }

    /// <summary>
    /// The JSON name a serialiser gives a member: [JsonPropertyName] (System.Text.Json), [JsonProperty] (Newtonsoft.Json) or
    /// [DataMember(Name = ...)]; null when none renames it (then the member's own name, compared ignoring case).
    /// </summary>
    private static string? JsonName(ISymbol? member)
    {
        if (member is null)
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            switch (attribute.AttributeClass?.Name)
            {
                case "JsonPropertyNameAttribute" or "JsonPropertyAttribute" when attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name:
                    return name;
                case "JsonPropertyAttribute" or "DataMemberAttribute":
                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key is "PropertyName" or "Name" && named.Value.Value is string namedValue)
                        {
                            return namedValue;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Dictionaries and JSON objects: keyed members.</summary>
    private static bool IsDictionary(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.Name == "JsonObject" || type.Name == "JObject")
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IDictionary" && (NamespaceNames.Is(implemented.ContainingNamespace, "System.Collections.Generic") || NamespaceNames.Is(implemented.ContainingNamespace, "System.Collections")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists, arrays and JSON arrays: items.</summary>
    private static bool IsCollection(INamedTypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IEnumerable" && NamespaceNames.Is(implemented.ContainingNamespace, "System.Collections"))
            {
                return true;
            }
        }

        return false;
    }
}
