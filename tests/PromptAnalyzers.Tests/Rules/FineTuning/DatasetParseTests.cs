using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Rules.Security;
using PromptAnalyzers.Tests.Robustness;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>The fine-tuning rules and the security rules on datasets read each dataset file once per compilation.</summary>
[Trait("Rule", "PA3004")]
[Trait("Rule", "PA4003")]
public sealed class DatasetParseTests
{
    private const string Dataset =
        """{"messages": [{"role": "system", "content": "You are the support assistant."}, {"role": "user", "content": "Please update my e-mail to maria.keller@gmx.de."}, {"role": "assistant", "content": "Done, your e-mail is updated."}]}""" + "\n" +
        """{"messages": [{"role": "user", "content": "Where is my order?"}, {"role": "assistant", "content": "It left our warehouse yesterday."}]}""" + "\n";

    [Fact]
    public async Task Adding_the_fine_tuning_rules_to_the_security_rules_adds_no_pass_over_the_file()
    {
        var alone = new CountingText(Dataset);
        var securityAlone = await RunAsync(alone, new DatasetSecurityAnalyzer());
        var together = new CountingText(Dataset);
        var both = await RunAsync(together, new FineTuningDatasetAnalyzer(), new DatasetSecurityAnalyzer());

        Assert.Contains(securityAlone, d => d.Id == "PA4003");
        Assert.Contains(both, d => d.Id == "PA3004");
        Assert.Contains(both, d => d.Id == "PA4003");
        // Format detection, the parse and the line map: the fine-tuning rules reuse all three (reading for themselves adds two).
        Assert.Equal(alone.ReadsToTheEnd, together.ReadsToTheEnd);
    }

    [Fact]
    public async Task Either_analyzer_alone_reports_what_it_reported_when_it_read_the_file_itself()
    {
        var alone = await RunAsync(new CountingText(Dataset), new DatasetSecurityAnalyzer());
        var together = await RunAsync(new CountingText(Dataset), new FineTuningDatasetAnalyzer(), new DatasetSecurityAnalyzer());

        Assert.Equal(
            alone.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal),
            together.Where(d => d.Id.StartsWith("PA4", StringComparison.Ordinal)).Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_shared_size_is_streamed_by_each_rule_and_still_checked()
    {
        var big = new StringBuilder();
        while (big.Length <= DatasetParse.MaxSharedChars)
        {
            big.Append(Dataset);
        }

        var text = new CountingText(big.ToString());
        var diagnostics = await RunAsync(text, new FineTuningDatasetAnalyzer(), new DatasetSecurityAnalyzer());

        Assert.Contains(diagnostics, d => d.Id == "PA3004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("valid examples", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "PA4003");
        // Each rule parses the file itself (format detection reads only its first records): two passes, and the line map.
        Assert.Equal(3, text.ReadsToTheEnd);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(SourceText text, params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = CSharpCompilation.Create("t", new[] { CSharpSyntaxTree.ParseText("class C { }") });
        var file = new GeneratedAdditionalText("/0/data/train.jsonl", () => text);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzers),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>A text that counts the reads that reach its end (a whole pass over the file).</summary>
    private sealed class CountingText(string text) : SourceText
    {
        public int ReadsToTheEnd { get; private set; }

        public override Encoding? Encoding => System.Text.Encoding.UTF8;

        public override int Length => text.Length;

        public override char this[int position] => text[position];

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (count > 0 && sourceIndex + count == text.Length)
            {
                ReadsToTheEnd++;
            }

            text.CopyTo(sourceIndex, destination, destinationIndex, count);
        }
    }
}
