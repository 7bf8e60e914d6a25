using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Rules.Security;
using PromptAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>
/// Precision and recall of PA4001 on a labelled set of C# sites written for it (Accuracy/untrusted-input.cases.txt, 46
/// self-contained files, about half negatives), one decision per file: does the rule report? The minimums are what was
/// measured (docs/accuracy.md, "PA4001"); every case must compile.
/// </summary>
[Trait("Rule", "PA4001")]
public sealed class UntrustedInputAccuracyTests
{
    private static readonly string CasesFile = Path.Combine(AppContext.BaseDirectory, "Rules", "Security", "Accuracy", "untrusted-input.cases.txt");

    private readonly ITestOutputHelper _output;

    public UntrustedInputAccuracyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Precision_and_recall_on_the_labelled_sites()
    {
        var cases = ReadCases();
        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.True(cases.Count(c => !c.Untrusted) * 2 >= cases.Count - 2, "about half the cases are negatives");

        var references = (await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(WebReferences.References);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var report = new StringBuilder();
        foreach (var item in cases)
        {
            var diagnostics = await AnalyzeAsync(item, references);
            bool reported = diagnostics.Any(d => d.Id == "PA4001");
            truePositives += item.Untrusted && reported ? 1 : 0;
            falsePositives += !item.Untrusted && reported ? 1 : 0;
            falseNegatives += item.Untrusted && !reported ? 1 : 0;
            if (reported != item.Untrusted)
            {
                report.AppendLine($"{(reported ? "false positive" : "missed")}: {item.Id} {item.Description}{(reported ? " -> " + diagnostics.First(d => d.Id == "PA4001").GetMessage() : string.Empty)}");
            }
        }

        double precision = truePositives / (double)(truePositives + falsePositives);
        double recall = truePositives / (double)(truePositives + falseNegatives);
        _output.WriteLine($"PA4001 on {cases.Count} sites: precision {precision:0.000} ({truePositives}/{truePositives + falsePositives}), recall {recall:0.000} ({truePositives}/{truePositives + falseNegatives})");
        _output.WriteLine(report.ToString());
        Assert.True(precision >= MinPrecision && recall >= MinRecall, $"precision {precision:0.000}, recall {recall:0.000}\n{report}");
    }

    /// <summary>What was measured (docs/accuracy.md): a drop below fails.</summary>
    private const double MinPrecision = 0.95;

    private const double MinRecall = 0.95;

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Case item, ImmutableArray<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            item.Id,
            new[] { CSharpSyntaxTree.ParseText(item.Source, parse, path: item.Id + ".cs"), CSharpSyntaxTree.ParseText(DiscoveryHarness.ImplicitUsings, parse, path: "GlobalUsings.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable).WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{item.Id} does not compile: {string.Join("; ", errors.Take(3))}");
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UntrustedInputAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }

    private sealed record Case(string Id, bool Untrusted, string Description, string Source);

    private static List<Case> ReadCases()
    {
        var cases = new List<Case>();
        string? header = null;
        var source = new StringBuilder();
        foreach (var line in File.ReadLines(CasesFile).Append("#### end"))
        {
            if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                if (header is not null)
                {
                    var parts = header.Split(' ', 3);
                    cases.Add(new Case(parts[0], parts[1] == "untrusted", parts[2], source.ToString()));
                }

                header = line.Substring(5);
                source.Clear();
            }
            else if (header is not null)
            {
                source.AppendLine(line);
            }
        }

        return cases;
    }
}
