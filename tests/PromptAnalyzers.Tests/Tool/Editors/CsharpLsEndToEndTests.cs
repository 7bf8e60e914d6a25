using System.Text.Json;
using System.Text.Json.Nodes;

using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Tool.Editors;

/// <summary>
/// The editor path of Neovim, Emacs and Helix users: csharp-ls (the C# language server they run, installed as a .NET
/// tool into a manifest in a temp folder) on a copy of samples/SupportBot that references the packed PromptAnalyzers
/// package, driven over LSP as a real client. csharp-ls runs analyzers only when the client's <c>csharp</c> settings,
/// read through <c>workspace/configuration</c>, say <c>analyzersEnabled: true</c>.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class CsharpLsEndToEndTests
{
    /// <summary>The csharp-ls the docs were tried with (README, docs/cli.md).</summary>
    private const string CsharpLsVersion = "0.28.0";

    private static readonly TimeSpan DiagnosticsTimeout = TimeSpan.FromMinutes(5);

    private readonly PackageFixture _package;

    public CsharpLsEndToEndTests(PackageFixture package)
    {
        _package = package;
    }

    /// <summary>The csharp-ls entry assembly that <c>dotnet tool install</c> put into <paramref name="packages"/> (or its fallback).</summary>
    private static string InstalledServer(NuGetFolders packages)
    {
        var found = new[] { packages.Packages, packages.Fallback }
            .Where(folder => folder is not null)
            .Select(folder => Path.Combine(folder!, "csharp-ls", CsharpLsVersion, "tools"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "CSharpLanguageServer.dll", SearchOption.AllDirectories))
            .FirstOrDefault();
        Assert.True(found is not null, $"csharp-ls {CsharpLsVersion} is not in {packages.Packages} or {packages.Fallback} after dotnet tool install");
        return found!;
    }

    [Fact]
    public async Task Csharp_ls_with_analyzers_enabled_reports_PA1001_and_PA2001_at_the_prompt_literals_of_the_sample()
    {
        var sample = SampleCopy.Create(_package, "csharp-ls");
        var tools = Path.Combine(sample.Directory, "..", "tools");
        Directory.CreateDirectory(tools);
        var manifest = DotNetCli.Run(tools, sample.Packages, TimeSpan.FromMinutes(2), "new", "tool-manifest");
        var install = DotNetCli.Run(tools, sample.Packages, TimeSpan.FromMinutes(5), "tool", "install", "csharp-ls", "--version", CsharpLsVersion);
        Assert.True(install.ExitCode == 0, "dotnet tool install csharp-ls failed:\n" + manifest + "\n" + install);

        var sourcePath = Path.Combine(sample.Directory, "SupportDesk.cs");
        var source = File.ReadAllText(sourcePath);
        var sourceUri = new Uri(sourcePath).AbsoluteUri;
        var configurationRequests = 0;
        // Not `dotnet tool run csharp-ls`: the CLI looks a local tool up in its cache of resolved tools
        // (~/.dotnet/toolResolverCache), keyed by name and version only, so after an earlier run installed this version into
        // another packages folder, since deleted, the cache points there and the run fails ("Run dotnet tool restore").
        // The server is started from the package this test's install put in its own packages folder.
        using var server = LspConnection.Start(
            DotNetCli.StartInfo(tools, sample.Packages, InstalledServer(sample.Packages)),
            (method, parameters) =>
            {
                if (method != "workspace/configuration")
                {
                    return null; // client/registerCapability, window/workDoneProgress/create: acknowledged.
                }

                Interlocked.Increment(ref configurationRequests);
                var answers = new JsonArray();
                foreach (var item in parameters.GetProperty("items").EnumerateArray())
                {
                    var section = item.TryGetProperty("section", out var s) ? s.GetString() : null;
                    answers.Add(section == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null);
                }

                return answers;
            });

        await server.RequestAsync("initialize", InitializeParams(sample.Directory), TimeSpan.FromMinutes(2));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = sourceUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = source },
        });

        var diagnostics = await PromptDiagnosticsAsync(server, sourceUri);

        Assert.True(configurationRequests > 0, "csharp-ls never asked for the csharp settings\n" + server.Log);
        var escalation = LiteralRange(source, "\"You triage support tickets.");
        var warranty = LiteralRange(source, "\"Every Northwind tent has a 5-year warranty;");
        var pa1001 = Assert.Single(diagnostics, d => d.Code == "PA1001");
        Assert.Equal(warranty, pa1001.Range);
        Assert.Equal(2, pa1001.Severity); // Warning
        Assert.EndsWith("docs/rules/PA1001.md", pa1001.HelpLink, StringComparison.Ordinal);
        var pa2001 = diagnostics.Where(d => d.Code == "PA2001").ToList();
        Assert.Contains(escalation, pa2001.Select(d => d.Range));
        Assert.Contains(warranty, pa2001.Select(d => d.Range));
        Assert.All(pa2001, d => Assert.Equal(2, d.Severity)); // Warning: the sample's .editorconfig raises PA2001 from Info

        await server.RequestAsync("shutdown", null, TimeSpan.FromMinutes(1));
        await server.NotifyAsync("exit", null);
    }

    private static JsonObject InitializeParams(string directory)
    {
        var rootUri = new Uri(directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');
        return new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "PromptAnalyzers.Tests" },
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "SupportBot" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject
                {
                    ["configuration"] = true,
                    ["workspaceFolders"] = true,
                    ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = true },
                },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["dynamicRegistration"] = true },
                    ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["codeDescriptionSupport"] = true },
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true },
                },
            },
        };
    }

    /// <summary>
    /// Asks for the document's diagnostics (pull, textDocument/diagnostic) until the prompt rules' arrive, as an editor
    /// does while the server loads the project; diagnostics the server pushes (textDocument/publishDiagnostics) count too.
    /// </summary>
    private static async Task<List<LspDiagnostic>> PromptDiagnosticsAsync(LspConnection server, string uri)
    {
        var deadline = DateTime.UtcNow + DiagnosticsTimeout;
        var seen = new List<LspDiagnostic>();
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, TimeSpan.FromMinutes(2));
                if (report.TryGetProperty("items", out var items))
                {
                    seen = items.EnumerateArray().Select(LspDiagnostic.From).ToList();
                }
            }
            catch (InvalidOperationException)
            {
                // Not ready yet (or pull not offered): the pushed diagnostics below still count.
            }

            var pushed = server.Notifications
                .Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics"
                    && n.GetProperty("params").GetProperty("uri").GetString() == uri)
                .Select(n => n.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Select(LspDiagnostic.From).ToList())
                .LastOrDefault();
            foreach (var candidate in new[] { seen, pushed ?? [] })
            {
                if (candidate.Any(d => d.Code == "PA1001") && candidate.Any(d => d.Code == "PA2001"))
                {
                    return candidate;
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.Fail($"no PA1001 and PA2001 from csharp-ls within {DiagnosticsTimeout}; last: {string.Join("; ", seen.Select(d => d.Code))}\n{server.Log}");
        return seen;
    }

    /// <summary>The 0-based range of the string literal that starts with <paramref name="start"/> (no escaped quotes in it).</summary>
    private static LspRange LiteralRange(string source, string start)
    {
        var lines = source.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(start, StringComparison.Ordinal));
        Assert.True(line >= 0, start + " not in the sample");
        var character = lines[line].IndexOf(start, StringComparison.Ordinal);
        var end = lines[line].IndexOf('"', character + 1) + 1;
        return new LspRange(line, character, line, end);
    }

    private sealed record LspRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter);

    private sealed record LspDiagnostic(string? Code, LspRange Range, int Severity, string? HelpLink)
    {
        public static LspDiagnostic From(JsonElement diagnostic)
        {
            var range = diagnostic.GetProperty("range");
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            return new LspDiagnostic(
                diagnostic.TryGetProperty("code", out var code) ? code.ToString() : null,
                new LspRange(start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32()),
                diagnostic.TryGetProperty("severity", out var severity) ? severity.GetInt32() : 0,
                diagnostic.TryGetProperty("codeDescription", out var description) ? description.GetProperty("href").GetString() : null);
        }
    }
}
