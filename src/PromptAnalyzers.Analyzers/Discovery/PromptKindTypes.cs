using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The types that tell what kind of prompt a site is (<see cref="PromptKind"/>): the evaluation interface and the test
/// frameworks' attributes. Resolved by metadata name with the sink catalog, so they are looked up once per set of references,
/// never per node.
/// </summary>
internal sealed class PromptKindTypes
{
    /// <summary>Implemented by evaluators (LLM-as-judge) of Microsoft.Extensions.AI.Evaluation.</summary>
    internal const string EvaluatorInterface = "Microsoft.Extensions.AI.Evaluation.IEvaluator";

    /// <summary>Attributes that make a method a test (derived attributes, such as xUnit's Theory or MSTest's DataTestMethod, included).</summary>
    internal static readonly string[] TestMethodAttributes =
    {
        "Xunit.FactAttribute",
        "NUnit.Framework.TestAttribute",
        "NUnit.Framework.TestCaseAttribute",
        "NUnit.Framework.TestCaseSourceAttribute",
        "NUnit.Framework.TheoryAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute",
        "TUnit.Core.TestAttribute",
    };

    /// <summary>Attributes that make a class a test class.</summary>
    internal static readonly string[] TestClassAttributes =
    {
        "NUnit.Framework.TestFixtureAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute",
    };

    /// <summary>Every metadata name above (a plain array: an iterator here was JIT-compiled on the first catalog of a process).</summary>
    internal static readonly string[] AllTypeNames = new[] { EvaluatorInterface }.Concat(TestMethodAttributes).Concat(TestClassAttributes).ToArray();

    private readonly ImmutableHashSet<INamedTypeSymbol> _testMethodAttributes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _testClassAttributes;

    private PromptKindTypes(ImmutableArray<INamedTypeSymbol> evaluators, ImmutableHashSet<INamedTypeSymbol> testMethodAttributes, ImmutableHashSet<INamedTypeSymbol> testClassAttributes)
    {
        Evaluators = evaluators;
        _testMethodAttributes = testMethodAttributes;
        _testClassAttributes = testClassAttributes;
    }

    public ImmutableArray<INamedTypeSymbol> Evaluators { get; }

    /// <summary>True when the compilation references a test framework (one of the test attributes resolves).</summary>
    public bool ReferencesTestFramework => !_testMethodAttributes.IsEmpty;

    public static PromptKindTypes Resolve(System.Func<string, ImmutableArray<INamedTypeSymbol>> resolve)
    {
        var methods = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in TestMethodAttributes)
        {
            methods.UnionWith(resolve(name));
        }

        var classes = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in TestClassAttributes)
        {
            classes.UnionWith(resolve(name));
        }

        return new PromptKindTypes(resolve(EvaluatorInterface), methods.ToImmutable(), classes.ToImmutable());
    }

    /// <summary>True when <paramref name="symbol"/> carries a test attribute (method-level, or class-level for a type).</summary>
    public bool HasTestAttribute(ISymbol symbol)
    {
        if (_testMethodAttributes.IsEmpty)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (_testMethodAttributes.Contains(type.OriginalDefinition) || (symbol is INamedTypeSymbol && _testClassAttributes.Contains(type.OriginalDefinition)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> implements an evaluator interface.</summary>
    public bool IsEvaluator(INamedTypeSymbol type)
    {
        if (Evaluators.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            foreach (var evaluator in Evaluators)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, evaluator))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
