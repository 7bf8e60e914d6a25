using System.Text;
using System.Text.Json;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Security;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Text.Security;

/// <summary>
/// Precision and recall of the security rules' text engines on labelled sets written for them (Accuracy/secrets.jsonl for
/// PA4002, Accuracy/personal-data.jsonl for PA4003), half of each negatives: placeholders, redacted and masked values,
/// descriptions of formats, look-alike numbers. The minimums are what was measured (docs/accuracy.md, "Security rules").
/// </summary>
public sealed class SecurityAccuracyTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Text", "Security", "Accuracy");

    private static readonly Dictionary<string, SecretKind[]> SecretLabels = new()
    {
        ["openai"] = new[] { SecretKind.OpenAiKey },
        ["anthropic"] = new[] { SecretKind.AnthropicKey },
        ["google"] = new[] { SecretKind.GoogleApiKey },
        ["azure"] = new[] { SecretKind.AzureKey },
        ["aws"] = new[] { SecretKind.AwsAccessKey, SecretKind.AwsAccessKeyPair },
        ["github"] = new[] { SecretKind.GitHubToken },
        ["slack"] = new[] { SecretKind.SlackToken },
        ["stripe"] = new[] { SecretKind.StripeKey },
        ["jwt"] = new[] { SecretKind.Jwt },
        ["private-key"] = new[] { SecretKind.PrivateKey },
        ["connection-password"] = new[] { SecretKind.ConnectionStringPassword },
        ["url-password"] = new[] { SecretKind.UrlPassword },
    };

    private static readonly Dictionary<string, PersonalDataKind> PersonalLabels = new()
    {
        ["email"] = PersonalDataKind.Email,
        ["phone"] = PersonalDataKind.Phone,
        ["card"] = PersonalDataKind.PaymentCard,
        ["iban"] = PersonalDataKind.Iban,
        ["id"] = PersonalDataKind.NationalId,
        ["address"] = PersonalDataKind.Address,
    };

    private readonly ITestOutputHelper _output;

    public SecurityAccuracyTests(ITestOutputHelper output) => _output = output;

    /// <summary>PA4002, one decision per text: a positive is found when a secret of its kind is reported.</summary>
    [Fact]
    public void Secret_scanner_precision_and_recall_on_the_labelled_texts()
    {
        var score = new Score();
        var report = new StringBuilder();
        foreach (string line in File.ReadLines(Path.Combine(Folder, "secrets.jsonl")).Where(l => l.Length > 0))
        {
            using var item = JsonDocument.Parse(line);
            string expect = item.RootElement.GetProperty("expect").GetString()!;
            string text = FakeSecrets.Expand(item.RootElement.GetProperty("text").GetString()!);
            var found = SecretScanner.Scan(text).Select(f => f.Kind).ToList();
            bool positive = expect != "none";
            bool hit = positive && found.Any(kind => SecretLabels[expect].Contains(kind));
            score.Add(positive, hit, falsePositives: positive ? found.Count(kind => !SecretLabels[expect].Contains(kind)) : found.Count);
            if (hit != positive || (!positive && found.Count > 0) || found.Count > (hit ? 1 : 0))
            {
                report.AppendLine($"  expected {expect}, found [{string.Join(", ", found)}]: {Shorten(item.RootElement.GetProperty("text").GetString()!)}");
            }
        }

        _output.WriteLine($"PA4002: {score}\n{report}");
        Assert.True(score.Positives >= 15 && score.Negatives >= 15, "the set needs at least 15 positives and 15 negatives");
        Assert.True(score.Precision >= 1.0 && score.Recall >= 0.95, $"PA4002 {score}\n{report}");
    }

    /// <summary>PA4003, per example and per kind: each labelled kind found in the example, each kind found and not labelled.</summary>
    [Fact]
    public void Personal_data_scanner_precision_and_recall_on_the_labelled_dataset_lines()
    {
        var perKind = new Score();
        var perExample = new Score();
        var report = new StringBuilder();
        var reader = new ExampleMessageReader();
        foreach (string line in File.ReadLines(Path.Combine(Folder, "personal-data.jsonl")).Where(l => l.Length > 0))
        {
            using var item = JsonDocument.Parse(line);
            var expected = item.RootElement.GetProperty("expect").EnumerateArray().Select(e => PersonalLabels[e.GetString()!]).Aggregate(PersonalDataKind.None, (a, b) => a | b);
            var found = reader.Read(line).Select(m => PersonalDataScanner.KindsOf(PersonalDataScanner.Scan(m.Text))).Aggregate(PersonalDataKind.None, (a, b) => a | b);
            foreach (PersonalDataKind kind in PersonalLabels.Values)
            {
                bool labelled = (expected & kind) != 0;
                bool detected = (found & kind) != 0;
                if (labelled || detected)
                {
                    perKind.Add(labelled, labelled && detected, falsePositives: !labelled && detected ? 1 : 0);
                }
            }

            perExample.Add(expected != PersonalDataKind.None, expected != PersonalDataKind.None && found != PersonalDataKind.None, falsePositives: expected == PersonalDataKind.None && found != PersonalDataKind.None ? 1 : 0);
            if (found != expected)
            {
                report.AppendLine($"  expected [{expected}], found [{found}]: {Shorten(line)}");
            }
        }

        _output.WriteLine($"PA4003 per example: {perExample}\nPA4003 per kind: {perKind.Rates()}\n{report}");
        Assert.True(perExample.Positives >= 15 && perExample.Negatives >= 15, "the set needs at least 15 positive and 15 negative lines");
        Assert.True(perExample.Precision >= 0.94 && perExample.Recall >= 0.94, $"PA4003 per example {perExample}\n{report}");
        Assert.True(perKind.Precision >= 0.90 && perKind.Recall >= 0.90, $"PA4003 per kind {perKind.Rates()}\n{report}");
    }

    private static string Shorten(string text) => (text.Length > 110 ? text[..107] + "..." : text).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Counts for precision (found and right over all found) and recall (found over labelled).</summary>
    private sealed class Score
    {
        public int Positives { get; private set; }

        public int Negatives { get; private set; }

        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

        public void Add(bool positive, bool found, int falsePositives)
        {
            Positives += positive ? 1 : 0;
            Negatives += positive ? 0 : 1;
            TruePositives += found ? 1 : 0;
            FalsePositives += falsePositives;
        }

        /// <summary>Precision and recall alone, for counts where "negative" means nothing (per kind).</summary>
        public string Rates() =>
            $"precision {Precision:0.000} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:0.000} ({TruePositives}/{Positives})";

        public override string ToString() =>
            $"{Positives} positive, {Negatives} negative; precision {Precision:0.000} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:0.000} ({TruePositives}/{Positives})";
    }
}
