using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>Code-fix verifier for code of a web project (<see cref="WebReferences"/>): every fixed output must compile.</summary>
public static class WebCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
            TestState.AdditionalReferences.AddRange(WebReferences.References);
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            TestState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
            FixedState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings);
    }
}
