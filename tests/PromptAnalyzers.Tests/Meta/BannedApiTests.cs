using System.Collections.Immutable;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Meta;

/// <summary>
/// src/BannedSymbols.txt keeps the shipped assemblies away from what analyzers must not do (raw DiagnosticDescriptor
/// constructors outside RuleDescriptors, file system, environment, network, processes, console, clock, sleeping).
/// A banned use fails the build: each shipped project runs Microsoft.CodeAnalysis.BannedApiAnalyzers over the list,
/// and RS0030 is a warning that TreatWarningsAsErrors (Directory.Build.props) makes an error. These tests check those
/// three links, and run the analyzer with the list over code that uses each banned API.
/// </summary>
public sealed class BannedApiTests
{
    private const string BannedApiPackage = "Microsoft.CodeAnalysis.BannedApiAnalyzers";

    private static string BannedSymbolsPath => Path.Combine(RepositoryPaths.Root, "src", "BannedSymbols.txt");

    private static readonly string[] ShippedProjectPaths =
    [
        "src/PromptAnalyzers.Analyzers/PromptAnalyzers.Analyzers.csproj",
        "src/PromptAnalyzers.CodeFixes/PromptAnalyzers.CodeFixes.csproj",
        "src/PromptAnalyzers.Text/PromptAnalyzers.Text.csproj",
    ];

