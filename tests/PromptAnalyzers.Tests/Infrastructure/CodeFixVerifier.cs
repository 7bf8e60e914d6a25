using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// Code-fix verifier over Microsoft.CodeAnalysis.Testing, compiling the test code and every fixed output against the
/// real LLM SDKs and the PromptAnalyzers.Knowledge runtime library: a fixed output with any compiler error fails.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
            TestState.AdditionalReferences.AddRange(TestReferences.Sdks);
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(PromptAnalyzers.Knowledge.KnowledgeBase).Assembly.Location));
            TestState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
            FixedState.Sources.Add(("/0/GlobalUsings.cs", DiscoveryHarness.ImplicitUsings));
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings);
    }
}
