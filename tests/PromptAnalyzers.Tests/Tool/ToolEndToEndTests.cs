using System.Text.Json;

using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Tool;

/// <summary>
/// The packed prompt-analyzers tool, installed from a local feed into a tool manifest, run on copies of
/// samples/SupportBot that reference the packed PromptAnalyzers package: report in every format, fix, exit codes.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ToolEndToEndTests : IClassFixture<ToolFixture>
{
    /// <summary>A prompt the PA1001 fix can rewrite (a statement to insert the retrieval before, the user's question in scope).</summary>
    private const string ReturnsDesk = """
        using OpenAI.Chat;

        namespace SupportBot;

        public sealed class ReturnsDesk
        {
            private const string SystemPrompt = "You answer questions about Northwind returns. Tents can be returned within 30 days. Call +1 800 555 0199 for help. Keep answers short.";

            public string Ask(ChatClient client, string question)
            {
                ChatCompletion completion = client.CompleteChat(new SystemChatMessage(SystemPrompt), new UserChatMessage(question));
                return completion.Content[0].Text;
            }
        }
        """;

    private readonly PackageFixture _package;
    private readonly ToolFixture _tool;

    public ToolEndToEndTests(PackageFixture package, ToolFixture tool)
    {
        _package = package;
        _tool = tool;
    }

    [Fact]
    public void Json_report_lists_the_sample_diagnostics_by_rule_with_file_and_line()
    {
        var sample = SampleCopy.Create(_package, "report-json");
        var output = Path.Combine(sample.Directory, "report.json");

        var run = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Empty(root.GetProperty("loadErrors").EnumerateArray());
        var project = Assert.Single(root.GetProperty("projects").EnumerateArray());
        Assert.Equal("SupportBot", project.GetProperty("name").GetString());

        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), File: f.GetProperty("file").GetString(), Line: f.GetProperty("line").GetInt32()))
            .ToList();
        Assert.Contains(("PA2001", "SupportDesk.cs", 19), findings);
        Assert.Contains(("PA1001", "SupportDesk.cs", 22), findings);
        Assert.Contains(findings, f => f.Rule == "PA1002" && f.File == "data/train.jsonl");

        var rules = root.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("PA1001", rules);
        Assert.Contains("PA2001", rules);
        var largest = root.GetProperty("largestPrompts").EnumerateArray().ToList();
        Assert.NotEmpty(largest);
        Assert.All(largest, p => Assert.True(p.GetProperty("tokens").GetInt32() > 0, p.ToString()));
        var facts = root.GetProperty("factsToMove").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("PA1001", facts);
        Assert.Contains("PA1002", facts);
    }

    [Fact]
    public void Sarif_report_is_SARIF_2_1_0_with_results_at_file_and_line()
    {
        var sample = SampleCopy.Create(_package, "report-sarif");
        var output = Path.Combine(sample.Directory, "report.sarif");

        var run = _tool.Run("report", sample.ProjectPath, "--format", "sarif", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var sarifRun = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var ruleIds = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = sarifRun.GetProperty("results").EnumerateArray()
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                return (Rule: r.GetProperty("ruleId").GetString(),
                    Uri: location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                    Line: location.GetProperty("region").GetProperty("startLine").GetInt32());
            })
            .ToList();
        Assert.Contains(("PA1001", "SupportDesk.cs", 22), results);
        Assert.Contains(("PA2001", "SupportDesk.cs", 19), results);
        Assert.All(results, r => Assert.Contains(r.Rule, ruleIds));
    }

    [Fact]
    public void Markdown_and_console_reports_name_the_rules_and_the_facts_to_move()
    {
        var sample = SampleCopy.Create(_package, "report-text");
        var markdown = Path.Combine(sample.Directory, "report.md");

        var markdownRun = _tool.Run("report", sample.ProjectPath, "--format", "markdown", "--out", markdown);
        var consoleRun = _tool.Run("report", sample.ProjectPath);

        Assert.True(markdownRun.ExitCode == 0, markdownRun.ToString());
        var text = File.ReadAllText(markdown);
        Assert.Contains("## Facts to move to retrieval", text, StringComparison.Ordinal);
        Assert.Contains("`SupportDesk.cs:22`", text, StringComparison.Ordinal);
        Assert.True(consoleRun.ExitCode == 0, consoleRun.ToString());
        Assert.Contains("PA1001", consoleRun.Output, StringComparison.Ordinal);
        Assert.Contains("Largest prompts", consoleRun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_one_self_contained_page_with_a_bar_per_rule_and_prompt_and_a_row_per_diagnostic()
    {
        var sample = SampleCopy.Create(_package, "report-html");
        var html = Path.Combine(sample.Directory, "report.html");
        var json = Path.Combine(sample.Directory, "report.json");

        var htmlRun = _tool.Run("report", sample.ProjectPath, "--format", "html", "--out", html);
        var jsonRun = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", json);

        Assert.True(htmlRun.ExitCode == 0, htmlRun.ToString());
        Assert.True(jsonRun.ExitCode == 0, jsonRun.ToString());
        var page = File.ReadAllText(html);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.DoesNotContain(" src=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
        Assert.Equal(report.RootElement.GetProperty("rules").GetArrayLength(), BarsOf(page, "chart-rules"));
        Assert.Equal(report.RootElement.GetProperty("largestPrompts").GetArrayLength(), BarsOf(page, "chart-prompts"));
        var table = page[page.IndexOf("<table class=\"sortable\" id=\"findings\">", StringComparison.Ordinal)..];
        Assert.Equal(report.RootElement.GetProperty("findings").GetArrayLength(), table.Split("<tr><td>").Length - 1);
    }

    /// <summary>The bars of one chart: its rect elements, up to the end of its svg.</summary>
    private static int BarsOf(string page, string chartId)
    {
        var start = page.IndexOf("<svg id=\"" + chartId + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, chartId + " not in the page");
        var svg = page[start..page.IndexOf("</svg>", start, StringComparison.Ordinal)];
        return svg.Split("<rect class=\"bar\"").Length - 1;
    }

    [Fact]
    public void Fail_on_warning_exits_with_1_and_a_missing_path_with_2()
    {
        var sample = SampleCopy.Create(_package, "exit-codes");

        var failOn = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", Path.Combine(sample.Directory, "r.json"), "--fail-on", "warning");
        var missing = _tool.Run("report", Path.Combine(sample.Directory, "Missing.sln"));

        Assert.True(failOn.ExitCode == 1, failOn.ToString());
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("Missing.sln", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_moves_the_facts_to_knowledge_files_and_the_sample_still_builds()
    {
        var sample = SampleCopy.Create(_package, "fix", new Dictionary<string, string> { ["Assistants/ReturnsDesk.cs"] = ReturnsDesk });

        var run = _tool.Run("fix", sample.ProjectPath, "--rule", "PA1001");

        Assert.True(run.ExitCode == 0, run.ToString());
        var knowledge = Path.Combine(sample.Directory, "knowledge", "ReturnsDesk.SystemPrompt.md");
        Assert.True(File.Exists(knowledge), run.ToString());
        var facts = File.ReadAllText(knowledge);
        Assert.Contains("Tents can be returned within 30 days.", facts, StringComparison.Ordinal);
        Assert.Contains("+1 800 555 0199", facts, StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(sample.Directory, "Assistants", "ReturnsDesk.cs"));
        Assert.DoesNotContain("+1 800 555 0199", source, StringComparison.Ordinal);
        Assert.Contains("KnowledgeBase.Default.GetContext(question)", source, StringComparison.Ordinal);
        Assert.Contains("added    knowledge/ReturnsDesk.SystemPrompt.md", run.Output, StringComparison.Ordinal);

        var build = sample.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void Fix_dry_run_writes_nothing()
    {
        var sample = SampleCopy.Create(_package, "fix-dry-run", new Dictionary<string, string> { ["Assistants/ReturnsDesk.cs"] = ReturnsDesk });
        var before = Snapshot(sample.Directory);

        var run = _tool.Run("fix", sample.ProjectPath, "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Dry run:", run.Output, StringComparison.Ordinal);
        Assert.Contains("knowledge/ReturnsDesk.SystemPrompt.md", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(sample.Directory));
    }

    /// <summary>Every source, data and config file of the copy (bin/ and obj/ excluded) with its text.</summary>
    private static SortedDictionary<string, string> Snapshot(string directory)
        => new(
            Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToDictionary(path => Path.GetRelativePath(directory, path), File.ReadAllText),
            StringComparer.Ordinal);
}
