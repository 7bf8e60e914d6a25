using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Collections read in full (PA1003): every record of a data file (a file read whole and deserialised:
/// <c>JsonSerializer.Deserialize&lt;List&lt;Book&gt;&gt;(File.ReadAllText("books.json"))</c>) or every row of a database
/// table (an Entity Framework <c>DbSet</c> queried without a filter: <c>db.Products.Include(p =&gt; p.Category).ToListAsync()</c>).
/// Rendered wholly into a prompt (<c>string.Join</c> over it, or a <c>foreach</c> over it that appends each record), such a
/// collection is a whole document. Projections, sorting, includes and materialisation keep it whole; anything that selects
/// records (<c>Where</c>, <c>Take</c>, <c>First</c>, <c>Find</c>, paging) makes it retrieval.
/// </summary>
internal sealed class WholeCollections
{
    private const int MaxSteps = 16;

    /// <summary>The namespaces of the query operators that keep a whole collection whole (Select, ToList, Include...).</summary>
    private static readonly string[] QueryNamespaces = { "System.Linq", "Microsoft.EntityFrameworkCore", "System.Collections.Generic" };

    private readonly PromptDiscovery _discovery;
    private readonly TextReconstructor _text;
    private readonly CancellationToken _cancellationToken;

    public WholeCollections(PromptDiscovery discovery, TextReconstructor text, CancellationToken cancellationToken)
    {
        _discovery = discovery;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The expression that reads <paramref name="collection"/> in full (the query or deserialisation, followed through locals,
    /// readonly fields and methods that return it; shown in the diagnostic), or null when it is not read in full.
    /// </summary>
    public SyntaxNode? ReadOf(IOperation? collection) => ReadOf(collection, 0);

    private SyntaxNode? ReadOf(IOperation? operation, int steps)
    {
        var top = operation;
        while (operation is not null && steps++ < MaxSteps)
        {
            _cancellationToken.ThrowIfCancellationRequested();
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
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                case ICoalesceOperation coalesce:
                    // Deserialize(...) ?? new List<T>(): the fallback is the empty case.
                    operation = coalesce.Value;
                    continue;
                case IPropertyReferenceOperation property when IsDbSet(property.Type):
                    return top!.Syntax;
                case IInvocationOperation invocation when IsDbSet(invocation.Type) && invocation.TargetMethod.Name == "Set":
                    return top!.Syntax;
                case IInvocationOperation invocation when KeepsAll(invocation.TargetMethod):
                    operation = Receiver(invocation);
                    continue;
                case IInvocationOperation invocation when IsDeserialize(invocation.TargetMethod):
                    return invocation.Arguments.Length > 0 && !_text.Reconstruct(invocation.Arguments[0].Value).Documents().IsEmpty ? top!.Syntax : null;
                case IInvocationOperation invocation:
                    return Returned(invocation) is { } returned ? ReadOf(returned, steps) : null;
                case ILocalReferenceOperation local:
                    return Initializer(local.Local) is { } initial ? ReadOf(initial, steps) : null;
                case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                    return Initializer(field.Field) is { } fieldInitial ? ReadOf(fieldInitial, steps) : null;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The receiver of a collection method: the instance, or an extension method's first argument.</summary>
    private static IOperation? Receiver(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>LINQ and Entity Framework operators that keep every record: projection, ordering, includes, materialisation.</summary>
    private static bool KeepsAll(IMethodSymbol method)
    {
        switch (method.Name)
        {
            case "Select" or "SelectMany" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Reverse" or "Cast"
                or "ToList" or "ToArray" or "ToHashSet" or "AsEnumerable" or "AsQueryable" or "ToListAsync" or "ToArrayAsync"
                or "AsNoTracking" or "AsNoTrackingWithIdentityResolution" or "AsTracking" or "Include" or "ThenInclude" or "AsSplitQuery" or "AsSingleQuery":
                return NamespaceNames.IsAny(method.ContainingType?.ContainingNamespace, QueryNamespaces);
            default:
                return false;
        }
    }

    /// <summary>System.Text.Json's JsonSerializer.Deserialize and Newtonsoft's JsonConvert.DeserializeObject into a collection.</summary>
    private static bool IsDeserialize(IMethodSymbol method)
    {
        if (method.Name is not ("Deserialize" or "DeserializeAsync" or "DeserializeObject") || !IsCollection(method.ReturnType))
        {
            return false;
        }

        return IsJsonApi(method.ContainingType);
    }

    /// <summary>System.Text.Json's <c>JsonSerializer.Serialize</c> or Newtonsoft's <c>JsonConvert.SerializeObject</c>, to a string.</summary>
    public static bool IsSerialize(IMethodSymbol method)
        => method.Name is "Serialize" or "SerializeObject" && method.ReturnType.SpecialType == SpecialType.System_String && IsJsonApi(method.ContainingType);

    /// <summary>System.Text.Json's <c>JsonSerializer</c> or Newtonsoft's <c>JsonConvert</c>.</summary>
    private static bool IsJsonApi(INamedTypeSymbol? type)
        => (type?.Name == "JsonSerializer" && NamespaceNames.Is(type.ContainingNamespace, "System.Text.Json"))
            || (type?.Name == "JsonConvert" && NamespaceNames.Is(type.ContainingNamespace, "Newtonsoft.Json"));

    private static bool IsCollection(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (type is IArrayTypeSymbol)
        {
            return true;
        }

        if (type is INamedTypeSymbol { Name: "ValueTask" or "Task", TypeArguments.Length: 1 } task)
        {
            return IsCollection(task.TypeArguments[0]);
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

    private static bool IsDbSet(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } named && NamespaceNames.Is(named.ContainingNamespace, "Microsoft.EntityFrameworkCore");

    /// <summary>A local's initializer when the local is never assigned again (a reassigned local could hold a filtered query).</summary>
    private IOperation? Initializer(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || _discovery.GetSemanticModel(declarator.SyntaxTree) is not { } model)
        {
            return null;
        }

        var scope = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax);
        foreach (var node in scope?.DescendantNodes() ?? System.Linq.Enumerable.Empty<SyntaxNode>())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } && name == local.Name)
            {
                return null;
            }
        }

        return model.GetOperation(WithoutSuppression(initializer.Value), _cancellationToken);
    }

    /// <summary><c>x!</c> has no operation of its own: the operand's.</summary>
    private static ExpressionSyntax WithoutSuppression(ExpressionSyntax expression)
    {
        while (expression is PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            expression = suppressed.Operand;
        }

        return expression;
    }

    private IOperation? Initializer(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || _discovery.GetSemanticModel(declarator.SyntaxTree) is not { } model)
        {
            return null;
        }

        return model.GetOperation(WithoutSuppression(initializer.Value), _cancellationToken);
    }

    /// <summary>A source method that returns the collection (<c>GetCourses()</c> reading a data file): its one returned expression.</summary>
    private IOperation? Returned(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract || !IsCollection(method.ReturnType))
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        ExpressionSyntax? returned = declaration switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            MethodDeclarationSyntax { Body: { } block } => FunctionBodies.SingleReturn(block),
            _ => null,
        };
        return returned is not null && _discovery.GetSemanticModel(returned.SyntaxTree) is { } model ? model.GetOperation(WithoutSuppression(returned), _cancellationToken) : null;
    }
}
