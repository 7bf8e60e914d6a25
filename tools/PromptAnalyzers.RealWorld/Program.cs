using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.RealWorld.Evaluation;
using PromptAnalyzers.StandIns;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Text.PromptFiles;

// Real-world check: runs every PromptAnalyzers analyzer, IDE-style, over checked-out repositories and lists each
// PA diagnostic with file, line and message, so that a person can judge false alarms. See README.md next to this file.
const string Usage = """
    usage: dotnet run --project tools/PromptAnalyzers.RealWorld -c Release -- <repo-path>... [--rules PA1001,PA2001] [--refs <folder-of-dlls>] [--no-fact-lines]
           dotnet run --project tools/PromptAnalyzers.RealWorld -c Release -- --labels <sites.jsonl> --repos <folder-of-owner+name-checkouts> [--refs <folder-of-dlls>]
    """;
var repositories = new List<string>();
var rules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var referenceFolders = new List<string>();
var showFacts = true;
string? labels = null;
string? reposRoot = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rules" when i + 1 < args.Length:
            rules.UnionWith(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            break;
        case "--refs" when i + 1 < args.Length:
            referenceFolders.Add(args[++i]);
            break;
        case "--labels" when i + 1 < args.Length:
            labels = Path.GetFullPath(args[++i]);
            break;
        case "--repos" when i + 1 < args.Length:
            reposRoot = Path.GetFullPath(args[++i]);
            break;
        case "--no-fact-lines":
            showFacts = false;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            repositories.Add(Path.GetFullPath(args[i]));
            break;
    }
}

if (labels is null ? repositories.Count == 0 : reposRoot is null || repositories.Count > 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var references = RealWorld.References(referenceFolders);
var analyzers = typeof(RuleIdentifiers).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
Console.WriteLine($"# {analyzers.Length} analyzers, {references.Length} references");
if (labels is not null)
{
    return await EvaluationCommand.RunAsync(labels, reposRoot!, references, analyzers);
}

var exitCode = 0;
foreach (var repository in repositories)
{
    if (!Directory.Exists(repository))
    {
        Console.Error.WriteLine($"not a folder: {repository}");
        exitCode = 2;
        continue;
    }

    var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
    var projects = RealWorld.Projects(repository);
    Console.WriteLine();
    Console.WriteLine($"## {repository}: {projects.Count} projects");
    foreach (var project in projects)
    {
        var analysis = await RealWorld.AnalyzeAsync(project, references, analyzers);
        foreach (var exception in analysis.Exceptions)
        {
            Console.WriteLine($"!! analyzer exception in {project.Name}: {exception}");
        }

        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("PA", StringComparison.Ordinal) && diagnostic.Id != "AD0001")
            {
                continue;
            }

            if (rules.Count > 0 && !rules.Contains(diagnostic.Id))
            {
                continue;
            }

            counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
            var span = diagnostic.Location.GetLineSpan();
            var path = Path.GetRelativePath(repository, span.Path);
            Console.WriteLine($"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            if (showFacts && diagnostic.Id == "PA1001")
            {
                foreach (var fact in diagnostic.AdditionalLocations)
                {
                    var factSpan = fact.GetLineSpan();
                    var line = RealWorld.LineText(fact);
                    if (line is not null)
                    {
                        Console.WriteLine($"    fact at {factSpan.StartLinePosition.Line + 1}: {line}");
                    }
                }
            }
        }
    }

    Console.WriteLine($"## totals for {Path.GetFileName(repository)}: " + (counts.Count == 0 ? "no diagnostics" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))));
}

return exitCode;

/// <summary>The PA diagnostics of one project, and the exceptions analyzers threw on it (each one a tool error).</summary>
internal sealed record Analysis(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions);

/// <summary>One folder with a .csproj: its C# files and its prompt files (nested projects excluded), and what it says about tests.</summary>
internal sealed record LooseProject(string Name, string Folder, IReadOnlyList<string> SourceFiles, IReadOnlyList<string> PromptFiles, IReadOnlyList<string> PromptStoreFiles, TestSetup Tests);

