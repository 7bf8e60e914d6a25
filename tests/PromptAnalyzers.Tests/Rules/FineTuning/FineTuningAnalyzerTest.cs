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

    /// <summary>
    /// A build over <paramref name="jsonl"/>. PA3005 (prompt first) is off unless <paramref name="withPromptFirst"/>: it is
    /// Info on nearly every small test dataset, and its own tests turn it on.
    /// </summary>
    public static CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier> Create(string jsonl, string? globalConfig = null, string path = TrainPath, bool withPromptFirst = false)
    {
        var test = new CSharpAnalyzerTest<FineTuningDatasetAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        if (!withPromptFirst)
        {
            test.DisabledDiagnostics.Add("PA3005");
        }

        test.TestState.AdditionalFiles.Add((path, jsonl));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);
}
