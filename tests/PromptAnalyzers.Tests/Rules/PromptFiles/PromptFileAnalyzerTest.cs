using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Rules.PromptFiles;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tests.Rules.PromptFiles;

/// <summary>Runs <see cref="PromptFileAnalyzer"/> over additional files, the way a build does, and builds the expected diagnostics.</summary>
internal static class PromptFileAnalyzerTest
{
    public static CSharpAnalyzerTest<PromptFileAnalyzer, DefaultVerifier> Create(params (string Path, string Content)[] files) => Create(null, null, files);

    public static CSharpAnalyzerTest<PromptFileAnalyzer, DefaultVerifier> Create(string? globalConfig, string? editorConfig, params (string Path, string Content)[] files)
    {
        var test = new CSharpAnalyzerTest<PromptFileAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n" + editorConfig));
        }

        return test;
    }

    /// <summary>The PA2001 a prompt file's section gets: <paramref name="staticText"/> is its text with the template holes removed.</summary>
    public static DiagnosticResult Estimate(string path, string content, string first, string last, PromptRole role, string staticText, int holes, string? modelId = null)
    {
        var (tokens, encoding, cost) = Cost(staticText, modelId);
        return new DiagnosticResult(PromptCostAnalyzer.TokenEstimateRule)
            .WithSpan(path, Start(content, first).Line, Start(content, first).Column, End(content, last).Line, End(content, last).Column)
            .WithArguments(role.Describe(), tokens.ToString("N0", CultureInfo.InvariantCulture), encoding, Dynamic(holes), cost);
    }

    public static DiagnosticResult OverBudget(string path, string content, string first, string last, PromptRole role, string staticText, int budget, string? modelId = null)
    {
        var (tokens, encoding, _) = Cost(staticText, modelId);
        return new DiagnosticResult(PromptCostAnalyzer.TokenBudgetRule)
            .WithSpan(path, Start(content, first).Line, Start(content, first).Column, End(content, last).Line, End(content, last).Column)
            .WithArguments(role.Describe(), tokens.ToString("N0", CultureInfo.InvariantCulture), encoding, budget.ToString("N0", CultureInfo.InvariantCulture));
    }

    /// <summary>A PA1001 on the section from <paramref name="first"/> to <paramref name="last"/>, with each fact located on its own line.</summary>
    public static DiagnosticResult Facts(string path, string content, string first, string last, PromptRole role, string facts, params string[] factTexts)
    {
        var result = new DiagnosticResult(HardcodedFactsAnalyzer.Rule)
            .WithSpan(path, Start(content, first).Line, Start(content, first).Column, End(content, last).Line, End(content, last).Column)
            .WithArguments(role.Describe(), facts);
        foreach (var fact in factTexts)
        {
            var start = Start(content, fact);
            var end = End(content, fact);
            result = result.WithSpan(path, start.Line, start.Column, end.Line, end.Column);
        }

        return result;
    }

    public static (int Line, int Column) Start(string content, string text) => Position(content, Index(content, text));

    public static (int Line, int Column) End(string content, string text) => Position(content, Index(content, text) + text.Length);

    private static int Index(string content, string text)
    {
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, text + " not in the file");
        return index;
    }

    private static (int Line, int Column) Position(string content, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (content[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static (int Tokens, string Encoding, string Cost) Cost(string staticText, string? modelId)
    {
        var options = PromptAnalyzersOptionsForTests.Default;
        var assumption = ModelAssumption.For(modelId, options);
        var tokens = TokenCounter.Count(staticText, assumption.Model.Encoding);
        var encoding = assumption.Model.DescribeCounting();
        return (tokens, encoding, assumption.DescribeCost(tokens));
    }

    private static string Dynamic(int holes) => holes switch
    {
        0 => string.Empty,
        1 => " + 1 dynamic part",
        _ => " + " + holes.ToString("N0", CultureInfo.InvariantCulture) + " dynamic parts",
    };
}