internal static class RealWorld
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules"];

    private static readonly string GlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// The runtime's assemblies, the LLM SDKs copied next to this tool, any extra folders given, and the stand-ins of
    /// tests/StandIns (Semantic Kernel agents, Agent Framework's OpenAI extensions and hosting) for each package of which no
    /// real copy is among them.
    /// </summary>
    public static ImmutableArray<MetadataReference> References(IEnumerable<string> extraFolders)
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in platform.Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")).Concat(extraFolders.SelectMany(f => Directory.GetFiles(f, "*.dll"))))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("PromptAnalyzers", StringComparison.Ordinal) || TestSetup.FrameworkAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // Test frameworks are referenced by test projects only (see TestSetup).
            }

            paths.TryAdd(name, path);
        }

        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in paths.Values)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
                if (pe.HasMetadata)
                {
                    builder.Add(MetadataReference.CreateFromFile(path));
                }
            }
            catch (BadImageFormatException)
            {
                // A native library: not a reference.
            }
        }

        var references = builder.ToImmutable();
        return references.AddRange(StandInAssemblies.Compile(references, StandInAssemblies.AssemblyNames.Where(paths.ContainsKey).ToHashSet()));
    }

    public static List<LooseProject> Projects(string repository)
    {
        var projectFolders = Directory.EnumerateFiles(repository, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsSkipped(repository, p))
            .Select(p => (Folder: Path.GetDirectoryName(p)!, Name: Path.GetFileNameWithoutExtension(p), File: p))
            .GroupBy(p => p.Folder, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(p => p.Folder, StringComparer.Ordinal)
            .ToList();
        var folders = projectFolders.Select(p => p.Folder).ToHashSet(StringComparer.Ordinal);

        var projects = new List<LooseProject>();
        foreach (var (folder, name, file) in projectFolders)
        {
            var sources = new List<string>();
            var prompts = new List<string>();
            var texts = new List<string>();
            Collect(folder, folder, folders, repository, sources, prompts, texts);
            projects.Add(new LooseProject(name, folder, sources, prompts, PromptStores.Find(file, folder, texts.Except(prompts)), TestSetup.Read(file)));
        }

        return projects;
    }

    private static void Collect(string folder, string projectFolder, HashSet<string> projectFolders, string repository, List<string> sources, List<string> prompts, List<string> texts)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                sources.Add(file);
            }
            else if (PromptFileParser.IsCandidatePath(file) || PromptFileParser.IsSemanticKernelConfigPath(file))
            {
                prompts.Add(file);
            }
            else if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                texts.Add(file);
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var childName = Path.GetFileName(child);
            if (projectFolders.Contains(child) || SkippedFolders.Contains(childName, StringComparer.OrdinalIgnoreCase) || childName.StartsWith('.'))
            {
                continue;
            }

            Collect(child, projectFolder, projectFolders, repository, sources, prompts, texts);
        }
    }

    private static bool IsSkipped(string repository, string path)
        => Path.GetRelativePath(repository, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase));

    public static async Task<Analysis> AnalyzeAsync(LooseProject project, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(GlobalUsings, parseOptions, path: Path.Combine(project.Folder, "GlobalUsings.g.cs")) };
        foreach (var file in project.SourceFiles)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file), System.Text.Encoding.UTF8), parseOptions, path: file));
        }

        var compilation = CSharpCompilation.Create(
            project.Name,
            trees,
            references.AddRange(project.Tests.References()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var additionalFiles = project.PromptFiles.Concat(project.PromptStoreFiles).Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.Tests.Options(additionalFiles, project.PromptStoreFiles),
            (exception, analyzer, _) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var ordered = diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        return new Analysis(ordered, exceptions);
    }

    public static string? LineText(Location location)
    {
        var span = location.GetLineSpan();
        if (location.SourceTree is { } tree)
        {
            return tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        }

        try
        {
            var lines = File.ReadAllLines(span.Path);
            return span.StartLinePosition.Line < lines.Length ? lines[span.StartLinePosition.Line].Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }
}
