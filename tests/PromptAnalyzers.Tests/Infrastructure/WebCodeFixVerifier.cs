using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>Code-fix verifier for code of a web project (<see cref="WebReferences"/>), compiled as a library: every fixed output must compile.</summary>
public static class WebCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public sealed class Test : CodeFixTest<TAnalyzer, TCodeFix>
    {
        public Test()
            : base(WebReferences.References)
        {
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        }
    }
}
