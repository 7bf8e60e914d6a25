using System.IO;
using PromptAnalyzers.Text.FineTuning;
using Xunit;

namespace PromptAnalyzers.Tests.Text.FineTuning;

internal static class FineTuningTestData
{
    public const string Valid = """{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello?"}, {"role": "assistant", "content": "Hi! How can I help?"}]}""";

    public static List<FineTuningLineReport> Validate(string text, FineTuningValidationOptions? options = null) =>
        Validate(text, options, out _);

    public static List<FineTuningLineReport> Validate(string text, FineTuningValidationOptions? options, out FineTuningDatasetSummary summary)
    {
        var validator = new FineTuningDatasetValidator(options);
        var reports = validator.Validate(new StringReader(text)).ToList();
        summary = validator.Summary;
        return reports;
    }

    public static FineTuningError SingleError(string line)
    {
        var reports = Validate(line);
        var report = Assert.Single(reports);
        Assert.NotNull(report.Error);
        return report.Error!;
    }

    /// <summary>The repository's shared/corpus folder, found by walking up from the test binaries.</summary>
    public static string CorpusDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("shared/corpus not found above " + AppContext.BaseDirectory);
        }
    }
}
