using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// What every code-fix test shares: .NET 10 reference assemblies plus the given references, the implicit usings of an SDK
/// project on both the test and the fixed side, the latest language version and nullable on. A fixed output with any
/// compiler error fails.
/// </summary>
public abstract class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    protected CodeFixTest(IEnumerable<MetadataReference> references)
    {
        ReferenceAssemblies = TestReferences.Net10;
        TestState.AdditionalReferences.AddRange(references);
        TestState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
        FixedState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
    }

    protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    protected override CompilationOptions CreateCompilationOptions() => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable)
        .WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings);
}
