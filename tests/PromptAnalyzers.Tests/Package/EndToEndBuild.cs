using System.Text;
using System.Text.Json;
using PromptAnalyzers.Tests.Text.Tokens.HuggingFace;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// What a user does: a fresh net10.0 console project whose nuget.config adds the local feed,
/// a PackageReference to PromptAnalyzers, real LLM SDK calls, a fine-tuning dataset with a broken
/// line, then `dotnet build`. The compiler writes every diagnostic, Info included, to a SARIF log.
/// </summary>
public sealed class EndToEndBuild
{
    public const string SystemPrompt = "You are a helpful support assistant for Contoso. Answer in two sentences.";

    /// <summary>The system section of prompts/support.prompty (line 6 of that file).</summary>
    public const string PromptySystemLine = "You are the returns assistant of an outdoor store. Answer in two sentences.";

    public const int PromptySystemLineNumber = 6;

    /// <summary>prompts/support.prompty: a Prompty file the package's MSBuild files pass to the analyzers.</summary>
    public const string PromptyFile = "---\nname: Returns\nmodel:\n  id: gpt-4.1-mini\n---\n" + PromptySystemLine + "\nGreet {{customer}} by name.\n\nuser:\n{{question}}\n";

    /// <summary>Plugins/Writer/Poem/skprompt.txt and its config.json (whose model the analyzer must read).</summary>
    public const string SkPromptFile = "Write a short poem about the given topic. Keep it under six lines.\nTopic: {{$input}}\n";

    public const string SkConfigFile = "{ \"schema\": 1, \"execution_settings\": { \"default\": { \"model_id\": \"gpt-4o-mini\" } } }";

    /// <summary>
    /// prompts/policies.md: a prompt-store file (plain markdown in a folder named for prompts) that the application would
    /// read at run time; the package's target passes it as a prompt, so PA1001 reads its facts.
    /// </summary>
    public const string PromptStoreFile = "You answer questions about Contoso's returns.\nThe Pro plan costs $49/month and refunds are accepted within 30 days of purchase.\nCall +1-800-555-0100 between 9:00 and 17:00.\n";

    private EndToEndBuild(string projectDirectory, string programText, DotNetCli.Result build, DotNetCli.Result items, DotNetCli.Result copied)
    {
        CopiedFilesQuery = copied;
        ProjectDirectory = projectDirectory;
        ProgramText = programText;
        Build = build;
        AdditionalFilesQuery = items;
    }

    public string ProjectDirectory { get; }

    public string ProgramText { get; }

    public DotNetCli.Result Build { get; }

    /// <summary>`dotnet msbuild -getItem:AdditionalFiles` of the project (evaluation of the package's MSBuild files).</summary>
    public DotNetCli.Result AdditionalFilesQuery { get; }

    /// <summary>`dotnet msbuild -t:AssignTargetPaths -getItem:_NoneWithTargetPath`: the None items copied to the output and where.</summary>
    public DotNetCli.Result CopiedFilesQuery { get; }

    public string SarifPath => Path.Combine(ProjectDirectory, "build.sarif");

