using System.Text;
using System.Text.Json;
using PromptAnalyzers.Text.Facts;
using Xunit.Abstractions;
using Score = PromptAnalyzers.Tests.Text.Facts.FactCorpusEvaluationTests.Score;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// Measures the detector on prompt texts harvested from public C# code (RealPrompts/README.md): a prompt is predicted
/// "facts" when <see cref="FactReport.MeetsThreshold"/>(2), borderline items are reported apart, as in
/// <see cref="FactCorpusEvaluationTests"/>. Development files may be used for tuning and print their misclassified
/// prompts; a held-out file never is, so its errors are not printed.
/// </summary>
public sealed class RealPromptEvaluationTests
{
    private readonly ITestOutputHelper output;

    public RealPromptEvaluationTests(ITestOutputHelper output) => this.output = output;

    private sealed record Item(string Id, string Lang, string Kind, string Label, string Text);

    /// <remarks>
    /// The target is precision 0.95 and recall 0.9 on each development file, and precision 0.9 and recall 0.85 on
    /// held-out prompts (issue 12). The development files are asserted at what the engine reaches on them: dev precision
    /// 0.979 (46 of 47 flagged), recall 0.920 (46 of 50 facts prompts); dev-b precision 1.000 (27 of 27), recall 1.000
    /// (27 of 27). Tuned on, so optimistic; what remains needs more than the engine reads: facts without figures (a menu of
    /// dishes, a list of sights or amenities, a JSON list of dish names), facts worked into the example answers of an
    /// instruction, and a resume that is task data for its coach agents but reads like the resume a portfolio chatbot
    /// passes on. Held-out files are scored once, then become development data:
    /// <list type="bullet">
    /// <item><c>real-prompts.dev-b.jsonl</c>, first held-out file, scored at main d77bd8a: precision 0.880 (22 of 25
    /// flagged), recall 0.815 (22 of 27 facts prompts), 90 prompts scored.</item>
    /// <item><c>real-prompts.dev-c.jsonl</c>, second held-out file (116 prompts from 91 repositories used nowhere else;
    /// see README.dev-c.md), scored at main after the verbatim-record and conditional-prompt changes of 2026-12-06:
    /// precision 0.636 (7 of 11 flagged), recall 0.778 (7 of 9 facts prompts), 113 prompts scored, 100 of 104
    /// instruction prompts left alone. Since then it is development data, asserted at what the engine reaches on it:
    /// precision 0.700 (7 of 10), recall 0.778 (7 of 9) after Vietnamese instruction openers ("đề xuất", "gợi ý") and
    /// Italian/Spanish limits ("massimo", "máximo") joined the lexicons; precision 1.000 (7 of 7), recall 0.778 (7 of 9)
    /// once a count bounded by a limit in a rules section was read as a bound on the model's output, a list item in bold
    /// ending with a colon as a heading, plural example headings ("Esempi:", "Voorbeelden:") as examples and Vietnamese
    /// "sau khi"/"trước khi" as conditional openers. Left: single facts under the threshold (accepted cards, free
    /// shipping).</item>
    /// <item><c>real-prompts.dev-d.jsonl</c>, third held-out file (172 prompts from 69 repositories used nowhere else; see
    /// README.dev-d.md), scored once at main e985d2f: precision 0.400 (2 of 5 flagged), recall 0.333 (2 of 6 facts
    /// prompts), 171 prompts scored, 162 of 165 instruction prompts left alone. Now development data, asserted at what the
    /// engine reaches on it: precision 0.750 (3 of 4), recall 0.500 (3 of 6) after prose strings of a JSON tool result
    /// were read as sentences, Vietnamese typed without diacritics joined the unit and currency words, counts under a
    /// heading of rules were read as defining the output and Turkish instructions were recognised by their final verb.
    /// Then 0.800 (4 of 5) and 0.667 (4 of 6) once weekdays with their times counted as two facts (the days and the
    /// hours). Left: a Turkish user prompt stating the user's own day (first person), single facts under the threshold (a leave
    /// policy, a ticket count) and a list of a clinic's specialties (facts without figures).</item>
    /// <item><c>real-prompts.dev-e.jsonl</c>, fourth held-out file (157 prompts from 83 repositories used nowhere else; see
    /// README.dev-e.md), scored once at main 52b6fcf: precision 0.308 (4 of 13 flagged), recall 0.400 (4 of 10 facts
    /// prompts), 128 of 137 instruction prompts left alone. Now development data, asserted at what the engine reaches on
    /// it: precision 0.500 (5 of 10), recall 0.500 (5 of 10) after "must" clauses, bounded values ("80% or above") and
    /// counts under a requirements heading were read as requirements on the model's work, a colon line naming no kind
    /// stayed in its section, values given codes ("Monday=1") were read as a format mapping and durations written in
    /// words ("valid for one year") were recognised. Left: nutrition formulas (coefficients and percentages the model
    /// computes with), output counts in Romanian and Turkish, a Thai date read as a count, single-fact insurance prices
    /// and a company profile without figures.</item>
    /// <item><c>real-prompts.dev-f.jsonl</c>, fifth held-out file (174 prompts from 93 repositories used nowhere else; see
    /// README.dev-f.md), scored once at main 1e4d521: precision 0.562 (9 of 16 flagged), recall 0.818 (9 of 11 facts
    /// prompts), 153 of 160 instruction prompts left alone. Now development data, asserted at what the engine reaches on
    /// it: precision 0.600 (9 of 15) once a list item opening with a count range ("- 3-5 soluções") was read as how many
    /// things to write. Its other false alarms: a count after "BẮT BUỘC" ("2-3 món ăn"), a working-hours rule of a planner, the
    /// current date given to the model, the lot size in a trading rule, a JSON extraction schema read as a reference
    /// block and a SAP naming policy with a phone-like code; its misses: a course list with credit counts and a company
    /// profile without figures.</item>
    /// </list>
    /// </remarks>
    public static TheoryData<string, double, double, bool> Files() => new()
    {
        { "real-prompts.dev.jsonl", 0.975, 0.92, true },
        { "real-prompts.dev-b.jsonl", 1.00, 1.00, true },
        { "real-prompts.dev-c.jsonl", 1.00, 0.77, true },
        { "real-prompts.dev-d.jsonl", 0.80, 0.66, true },
        { "real-prompts.dev-e.jsonl", 0.50, 0.50, true },
        { "real-prompts.dev-f.jsonl", 0.60, 0.81, true },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Real_prompts_precision_and_recall_meet_the_bar(string file, double minPrecision, double minRecall, bool showErrors)
    {
        string? path = FindFile(file);
        Assert.True(path != null, $"Text/Facts/RealPrompts/{file} not found above {AppContext.BaseDirectory}");
        List<Item> items = Load(path!);

        var overall = new Score();
        var byLang = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var byKind = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        int borderline = 0, borderlineFlagged = 0;
        var errors = new StringBuilder();
        foreach (Item item in items)
        {
            FactReport report = FactDetector.Detect(item.Text);
            bool predicted = report.MeetsThreshold(2);
            if (item.Label == "borderline")
            {
                borderline++;
                borderlineFlagged += predicted ? 1 : 0;
                continue;
            }

            bool expected = item.Label == "facts";
            overall.Add(expected, predicted);
            Get(byLang, item.Lang).Add(expected, predicted);
            Get(byKind, item.Kind).Add(expected, predicted);
            if (expected != predicted && showErrors)
            {
                errors.AppendLine($"  {(expected ? "FN" : "FP")} {item.Id} ({item.Lang}/{item.Kind}): {string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text))}");
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine($"Fact detector on RealPrompts/{file} (predicted facts = MeetsThreshold(2))");
        sb.AppendLine($"overall        {overall}");
        foreach (var kv in byLang)
        {
            sb.AppendLine($"lang {kv.Key,-9} {kv.Value}");
        }

        foreach (var kv in byKind)
        {
            sb.AppendLine($"kind {kv.Key,-18} {kv.Value}");
        }

        sb.AppendLine($"borderline (excluded): {borderlineFlagged}/{borderline} flagged");
        if (showErrors)
        {
            sb.AppendLine("misclassified:");
            sb.Append(errors);
        }

        output.WriteLine(sb.ToString());
        Assert.True(overall.Precision >= minPrecision && overall.Recall >= minRecall, $"precision {overall.Precision:0.000} (min {minPrecision}), recall {overall.Recall:0.000} (min {minRecall})\n{sb}");
    }

    private static string? FindFile(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            foreach (string candidate in new[]
            {
                Path.Combine(dir.FullName, "Text", "Facts", "RealPrompts", file),
                Path.Combine(dir.FullName, "tests", "PromptAnalyzers.Tests", "Text", "Facts", "RealPrompts", file),
            })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static List<Item> Load(string path)
    {
        var items = new List<Item>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            string kind = root.TryGetProperty("kind", out JsonElement k) ? k.GetString() ?? "?" : "?";
            items.Add(new Item(root.GetProperty("id").GetString()!, root.GetProperty("lang").GetString()!, kind, root.GetProperty("label").GetString()!, root.GetProperty("text").GetString()!));
        }

        return items;
    }

    private static Score Get(SortedDictionary<string, Score> map, string key)
    {
        if (!map.TryGetValue(key, out Score? score))
        {
            map[key] = score = new Score();
        }

        return score;
    }
}
