using System.Text;
using System.Text.Json;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--write-project &lt;dir&gt;</c>: writes the large compilation's sources (<see cref="GeneratedProject.Sources"/>, same
/// <c>--ordinary-files</c> / <c>--ai-files</c> options and defaults as the other modes) to disk as an SDK-style project with
/// a solution, so that tools that open projects (<c>prompt-analyzers report</c>, <c>dotnet build</c>) see what the
/// in-memory benchmarks compile. The project references the same LLM SDK packages, at the versions this benchmark was
/// restored with, and compiles with the same options (nullable on, the SDKs' experimental-API diagnostics suppressed).
/// </summary>
internal static class ProjectWriter
{
    public const string ProjectName = "Generated";

    /// <summary>The LLM SDK packages the generated sources call: the bench's own package references of the same names.</summary>
    private static readonly string[] SdkPackages =
    {
        "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.OpenAI", "OpenAI", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp",
    };

    public static int Run(string[] args)
    {
        var directory = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? Path.GetFullPath(args[1]) : null;
        if (directory is null)
        {
            Console.Error.WriteLine("usage: --write-project <dir> [--ordinary-files N] [--ai-files N]");
            return 1;
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any() && !File.Exists(Path.Combine(directory, ProjectName + ".csproj")))
        {
            // A rerun replaces its own src folder; any other folder is left alone.
            Console.Error.WriteLine($"{directory} is neither empty nor an earlier --write-project output ({ProjectName}.csproj): choose another folder");
            return 1;
        }

        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var aiFiles = AnalyzerOverhead.Option(args, "--ai-files", 100);
        var sources = GeneratedProject.Sources(ordinary, aiFiles);
        var written = Write(directory, sources, SdkPackageVersions());
        Console.WriteLine($"{written:N0} source files ({ordinary:N0} ordinary, {aiFiles:N0} with prompts), {sources.Sum(s => s.Text.Length):N0} characters");
        Console.WriteLine($"wrote {Path.Combine(directory, ProjectName + ".csproj")} and {Path.Combine(directory, ProjectName + ".slnx")}");
        return 0;
    }

    /// <summary>Writes the sources under <paramref name="directory"/>, the project file and the solution; returns the number of sources.</summary>
    public static int Write(string directory, IReadOnlyList<(string Path, string Text)> sources, IReadOnlyDictionary<string, string> packageVersions)
    {
        var sourceRoot = Path.Combine(directory, "src");
        if (Directory.Exists(sourceRoot))
        {
            // A rerun with fewer files must not leave the files of the run before in the project's glob.
            Directory.Delete(sourceRoot, recursive: true);
        }

        foreach (var (path, text) in sources)
        {
            var target = Path.Combine(directory, path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        File.WriteAllText(Path.Combine(directory, ProjectName + ".csproj"), ProjectFile(packageVersions));
        File.WriteAllText(Path.Combine(directory, ProjectName + ".slnx"), $"<Solution>\n  <Project Path=\"{ProjectName}.csproj\" />\n</Solution>\n");
        return sources.Count;
    }

    /// <summary>
    /// A library like the benchmark's compilation: the sources bring their own global usings (no ImplicitUsings), nullable on,
    /// the SDKs' experimental-API diagnostics off (as <see cref="BenchReferences"/> suppresses them).
    /// </summary>
    private static string ProjectFile(IReadOnlyDictionary<string, string> packageVersions)
    {
        var builder = new StringBuilder();
        builder.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        builder.AppendLine("  <!-- Written by bench/PromptAnalyzers.Benchmarks, mode write-project: the large compilation of docs/performance.md. -->");
        builder.AppendLine("  <PropertyGroup>");
        builder.AppendLine("    <TargetFramework>net10.0</TargetFramework>");
        builder.AppendLine("    <OutputType>Library</OutputType>");
        builder.AppendLine("    <ImplicitUsings>disable</ImplicitUsings>");
        builder.AppendLine("    <Nullable>enable</Nullable>");
        builder.AppendLine("    <LangVersion>latest</LangVersion>");
        builder.AppendLine("    <NoWarn>$(NoWarn);OPENAI001;OPENAI002;SKEXP0001;SKEXP0010;SKEXP0110;MEAI001</NoWarn>");
        builder.AppendLine("  </PropertyGroup>");
        builder.AppendLine("  <ItemGroup>");
        foreach (var (name, version) in packageVersions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.AppendLine($"    <PackageReference Include=\"{name}\" Version=\"{version}\" />");
        }

        builder.AppendLine("  </ItemGroup>");
        builder.AppendLine("</Project>");
        return builder.ToString();
    }

    /// <summary>
    /// The versions of <see cref="SdkPackages"/> this benchmark references, from its deps.json (the project's direct
    /// dependencies), so the written project restores exactly what the in-memory compilation references.
    /// </summary>
    private static Dictionary<string, string> SdkPackageVersions()
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, typeof(ProjectWriter).Assembly.GetName().Name + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        var self = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject()
            .First(library => library.Name.StartsWith(typeof(ProjectWriter).Assembly.GetName().Name + "/", StringComparison.Ordinal));
        var direct = self.Value.GetProperty("dependencies").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetString()!, StringComparer.Ordinal);
        return SdkPackages.ToDictionary(name => name, name => direct.TryGetValue(name, out var version)
            ? version
            : throw new InvalidOperationException(name + " is not a package reference of the benchmark (" + depsFile + ")"));
    }
}
