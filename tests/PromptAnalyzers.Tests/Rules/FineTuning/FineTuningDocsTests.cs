using System.Globalization;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>The fine-tuning docs cannot drift from the code: model table, rule pages, release tracking.</summary>
public class FineTuningDocsTests
{
    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PromptAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("PromptAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }

    [Fact]
    public void Configuration_doc_model_table_matches_the_code()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot, "docs", "configuration.md"));
        int section = Array.FindIndex(lines, l => l.Trim() == "## Fine-tuning models");
        Assert.True(section >= 0, "docs/configuration.md has no '## Fine-tuning models' section");
        int header = Array.FindIndex(lines, section, l => l.StartsWith("| model | aliases |", StringComparison.Ordinal));
        Assert.True(header > section, "the model table is missing");

        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        var expected = FineTuningModelCatalog.Models.Select(m => new[]
        {
            m.Id,
            string.Join(", ", m.Aliases),
            TokenCounter.NameOf(m.Encoding),
            m.MaxExampleTokens.ToString("N0", CultureInfo.InvariantCulture),
            m.TrainingPricePerMillion.ToString("0.00", CultureInfo.InvariantCulture),
        }).ToList();

        Assert.Equal(expected.Count, rows.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], rows[i]);
        }
    }

    [Fact]
    public void Configuration_doc_names_every_fine_tuning_key_with_its_default()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "configuration.md"));
        Assert.Contains($"| `{FineTuningAnalyzerOptions.ModelKey}` | `{FineTuningModelCatalog.DefaultModel}` |", doc, StringComparison.Ordinal);
        Assert.Contains($"| `{FineTuningAnalyzerOptions.EpochsKey}` | `{FineTuningAnalyzerOptions.DefaultEpochs}` |", doc, StringComparison.Ordinal);
        Assert.Contains($"| `{FineTuningAnalyzerOptions.MinFactsKey}` | `{FineTuningAnalyzerOptions.DefaultMinFacts}` |", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_of_the_analyzer_has_a_page_a_help_link_and_a_release_entry()
    {
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot, "src", "PromptAnalyzers.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in new FineTuningDatasetAnalyzer().SupportedDiagnostics)
        {
            string page = Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Equal(RuleDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {nameof(FineTuningDatasetAnalyzer)}", unshipped, StringComparison.Ordinal);
        }
    }
}