    public static TheoryData<string> ShippedProjects() => new(ShippedProjectPaths);

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Shipped_project_runs_the_banned_api_analyzer_over_the_list(string project)
    {
        var xml = XDocument.Load(Path.Combine(RepositoryPaths.Root, project));
        var projectDirectory = Path.GetDirectoryName(Path.Combine(RepositoryPaths.Root, project))!;

        var reference = Assert.Single(Items(xml, "PackageReference"), e => (string?)e.Attribute("Include") == BannedApiPackage);
        Assert.Equal("all", (string?)reference.Attribute("PrivateAssets"));
        Assert.Contains(
            Items(xml, "AdditionalFiles"),
            e => Path.GetFullPath(Path.Combine(projectDirectory, ((string?)e.Attribute("Include"))!.Replace('\\', '/'))) == BannedSymbolsPath);
        Assert.DoesNotContain("RS0030", string.Concat(Properties(xml, "NoWarn", "WarningsNotAsErrors")), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_errors_for_every_project_so_RS0030_fails_the_build()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        Assert.Equal("true", Assert.Single(Properties(props, "TreatWarningsAsErrors")));
        Assert.DoesNotContain("RS0030", string.Concat(Properties(props, "NoWarn", "WarningsNotAsErrors")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_knowledge_runtime_library_reads_files_by_design_and_is_not_under_the_list()
    {
        var xml = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.Knowledge", "PromptAnalyzers.Knowledge.csproj"));
        Assert.DoesNotContain(Items(xml, "PackageReference"), e => (string?)e.Attribute("Include") == BannedApiPackage);
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Shipped_project_does_not_reference_test_only_packages(string project)
    {
        // YamlDotNet is the YamlReader tests' oracle: it throws on half-typed files and would add an assembly to every host.
        var xml = XDocument.Load(Path.Combine(RepositoryPaths.Root, project));
        Assert.DoesNotContain(Items(xml, "PackageReference"), e => ((string?)e.Attribute("Include"))!.StartsWith("YamlDotNet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("new DiagnosticDescriptor(\"PA9999\", \"t\", \"m\", \"c\", DiagnosticSeverity.Warning, true)")]
    [InlineData("new DiagnosticDescriptor(\"PA9999\", new LocalizableResourceString(\"t\", null!, typeof(object)), new LocalizableResourceString(\"m\", null!, typeof(object)), \"c\", DiagnosticSeverity.Warning, true)")]
    [InlineData("System.IO.File.ReadAllText(\"prices.txt\")")]
    [InlineData("System.IO.Directory.GetFiles(\".\")")]
    [InlineData("new System.IO.FileStream(\"f\", System.IO.FileMode.Open)")]
    [InlineData("new System.IO.FileInfo(\"f\")")]
    [InlineData("new System.IO.DirectoryInfo(\"d\")")]
    [InlineData("new System.IO.StreamReader(\"f\")")]
    [InlineData("System.IO.Path.GetTempPath()")]
    [InlineData("System.IO.Path.GetFullPath(\"f\")")]
    [InlineData("System.Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\")")]
    [InlineData("System.Environment.GetEnvironmentVariables()")]
    [InlineData("System.Environment.ExpandEnvironmentVariables(\"%HOME%\")")]
    [InlineData("System.Environment.CurrentDirectory")]
    [InlineData("new System.Net.Http.HttpClient()")]
    [InlineData("System.Net.Dns.GetHostName()")]
    [InlineData("System.Diagnostics.Process.Start(\"git\")")]
    [InlineData("System.Console.Out")]
    [InlineData("System.DateTime.Now")]
    [InlineData("System.DateTime.UtcNow")]
    [InlineData("System.DateTimeOffset.UtcNow")]
    public void A_banned_api_is_reported(string expression)
    {
        var diagnostics = RunBannedApiAnalyzer("_ = " + expression + ";");
        Assert.Contains(diagnostics, d => d.Id == "RS0030");
    }

    [Fact]
    public void Sleeping_is_reported()
        => Assert.Contains(RunBannedApiAnalyzer("System.Threading.Thread.Sleep(10);"), d => d.Id == "RS0030");

    [Theory]
    [InlineData("System.IO.Path.Combine(\"knowledge\", \"prices.md\")")]
    [InlineData("System.IO.Path.GetDirectoryName(\"src/app.csproj\")")]
    [InlineData("new System.IO.StringReader(\"line\")")]
    [InlineData("System.Environment.NewLine")]
    [InlineData("new System.DateTime(2024, 5, 1)")]
    [InlineData("DiagnosticSeverity.Warning")]
    public void Pure_apis_are_allowed(string expression)
    {
        var diagnostics = RunBannedApiAnalyzer("_ = " + expression + ";");
        Assert.DoesNotContain(diagnostics, d => d.Id == "RS0030");
        Assert.DoesNotContain(diagnostics, d => d.Id == "RS0031"); // the list has no duplicate
    }

    private static IEnumerable<XElement> Items(XDocument project, string name) => project.Descendants(name);

    private static IEnumerable<string> Properties(XDocument project, params string[] names)
        => names.SelectMany(name => project.Descendants(name)).Select(e => e.Value);

    /// <summary>Compiles a method holding <paramref name="statements"/> and runs the banned-API analyzer from the version the projects use, with src/BannedSymbols.txt.</summary>
    private static ImmutableArray<Diagnostic> RunBannedApiAnalyzer(string statements)
    {
        var source = $$"""
            using Microsoft.CodeAnalysis;

            internal static class Analyzer
            {
                public static void Run()
                {
                    {{statements}}
                }
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(DiagnosticDescriptor).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var options = new AnalyzerOptions([new ListFile(BannedSymbolsPath)]);
        return compilation.WithAnalyzers(BannedApiAnalyzers(), options).GetAnalyzerDiagnosticsAsync().Result;
    }

    private static ImmutableArray<DiagnosticAnalyzer> BannedApiAnalyzers()
    {
        var analyzers = Path.Combine(RepositoryPaths.PackagesFolder, BannedApiPackage.ToLowerInvariant(), ProjectVersion(), "analyzers", "dotnet", "cs");
        var reference = new AnalyzerFileReference(Path.Combine(analyzers, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"), new LoadFromLoader());
        var found = reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(found);
        return found;
    }

    /// <summary>The analyzer version the shipped projects reference (they all use one).</summary>
    private static string ProjectVersion()
        => Assert.Single(ShippedProjectPaths
            .Select(project => XDocument.Load(Path.Combine(RepositoryPaths.Root, project)))
            .SelectMany(xml => Items(xml, "PackageReference"))
            .Where(e => (string?)e.Attribute("Include") == BannedApiPackage)
            .Select(e => (string)e.Attribute("Version")!)
            .Distinct());

    private sealed class ListFile(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }

    private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
