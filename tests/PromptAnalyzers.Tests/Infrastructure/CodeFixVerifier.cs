using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
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

    public sealed class Test : CodeFixTest<TAnalyzer, TCodeFix>
    {
        public Test()
            : base(TestReferences.Sdks.Add(MetadataReference.CreateFromFile(typeof(PromptAnalyzers.Knowledge.KnowledgeBase).Assembly.Location)))
        {
        }
    }
}
