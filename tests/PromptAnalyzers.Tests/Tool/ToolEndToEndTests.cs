using System.Text.Json;

using PromptAnalyzers.Tests.Package;
using PromptAnalyzers.Tests.Tool.Browser;

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

        var run = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", output, "--calls-per-day", "1000");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1000, root.GetProperty("callsPerDay").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("modelOverride").ValueKind);
        Assert.Empty(root.GetProperty("loadErrors").EnumerateArray());
        Assert.Empty(root.GetProperty("loadWarnings").EnumerateArray());
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
        // gpt-4o (the sample's prompt_analyzers.default_model) at $2.50 per 1M input tokens.
        var escalate = root.GetProperty("prompts").EnumerateArray().Single(p => p.GetProperty("file").GetString() == "SupportDesk.cs" && p.GetProperty("line").GetInt32() == 19);
        Assert.Equal("gpt-4o", escalate.GetProperty("model").GetString());
        Assert.Equal("default_model", escalate.GetProperty("modelSource").GetString());
        Assert.Equal("Microsoft.Extensions.AI.ChatMessage", escalate.GetProperty("sink").GetString()); // Ask passes it on to a ChatMessage
        Assert.Equal(escalate.GetProperty("tokens").GetInt32() * 2.50m / 1_000_000m, escalate.GetProperty("costPerCall").GetDecimal());
        var prompts = root.GetProperty("prompts").EnumerateArray().ToList();
        Assert.All(prompts, p => Assert.Equal(p.GetProperty("costPerCall").GetDecimal() * 1000 * 30, p.GetProperty("costPerMonth").GetDecimal()));
        var byModel = Assert.Single(root.GetProperty("totalsByModel").EnumerateArray()); // every prompt of the sample is priced as its default, gpt-4o
        Assert.Equal("gpt-4o", byModel.GetProperty("model").GetString());
        Assert.Equal(prompts.Count, byModel.GetProperty("prompts").GetInt32());
        Assert.Equal(prompts.Sum(p => p.GetProperty("tokens").GetInt32()), byModel.GetProperty("tokens").GetInt32());
        Assert.Equal(prompts.Sum(p => p.GetProperty("costPerMonth").GetDecimal()), byModel.GetProperty("costPerMonth").GetDecimal());
        var projectCost = Assert.Single(root.GetProperty("costByProject").EnumerateArray());
        Assert.Equal(prompts.Sum(p => p.GetProperty("costPerMonth").GetDecimal()), projectCost.GetProperty("costPerMonth").GetDecimal());
        // The kinds count every fact the diagnostics carry (their Facts property, one entry per fact), among them
        // SupportDesk.cs's "a 5-year warranty; sleeping bags have 2 years. Claims go to warranty@northwind-outdoor.example".
        var kinds = root.GetProperty("factsByKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("count").GetInt32());
        var carriedFacts = root.GetProperty("factsToMove").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Where(p => p.TryGetProperty("Text", out _) && p.TryGetProperty("Facts", out var facts) && facts.GetString()!.Length > 0)
            .Sum(p => p.GetProperty("Facts").GetString()!.Split(';').Length);
        Assert.Equal(carriedFacts, kinds.Values.Sum());
        Assert.True(kinds.GetValueOrDefault("Duration") >= 2 && kinds.GetValueOrDefault("Email") >= 1, string.Join(", ", kinds));
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

        var markdownRun = _tool.Run("report", sample.ProjectPath, "--format", "markdown", "--out", markdown, "--model", "gpt-4o-mini");
        var consoleRun = _tool.Run("report", sample.ProjectPath);

        Assert.True(markdownRun.ExitCode == 0, markdownRun.ToString());
        var text = File.ReadAllText(markdown);
        Assert.Contains("## Facts to move to retrieval", text, StringComparison.Ordinal);
        Assert.Contains("`SupportDesk.cs:22`", text, StringComparison.Ordinal);
        Assert.True(consoleRun.ExitCode == 0, consoleRun.ToString());
        Assert.Contains("PA1001", consoleRun.Output, StringComparison.Ordinal);
        Assert.Contains("Largest prompts", consoleRun.Output, StringComparison.Ordinal);
        Assert.Contains("Cost per project", consoleRun.Output, StringComparison.Ordinal);
        // --model: every prompt priced as gpt-4o-mini, at $0.15 per 1M input tokens.
        Assert.Contains("| Tokens | Dynamic parts | Model | Cost per call | Where | Estimate |", text, StringComparison.Ordinal);
        Assert.Contains("priced as gpt-4o-mini", text, StringComparison.Ordinal);
        var largest = System.Text.RegularExpressions.Regex.Matches(text, @"^\| (?<tokens>[0-9,]+) \| [0-9]+ \| (?<model>[^|]+) \| (?<cost>[^|]+) \| `", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.NotEmpty(largest);
        Assert.All(largest, row =>
        {
            Assert.Equal("gpt-4o-mini (--model)", row.Groups["model"].Value); // the model priced, and where it came from
            var tokens = int.Parse(row.Groups["tokens"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(PromptAnalyzers.Text.Tokens.CostFormatter.FormatUsd(tokens * 0.15m / 1_000_000m), row.Groups["cost"].Value);
        });
    }

    [BrowserFact]
    [Trait("Needs", "Browser")]
    public void Html_report_in_headless_Chromium_loads_without_errors_sorts_its_tables_and_draws_a_bar_per_item_of_the_json_report()
    {
        var sample = SampleCopy.Create(_package, "report-html");
        var html = Path.Combine(sample.Directory, "report.html");
        var json = Path.Combine(sample.Directory, "report.json");

        var htmlRun = _tool.Run("report", sample.ProjectPath, "--format", "html", "--out", html);
        var jsonRun = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", json);

        Assert.True(htmlRun.ExitCode == 0, htmlRun.ToString());
        Assert.True(jsonRun.ExitCode == 0, jsonRun.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        using var browser = HtmlReportCheck.Open(html);
        var page = browser.RootElement;
        Assert.Equal("Prompt analyzers report", page.GetProperty("title").GetString());
        Assert.Empty(page.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(page.GetProperty("pageErrors").EnumerateArray());
        Assert.Empty(page.GetProperty("externalRequests").EnumerateArray());

        var root = report.RootElement;
        var pricedPrompts = root.GetProperty("prompts").EnumerateArray().Count(p => p.GetProperty("costPerCall").ValueKind == JsonValueKind.Number);
        Assert.True(pricedPrompts > 0, "the sample's prompts have a price");
        Assert.NotEmpty(root.GetProperty("factsByKind").EnumerateArray());
        var bars = page.GetProperty("charts");
        Assert.Equal(root.GetProperty("rules").GetArrayLength(), bars.GetProperty("chart-rules").GetInt32());
        Assert.Equal(root.GetProperty("projects").GetArrayLength(), bars.GetProperty("chart-projects").GetInt32());
        Assert.Equal(root.GetProperty("largestPrompts").GetArrayLength(), bars.GetProperty("chart-prompts").GetInt32());
        Assert.Equal(Math.Min(20, pricedPrompts), bars.GetProperty("chart-cost-prompts").GetInt32());
        Assert.Equal(root.GetProperty("costByProject").GetArrayLength(), bars.GetProperty("chart-cost-projects").GetInt32());
        Assert.Equal(root.GetProperty("tokensByRole").GetArrayLength(), bars.GetProperty("chart-tokens-roles").GetInt32());
        Assert.Equal(root.GetProperty("factsByKind").GetArrayLength(), bars.GetProperty("chart-facts-kinds").GetInt32());

        // The diagnostics table lists the findings of the JSON report in its order; a click on Line sorts by line
        // number, a second click reverses; a click on Rule sorts by rule id.
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var lines = page.GetProperty("tables").GetProperty("findings").GetProperty("Line");
        var jsonLines = findings.Select(f => f.GetProperty("line").GetInt32()).ToList();
        Assert.Equal(jsonLines, Numbers(lines.GetProperty("before")));
        Assert.NotEqual(jsonLines.Order().ToList(), jsonLines);
        Assert.Equal(jsonLines.Order().ToList(), Numbers(lines.GetProperty("firstClick")));
        Assert.Equal(jsonLines.OrderDescending().ToList(), Numbers(lines.GetProperty("secondClick")));
        var rules = page.GetProperty("tables").GetProperty("findings").GetProperty("Rule");
        var jsonRules = findings.Select(f => f.GetProperty("ruleId").GetString()!).ToList();
        Assert.Equal(jsonRules.Order(StringComparer.Ordinal).ToList(), Texts(rules.GetProperty("firstClick")));
        Assert.Equal(jsonRules.Order(StringComparer.Ordinal).Reverse().ToList(), Texts(rules.GetProperty("secondClick")));

        // The prompts table sorts by tokens the same way.
        var tokens = page.GetProperty("tables").GetProperty("prompts").GetProperty("Tokens");
        var jsonTokens = root.GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("tokens").GetInt32()).ToList();
        Assert.Equal(jsonTokens.Order().ToList(), Numbers(tokens.GetProperty("firstClick")));
        Assert.Equal(jsonTokens.OrderDescending().ToList(), Numbers(tokens.GetProperty("secondClick")));
    }

    private static List<string> Texts(JsonElement values) => values.EnumerateArray().Select(v => v.GetString()!).ToList();

    private static List<int> Numbers(JsonElement values)
        => Texts(values).Select(v => int.Parse(v, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Fail_on_warning_exits_with_1_a_missing_path_with_2_and_a_bad_option_with_255()
    {
        var sample = SampleCopy.Create(_package, "exit-codes");

        var failOn = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", Path.Combine(sample.Directory, "r.json"), "--fail-on", "warning");
        var missing = _tool.Run("report", Path.Combine(sample.Directory, "Missing.sln"));
        var badVolume = _tool.Run("report", sample.ProjectPath, "--calls-per-day", "0");

        Assert.True(failOn.ExitCode == 1, failOn.ToString());
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("Missing.sln", missing.Output, StringComparison.Ordinal);
        Assert.True(badVolume.ExitCode == 255, badVolume.ToString());
        Assert.Contains("--calls-per-day takes a positive number", badVolume.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_marks_a_project_whose_MSBuild_evaluation_failed_as_not_loaded_with_its_error_beside_it()
    {
        // A solution of the sample and a project whose SDK cannot be resolved: MSBuildWorkspace reports the failure and
        // still puts an empty placeholder for that project into the solution.
        var sample = SampleCopy.Create(_package, "report-unloadable");
        var root = Path.GetDirectoryName(sample.Directory)!;
        Directory.CreateDirectory(Path.Combine(root, "Legacy"));
        File.WriteAllText(Path.Combine(root, "Legacy", "Legacy.csproj"), """
            <Project Sdk="Contoso.Build.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Legacy", "Greeter.cs"), "namespace Legacy;\n\npublic static class Greeter\n{\n    public const string Prompt = \"You greet visitors.\";\n}\n");
        var solution = Path.Combine(root, "Support.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Project Path="SupportBot/SupportBot.csproj" />
              <Project Path="Legacy/Legacy.csproj" />
            </Solution>
            """);
        var json = Path.Combine(root, "report.json");
        var markdown = Path.Combine(root, "report.md");
        var html = Path.Combine(root, "report.html");

        var jsonRun = _tool.Run("report", solution, "--format", "json", "--out", json);
        var markdownRun = _tool.Run("report", solution, "--format", "markdown", "--out", markdown);
        var htmlRun = _tool.Run("report", solution, "--format", "html", "--out", html);
        var consoleRun = _tool.Run("report", solution);

        Assert.All(new[] { jsonRun, markdownRun, htmlRun, consoleRun }, run => Assert.True(run.ExitCode == 2, run.ToString()));
        Assert.Contains("1 of 2 projects loaded", jsonRun.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var loadError = Assert.Single(report.RootElement.GetProperty("loadErrors").EnumerateArray()).GetString()!;
        Assert.Contains("Contoso.Build.Sdk", loadError, StringComparison.Ordinal);
        var projects = report.RootElement.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["Legacy", "SupportBot"], projects.Keys.Order(StringComparer.Ordinal));
        var legacy = projects["Legacy"];
        Assert.False(legacy.GetProperty("loaded").GetBoolean());
        Assert.Equal(loadError, legacy.GetProperty("loadError").GetString());
        Assert.Equal(0, legacy.GetProperty("findings").GetInt32());
        var supportBot = projects["SupportBot"];
        Assert.True(supportBot.GetProperty("loaded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, supportBot.GetProperty("loadError").ValueKind);
        Assert.True(supportBot.GetProperty("findings").GetInt32() > 0);

        var text = File.ReadAllText(markdown);
        Assert.Contains("diagnostics in 2 projects (1 did not load).", text, StringComparison.Ordinal);
        Assert.Contains("| Project | Loaded | Diagnostics | By rule | Load error |", text, StringComparison.Ordinal);
        var legacyRow = Assert.Single(text.Split('\n'), line => line.StartsWith("| Legacy |", StringComparison.Ordinal));
        Assert.StartsWith("| Legacy | no | 0 |", legacyRow, StringComparison.Ordinal);
        Assert.Contains("Contoso.Build.Sdk", legacyRow, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), line => line.StartsWith("| SupportBot | yes |", StringComparison.Ordinal));

        var page = File.ReadAllText(html);
        Assert.Contains("2 projects (1 did not load).", page, StringComparison.Ordinal);
        Assert.Contains("<b>Legacy</b> did not load: ", page, StringComparison.Ordinal);
        Assert.Contains("Load error", consoleRun.Output, StringComparison.Ordinal);
        Assert.Matches(@"Legacy\s*\W\s*no\s*\W\s*0\s*\W", consoleRun.Output);
    }

    [Fact]
    public void Report_counts_a_project_restored_with_a_warning_as_loaded_and_lists_the_warning()
    {
        // The sample asks for an earlier version of the package than the feed holds: restore takes the feed's version and
        // warns NU1603, which MSBuildWorkspace reports as a failure naming the project file, as it does every MSBuild warning.
        var sample = SampleCopy.Create(_package, "report-restore-warning");
        var project = File.ReadAllText(sample.ProjectPath);
        File.WriteAllText(sample.ProjectPath, project.Replace($"Version=\"{_package.Version}\"", "Version=\"0.0.0-test.1\"", StringComparison.Ordinal));
        var restore = DotNetCli.Run(sample.Directory, sample.Packages, TimeSpan.FromMinutes(8), "restore", "-nodeReuse:false");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("warning NU1603", restore.Output, StringComparison.Ordinal);
        var output = Path.Combine(sample.Directory, "report.json");

        var run = _tool.Run("report", sample.ProjectPath, "--format", "json", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("load warning:", run.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Empty(report.RootElement.GetProperty("loadErrors").EnumerateArray());
        var warning = Assert.Single(report.RootElement.GetProperty("loadWarnings").EnumerateArray()).GetString()!;
        Assert.Contains("PromptAnalyzers 0.0.0-test.1 was not found", warning, StringComparison.Ordinal);
        var supportBot = Assert.Single(report.RootElement.GetProperty("projects").EnumerateArray());
        Assert.True(supportBot.GetProperty("loaded").GetBoolean());
        Assert.True(supportBot.GetProperty("findings").GetInt32() > 0);
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
