using System.Text.Json;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// Installs the packed PromptAnalyzers into a fresh console project from a local feed and builds
/// it, as a user would. Grouped by what each test proves: the package installs and the analyzers
/// load (no CS8032/CS8033/AD0001), the MSBuild files add the datasets, then one test per rule.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class EndToEndTests
{
    private readonly PackageFixture _package;

    public EndToEndTests(PackageFixture package) => _package = package;

    private EndToEndBuild Consumer => _package.EndToEnd;

    // ---- Installing and loading -------------------------------------------------------------

    [Fact]
    public void Consumer_project_restores_and_builds()
    {
        // The consumer's data/train.jsonl has a malformed line on purpose, and PA3001 is an error: the build fails for
        // that reason and no other (restore, compile and analyzer loading all succeed).
        AssertOnlyPA3001Errors();
    }

    private void AssertOnlyPA3001Errors()
    {
        var errors = Consumer.Build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.True(Consumer.Build.ExitCode == 0 || errors.Count > 0, Consumer.Build.ToString());
        Assert.All(errors, line => Assert.Contains("error PA3001", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzers_load_and_run_without_CS8032_CS8033_or_AD0001()
    {
        // CS8032: an analyzer could not be created (usually a dependency missing from analyzers/);
        // CS8033: an analyzer assembly holds no analyzer; AD0001: an analyzer threw (e.g. FileNotFoundException).
        foreach (var id in new[] { "CS8032", "CS8033", "AD0001" })
        {
            Assert.False(Consumer.Build.Output.Contains(id, StringComparison.Ordinal), $"{id} in the build output:\n{Consumer.Build}");
            Assert.DoesNotContain(Consumer.ReadSarif(), r => r.RuleId == id);
        }

        // The compiler passed our assemblies as analyzers and ran them (the SARIF log lists every analyzer that ran).
        var sarif = File.ReadAllText(Consumer.SarifPath);
        AssertOnlyPA3001Errors();
        foreach (var assembly in new[] { "PromptAnalyzers.Analyzers.dll", "Microsoft.ML.Tokenizers.dll" })
        {
            Assert.True(
                Directory.GetFiles(_package.ConsumerPackagesDirectory, assembly, SearchOption.AllDirectories).Any(p => p.Replace('\\', '/').Contains("/analyzers/dotnet/cs/", StringComparison.Ordinal)),
                assembly + " was not installed under analyzers/dotnet/cs");
        }

        using var _ = JsonDocument.Parse(sarif);
    }

    // ---- What the package's MSBuild files add ------------------------------------------------

    [Fact]
    public void Jsonl_files_become_AdditionalFiles_once_and_bin_is_skipped()
    {
        var query = Consumer.AdditionalFilesQuery;
        Assert.True(query.ExitCode == 0, query.ToString());
        using var document = JsonDocument.Parse(query.Output[query.Output.IndexOf('{', StringComparison.Ordinal)..]);
        var items = document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => (Path: item.GetProperty("FullPath").GetString()!.Replace('\\', '/'), Kind: item.TryGetProperty("PromptAnalyzersKind", out var kind) ? kind.GetString() : null))
            .ToArray();

        Assert.Single(items, i => i.Path.EndsWith("/data/train.jsonl", StringComparison.Ordinal));
        var ignored = Assert.Single(items, i => i.Path.EndsWith("/data/ignored.jsonl", StringComparison.Ordinal));
        Assert.Equal("None", ignored.Kind);
        Assert.DoesNotContain(items, i => i.Path.Contains("/bin/", StringComparison.Ordinal));
    }

    [Fact]
    public void Knowledge_files_become_AdditionalFiles_and_are_copied_to_the_output()
    {
        var query = Consumer.AdditionalFilesQuery;
        Assert.Contains("knowledge/faq.md", query.Output.Replace('\\', '/').Replace("\\\\", "/"), StringComparison.Ordinal);

        var copied = Consumer.CopiedFilesQuery;
        Assert.True(copied.ExitCode == 0, copied.ToString());
        using var document = JsonDocument.Parse(copied.Output[copied.Output.IndexOf('{', StringComparison.Ordinal)..]);
        var item = Assert.Single(
            document.RootElement.GetProperty("Items").GetProperty("_NoneWithTargetPath").EnumerateArray(),
            i => i.GetProperty("FullPath").GetString()!.Replace('\\', '/').EndsWith("/knowledge/faq.md", StringComparison.Ordinal));
        Assert.Equal("PreserveNewest", item.GetProperty("CopyToOutputDirectory").GetString());
        Assert.Equal("knowledge/faq.md", item.GetProperty("TargetPath").GetString()!.Replace('\\', '/'));
    }

    [Fact]
    public void Knowledge_library_is_a_compile_reference_of_the_consumer()
    {
        // Program.cs calls KnowledgeBase and UseKnowledge: any CS error (e.g. CS0246) fails this.
        AssertOnlyPA3001Errors();
        Assert.Contains(
            Directory.GetFiles(_package.ConsumerPackagesDirectory, "PromptAnalyzers.Knowledge.dll", SearchOption.AllDirectories),
            p => p.Replace('\\', '/').Contains("/lib/net8.0/", StringComparison.Ordinal));
    }

    [Fact]
    public void PromptAnalyzersKind_metadata_reaches_the_analyzers()
    {
        var editorConfig = Directory.GetFiles(Path.Combine(Consumer.ProjectDirectory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        var text = File.ReadAllText(Assert.Single(editorConfig));
        Assert.Contains("ignored.jsonl]", text, StringComparison.Ordinal);
        Assert.Contains("build_metadata.AdditionalFiles.PromptAnalyzersKind = None", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTestProject_reaches_the_analyzers()
    {
        // The consumer is not a test project: the property is visible, and empty (the analyzers then look for a test framework).
        var editorConfig = Directory.GetFiles(Path.Combine(Consumer.ProjectDirectory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        Assert.Contains("build_property.IsTestProject = ", File.ReadAllText(Assert.Single(editorConfig)), StringComparison.Ordinal);
    }

    // ---- The rules, seen in the SARIF log -----------------------------------------------------

    [Fact]
    public void PA2001_estimates_the_system_prompt()
    {
        AssertReported("PA2001", "Program.cs", Consumer.LineOf(EndToEndBuild.SystemPrompt));
    }

    [Fact]
    public void PA2001_estimates_the_long_prompt()
    {
        AssertReported("PA2001", "Program.cs", LongPromptLines());
    }

    [Fact]
    public void PA2002_flags_the_prompt_over_the_2000_token_budget_only()
    {
        AssertReported("PA2002", "Program.cs", LongPromptLines());
        var systemLine = Consumer.LineOf(EndToEndBuild.SystemPrompt);
        Assert.DoesNotContain(Consumer.ReadSarif(), r => r.RuleId == "PA2002" && r.Line == systemLine);
        Assert.Contains("warning PA2002", Consumer.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prompt_files_become_AdditionalFiles()
    {
        var query = Consumer.AdditionalFilesQuery;
        Assert.True(query.ExitCode == 0, query.ToString());
        Assert.Contains("support.prompty", query.Output, StringComparison.Ordinal);
        Assert.Contains("skprompt.txt", query.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PA1001_reads_a_prompt_store_file_and_not_its_folder_readme()
    {
        var results = Consumer.ReadSarif();
        Assert.Contains(results, r => r.RuleId == "PA1001" && r.Uri!.EndsWith("prompts/policies.md", StringComparison.Ordinal) && r.Message!.Contains("$49", StringComparison.Ordinal));
        Assert.Contains("warning PA1001", Consumer.Build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(results, r => r.Uri is not null && r.Uri.EndsWith("prompts/README.md", StringComparison.Ordinal));
    }

    [Fact]
    public void PA2001_estimates_the_prompty_system_section_on_its_line()
    {
        AssertReported("PA2001", "prompts/support.prompty", EndToEndBuild.PromptySystemLineNumber);
        Assert.Contains(Consumer.ReadSarif(), r => r.RuleId == "PA2001" && r.Uri!.EndsWith("support.prompty", StringComparison.Ordinal)
            && r.Message!.StartsWith("System prompt: ", StringComparison.Ordinal) && r.Message.Contains("+ 1 dynamic part; gpt-4.1-mini (retires 2027-01-14) at", StringComparison.Ordinal));
    }

    [Fact]
    public void PA2001_on_skprompt_uses_the_model_of_its_config_json()
    {
        AssertReported("PA2001", "Plugins/Writer/Poem/skprompt.txt", 1);
        Assert.Contains(Consumer.ReadSarif(), r => r.RuleId == "PA2001" && r.Uri!.EndsWith("skprompt.txt", StringComparison.Ordinal)
            && r.Message!.Contains("; gpt-4o-mini (retires 2027-01-14) at", StringComparison.Ordinal));
    }

    [Fact]
    public void PA3001_points_at_the_malformed_dataset_line()
    {
        AssertReported("PA3001", "data/train.jsonl", 2);
    }

    [Fact]
    public void PA1002_points_at_the_dataset_line_that_teaches_facts()
    {
        AssertReported("PA1002", "data/train.jsonl", 4);
    }

    [Fact]
    public void PA3004_counts_an_open_model_dataset_with_the_tokenizer_json_the_option_names()
    {
        // 10 plain-text examples of "assistant" (1 token) + the text (11 tokens) in the hand-made tokenizer.
        var estimate = Assert.Single(Consumer.ReadSarif(), r => r.RuleId == "PA3004" && r.Uri is not null && r.Uri.Replace('\\', '/').EndsWith("data/open.jsonl", StringComparison.Ordinal));
        Assert.Contains("10 valid examples, 120 training tokens per epoch (counted with tokenizer.json from models/tiny/tokenizer.json)", estimate.Message, StringComparison.Ordinal);
    }

    /// <summary>The long prompt may be reported where its literal starts or where it is sent.</summary>
    private int[] LongPromptLines() => [Consumer.LineOf("GuidelinesPrompt = \"\"\""), Consumer.LineOf("GetResponseAsync(GuidelinesPrompt)")];

    private void AssertReported(string ruleId, string fileSuffix, params int[] lines)
    {
        var results = Consumer.ReadSarif();
        Assert.True(
            results.Any(r => r.RuleId == ruleId
                && r.Uri is not null && r.Uri.Replace('\\', '/').EndsWith(fileSuffix, StringComparison.Ordinal)
                && r.Line is int line && lines.Contains(line)),
            $"expected {ruleId} in {fileSuffix} at line {string.Join(" or ", lines)}"
            + "; the SARIF log has:\n" + string.Join("\n", results.Where(r => r.RuleId.StartsWith("PA", StringComparison.Ordinal) || r.RuleId.StartsWith("AD", StringComparison.Ordinal) || r.RuleId.StartsWith("CS", StringComparison.Ordinal))));
    }
}
