using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using Xunit;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Text.FineTuning;

/// <summary>
/// The labelled set in FormatCorpus (the same hand-written examples in every format, see make_corpus.py): each line is
/// accepted or rejected as labelled, and PA1002 finds the fact lines with precision and recall of at least 0.9 per
/// format (the figures are in docs/accuracy.md).
/// </summary>
[Trait("Rule", "PA1002")]
[Trait("Rule", "PA3001")]
public class FineTuningFormatCorpusTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Text", "FineTuning", "FormatCorpus");

    private readonly ITestOutputHelper output;

    public FineTuningFormatCorpusTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Expected().Select(e => e.File).Distinct())
        {
            data.Add(file);
        }

        return data;
    }

    private static List<(string File, int Line, string Expect)> Expected() =>
        File.ReadLines(Path.Combine(Directory, "EXPECTED.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]))
            .ToList();

    [Theory]
    [MemberData(nameof(Files))]
    public void Lines_are_accepted_or_rejected_as_labelled_and_fact_lines_found_with_precision_and_recall_of_at_least_0_9(string file)
    {
        string path = Path.Combine(Directory, file);
        Assert.NotNull(FineTuningFormatDetector.Detect(new StreamReader(path)));
        var reports = new FineTuningDatasetValidator(new FineTuningValidationOptions { MinFacts = FineTuningAnalyzerOptions.DefaultMinFacts })
            .Validate(new StreamReader(path)).ToDictionary(r => r.LineNumber);

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var wrong = new List<string>();
        foreach (var (_, line, expect) in Expected().Where(e => e.File == file))
        {
            var report = reports[line];
            if (expect.StartsWith("error:", StringComparison.Ordinal))
            {
                Assert.True(report.Error is not null, $"{file}:{line} should be rejected as {expect}");
                Assert.Equal(expect["error:".Length..], report.Error!.Kind.ToCode());
                continue;
            }

            Assert.True(report.Error is null, $"{file}:{line} should be valid but was: {report.Error?.Message}");
            bool flagged = report.TaughtFacts is not null;
            bool fact = expect == "fact";
            truePositives += flagged && fact ? 1 : 0;
            falsePositives += flagged && !fact ? 1 : 0;
            falseNegatives += !flagged && fact ? 1 : 0;
            if (flagged != fact)
            {
                wrong.Add($"{line} ({expect})");
            }
        }

        double precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 1 : (double)truePositives / (truePositives + falseNegatives);
        output.WriteLine($"{file}: PA1002 fact lines precision {precision:F3} ({truePositives}/{truePositives + falsePositives}), recall {recall:F3} ({truePositives}/{truePositives + falseNegatives}); wrong: {string.Join(", ", wrong)}");
        Assert.True(precision >= 0.9 && recall >= 0.9, $"{file}: precision {precision:F3}, recall {recall:F3}; wrong lines: {string.Join(", ", wrong)}");
    }
}
