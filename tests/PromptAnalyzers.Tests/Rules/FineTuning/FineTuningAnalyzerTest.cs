using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Rules.FineTuning;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>Runs <see cref="FineTuningDatasetAnalyzer"/> over additional files, the way a build does.</summary>
internal static class FineTuningAnalyzerTest
{
    public const string TrainPath = "/0/data/train.jsonl";

    public static CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier> Create(string jsonl, string? globalConfig = null, string path = TrainPath)
    {
        var test = new CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((path, jsonl));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);
}
