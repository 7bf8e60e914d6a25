using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Rules.Cost;

namespace PromptAnalyzers.Tool.Analysis;

/// <summary>
/// The analyzers and code fixes of the PromptAnalyzers package, instantiated from the referenced assemblies (the same
/// implementation the build runs, never a copy).
/// </summary>
internal static class PackageAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
        => Instantiate<DiagnosticAnalyzer>(typeof(PromptCostAnalyzer).Assembly, typeof(DiagnosticAnalyzerAttribute));

    public static ImmutableArray<CodeFixProvider> CreateCodeFixes()
        => Instantiate<CodeFixProvider>(typeof(HardcodedFactsCodeFixProvider).Assembly, typeof(ExportCodeFixProviderAttribute));

    private static ImmutableArray<T> Instantiate<T>(Assembly assembly, Type exportAttribute)
        where T : class
        => assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttributes(exportAttribute, inherit: false).Length > 0)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
