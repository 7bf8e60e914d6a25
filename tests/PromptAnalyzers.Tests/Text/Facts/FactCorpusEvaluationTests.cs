using System.Text;
using System.Text.Json;
using PromptAnalyzers.Text.Facts;
using Xunit;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// Measures the detector on the whole labelled corpus (shared/corpus/prompts.jsonl): a prompt is predicted
/// "facts" when <see cref="FactReport.MeetsThreshold"/>(2). Borderline items are reported apart.
/// </summary>
public sealed class FactCorpusEvaluationTests
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.90;
    private readonly ITestOutputHelper output;

    public FactCorpusEvaluationTests(ITestOutputHelper output) => this.output = output;

    internal sealed record Item(string Id, string Lang, string Role, string Label, string Text, string[] Facts);

    internal static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", "prompts.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static List<Item> LoadCorpus(string path)
    {
        var items = new List<Item>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string[] facts = root.TryGetProperty("facts", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : Array.Empty<string>();
            items.Add(new Item(root.GetProperty("id").GetString()!, root.GetProperty("lang").GetString()!, root.GetProperty("role").GetString()!, root.GetProperty("label").GetString()!, root.GetProperty("text").GetString()!, facts));
        }

        return items;
    }

    internal sealed class Score
    {
        public int Tp;
        public int Fp;
        public int Fn;
        public int Tn;

        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public void Add(bool expected, bool predicted)
        {
            if (expected && predicted)
            {
                Tp++;
            }
            else if (!expected && predicted)
            {
                Fp++;
            }
            else if (expected)
            {
                Fn++;
            }
            else
            {
                Tn++;
            }
        }

        public override string ToString() => $"n={Tp + Fp + Fn + Tn,4}  P={Precision:0.000}  R={Recall:0.000}  F1={F1:0.000}  (tp {Tp}, fp {Fp}, fn {Fn}, tn {Tn})";
    }

    [Fact]
    public void Corpus_precision_and_recall_meet_the_bar()
    {
        string? path = FindCorpus();
        Assert.True(path != null, "shared/corpus/prompts.jsonl not found above " + AppContext.BaseDirectory);
        var items = LoadCorpus(path!);

        var overall = new Score();
        var byLang = new SortedDictionary<string, Score>();
        var byRole = new SortedDictionary<string, Score>();
        int borderline = 0, borderlineFlagged = 0;
        int labelledSpans = 0, matchedSpans = 0, predictedSpans = 0, predictedMatching = 0;
        var errors = new StringBuilder();

        foreach (var item in items)
        {
            FactReport report = FactDetector.Detect(item.Text);
            bool predicted = report.MeetsThreshold(2);
            if (item.Label == "borderline")
            {
                borderline++;
                if (predicted)
                {
                    borderlineFlagged++;
                }

                continue;
            }

            bool expected = item.Label == "facts";
            overall.Add(expected, predicted);
            Get(byLang, item.Lang).Add(expected, predicted);
            Get(byRole, item.Role).Add(expected, predicted);
            if (expected != predicted)
            {
                errors.AppendLine($"  {(expected ? "FN" : "FP")} {item.Id} ({item.Lang}/{item.Role}): {report.Facts.Count} facts{(report.HasReferenceBlock ? " + block" : "")}: {string.Join(" | ", report.Facts.Select(x => x.Kind + ":" + x.Text))}");
            }

            if (expected)
            {
                // span agreement: a labelled fact is found when a detected span overlaps it
                foreach (string fact in item.Facts)
                {
                    int at = item.Text.IndexOf(fact, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    labelledSpans++;
                    if (report.Facts.Any(f => f.Start < at + fact.Length && at < f.Start + f.Length))
                    {
                        matchedSpans++;
                    }
                }

                foreach (var f in report.Facts)
                {
                    predictedSpans++;
                    if (item.Facts.Any(fact => { int at = item.Text.IndexOf(fact, StringComparison.Ordinal); return at >= 0 && f.Start < at + fact.Length && at < f.Start + f.Length; }))
                    {
                        predictedMatching++;
                    }
                }
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine("Fact detector on shared/corpus/prompts.jsonl (predicted facts = MeetsThreshold(2))");
        sb.AppendLine($"overall        {overall}");
        foreach (var kv in byLang)
        {
            sb.AppendLine($"lang {kv.Key,-9} {kv.Value}");
        }

        foreach (var kv in byRole)
        {
            sb.AppendLine($"role {kv.Key,-9} {kv.Value}");
        }

        sb.AppendLine($"borderline (excluded): {borderlineFlagged}/{borderline} flagged");
        sb.AppendLine($"span recall (labelled fact substrings overlapped by a detected span): {matchedSpans}/{labelledSpans} = {(double)matchedSpans / Math.Max(1, labelledSpans):0.000}");
        sb.AppendLine($"span precision (detected spans in facts prompts that overlap a labelled fact): {predictedMatching}/{predictedSpans} = {(double)predictedMatching / Math.Max(1, predictedSpans):0.000}");
        sb.AppendLine("misclassified:");
        sb.Append(errors);
        output.WriteLine(sb.ToString());

        Assert.True(overall.Precision >= MinPrecision && overall.Recall >= MinRecall, $"precision {overall.Precision:0.000} (min {MinPrecision}), recall {overall.Recall:0.000} (min {MinRecall})\n{sb}");
    }

    private static Score Get(SortedDictionary<string, Score> map, string key)
    {
        if (!map.TryGetValue(key, out var s))
        {
            map[key] = s = new Score();
        }

        return s;
    }
}
