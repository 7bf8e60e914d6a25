using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>An exception reported through onAnalyzerException, with the analyzer that threw.</summary>
internal sealed class AnalyzerFailure(DiagnosticAnalyzer analyzer, Diagnostic diagnostic, Exception inner)
    : Exception($"{analyzer.GetType().Name} threw ({diagnostic.GetMessage(CultureInfo.InvariantCulture)})", inner)
{
    public override string ToString() => Message + "\n" + InnerException;
}