    /// <summary>1-based line of the first line of Program.cs containing <paramref name="text"/>.</summary>
    public int LineOf(string text)
    {
        var lines = ProgramText.Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, text + " not in Program.cs");
        return index + 1;
    }

    public IReadOnlyList<SarifResult> ReadSarif()
    {
        Assert.True(File.Exists(SarifPath), "the build wrote no SARIF log at " + SarifPath + "\n" + Build);
        using var document = JsonDocument.Parse(File.ReadAllText(SarifPath));
        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var runResults))
            {
                continue;
            }

            foreach (var result in runResults.EnumerateArray())
            {
                string? uri = null;
                int? line = null;
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].TryGetProperty("physicalLocation", out var physical))
                {
                    if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var uriElement))
                    {
                        uri = Uri.UnescapeDataString(uriElement.GetString() ?? string.Empty);
                    }

                    if (physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var startLine))
                    {
                        line = startLine.GetInt32();
                    }
                }

                var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() : null;
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : null;
                results.Add(new SarifResult(result.GetProperty("ruleId").GetString() ?? string.Empty, level, message, uri, line));
            }
        }

        return results;
    }

    internal static EndToEndBuild Run(PackageFixture package)
    {
        package.RequirePackage();
        var directory = Path.Combine(package.WorkDirectory, "ConsumerApp");
        Directory.CreateDirectory(Path.Combine(directory, "data"));
        Directory.CreateDirectory(Path.Combine(directory, "bin", "Debug"));

        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(package));
        File.WriteAllText(Path.Combine(directory, "ConsumerApp.csproj"), ProjectFile(package.Version));
        var program = ProgramSource();
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);

        // Line 2 is not JSON: PA3001 must point at it.
        File.WriteAllText(
            Path.Combine(directory, "data", "train.jsonl"),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello! How can I help?\"}]}\n"
            + "{\"messages\": [{\"role\": \"user\", \"content\": \"unterminated\n"
            + "{\"messages\":[{\"role\":\"user\",\"content\":\"Thanks\"},{\"role\":\"assistant\",\"content\":\"You are welcome.\"}]}\n"
            // Line 4 teaches facts: PA1002 must point at it.
            + "{\"messages\":[{\"role\":\"user\",\"content\":\"How much is Pro?\"},{\"role\":\"assistant\",\"content\":\"The Pro plan costs $49/month; refunds within 30 days.\"}]}\n");
        // Listed by the project itself with PromptAnalyzersKind="None": must not be added twice.
        File.WriteAllText(Path.Combine(directory, "data", "ignored.jsonl"), "not a dataset\n");
        // Knowledge the app retrieves at run time (PromptAnalyzers.Knowledge): copied to the output, an AdditionalFiles item.
        Directory.CreateDirectory(Path.Combine(directory, "knowledge"));
        File.WriteAllText(Path.Combine(directory, "knowledge", "faq.md"), "# Returns\n\nItems can be returned within 30 days.\n");
        // Prompt files: picked up by the package's globs (the config.json by its target, for the model id).
        Directory.CreateDirectory(Path.Combine(directory, "prompts"));
        File.WriteAllText(Path.Combine(directory, "prompts", "support.prompty"), PromptyFile);
        File.WriteAllText(Path.Combine(directory, "prompts", "policies.md"), PromptStoreFile);
        // Documents the folder: not a prompt, even with a price in it.
        File.WriteAllText(Path.Combine(directory, "prompts", "README.md"), "# Prompts\n\nEdit these files; the Pro plan costs $49/month.\n");
        Directory.CreateDirectory(Path.Combine(directory, "Plugins", "Writer", "Poem"));
        File.WriteAllText(Path.Combine(directory, "Plugins", "Writer", "Poem", "skprompt.txt"), SkPromptFile);
        File.WriteAllText(Path.Combine(directory, "Plugins", "Writer", "Poem", "config.json"), SkConfigFile);
        // An open-model dataset counted with the model's tokenizer.json (prompt_analyzers.finetune_tokenizer, set for that
        // file in .editorconfig): the compiler must load Microsoft.ML.Tokenizers from the package's analyzer folder.
        File.WriteAllText(Path.Combine(directory, "data", "open.jsonl"), string.Concat(Enumerable.Repeat("{\"text\": \"" + HandMadeTokenizer.CountedText + "\"}\n", 10)));
        Directory.CreateDirectory(Path.Combine(directory, "models", "tiny"));
        File.WriteAllText(Path.Combine(directory, "models", "tiny", "tokenizer.json"), HandMadeTokenizer.Json());
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[data/open.jsonl]\nprompt_analyzers.finetune_target = open\nprompt_analyzers.finetune_tokenizer = models/tiny/tokenizer.json\n");
        // Under bin/: must not become an AdditionalFiles item.
        File.WriteAllText(Path.Combine(directory, "bin", "Debug", "leftover.jsonl"), "{}\n");

        // Packages are extracted into a folder of this run, so the freshly packed PromptAnalyzers can never come from a
        // stale cache and the tests know where to look for its files.
        var packages = NuGetFolders.Isolated(package.ConsumerPackagesDirectory);
        var timeout = TimeSpan.FromMinutes(8);
        var build = DotNetCli.Run(directory, packages, timeout, "build", "--no-incremental", "-p:TreatWarningsAsErrors=false", "-p:UseSharedCompilation=false", "-nodeReuse:false");
        var items = DotNetCli.Run(directory, packages, timeout, "msbuild", "-getItem:AdditionalFiles", "-nodeReuse:false");
        var copied = DotNetCli.Run(directory, packages, timeout, "msbuild", "-t:AssignTargetPaths", "-getItem:_NoneWithTargetPath", "-nodeReuse:false");
        return new EndToEndBuild(directory, program, build, items, copied);
    }

    /// <summary>Adds the local feed; the machine's own sources (nuget.org or its mirror) stay in force: no &lt;clear /&gt;.</summary>
    private static string NuGetConfig(PackageFixture package) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="PromptAnalyzersLocal" value="{package.FeedDirectory}" />
          </packageSources>
        </configuration>
        """;

    private static string ProjectFile(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <!-- Every diagnostic, Info (PA2001) included, with file and line. -->
            <ErrorLog>build.sarif,version=2.1</ErrorLog>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PromptAnalyzers" Version="{version}" />
            <PackageReference Include="Microsoft.Extensions.AI" Version="10.11.0" />
            <PackageReference Include="OpenAI" Version="2.15.0" />
          </ItemGroup>
          <ItemGroup>
            <AdditionalFiles Include="data\ignored.jsonl" PromptAnalyzersKind="None" />
            <AdditionalFiles Include="models\tiny\tokenizer.json" />
          </ItemGroup>
        </Project>
        """;

    private static string ProgramSource()
    {
        // A prompt of well over 2,000 tokens in any encoding: 80 distinct guideline lines.
        var guidelines = new StringBuilder();
        for (var i = 1; i <= 80; i++)
        {
            guidelines.Append("        ").Append(i).Append(". When the customer raises concern number ").Append(i)
                .Append(", restate it in one sentence, explain the next steps politely and without jargon, and ask whether anything else is unclear.\n");
        }

        return """"
            using Microsoft.Extensions.AI;
            using PromptAnalyzers.Knowledge;
            using PromptAnalyzers.Knowledge.ChatClients;

            namespace ConsumerApp;

            public static class Program
            {
                private const string GuidelinesPrompt = """
                    You are the escalation assistant. Follow every guideline below.
            @@GUIDELINES@@        """;

                public static async Task Main(string[] args)
                {
                    if (args.Length == 0)
                    {
                        return; // Never calls a model: this program only has to compile.
                    }

                    // The knowledge library ships in the same package: these must compile.
                    Console.WriteLine(KnowledgeBase.Default.GetContext(args[0]));
                    IChatClient client = new ChatClientBuilder(CreateClient()).UseKnowledge().Build();
                    var messages = new List<ChatMessage>
                    {
                        new ChatMessage(ChatRole.System, "@@SYSTEM@@"),
                        new ChatMessage(ChatRole.User, args[0]),
                    };
                    var answer = await client.GetResponseAsync(messages);
                    Console.WriteLine(answer.Text);

                    var escalation = await client.GetResponseAsync(GuidelinesPrompt);
                    Console.WriteLine(escalation.Text);

                    OpenAI.Chat.ChatClient openAi = new("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "unset");
                    var completion = await openAi.CompleteChatAsync(
                        new OpenAI.Chat.SystemChatMessage("Summarise the customer's issue in one line."),
                        new OpenAI.Chat.UserChatMessage(args[0]));
                    Console.WriteLine(completion.Value.Content[0].Text);
                }

                private static IChatClient CreateClient() => throw new NotSupportedException("no model in this test");
            }

            """".Replace("@@GUIDELINES@@", guidelines.ToString(), StringComparison.Ordinal).Replace("@@SYSTEM@@", SystemPrompt, StringComparison.Ordinal);
    }
}

public sealed record SarifResult(string RuleId, string? Level, string? Message, string? Uri, int? Line)
{
    public override string ToString() => $"{RuleId} [{Level}] {Uri}({Line}): {Message}";
}
