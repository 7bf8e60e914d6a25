using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// What a project file says about tests, told to the analyzers as a build would: <c>build_property.IsTestProject</c> is
/// true when the project sets IsTestProject, references Microsoft.NET.Test.Sdk or builds with MSTest.Sdk (each makes MSBuild
/// set it), and the test frameworks it references (xUnit, NUnit, MSTest) are referenced by its compilation, so that test
/// attributes bind. The frameworks' assemblies are copied next to this tool and given to test projects only.
/// </summary>
internal sealed record TestSetup(bool IsTestProject, ImmutableArray<string> FrameworkAssemblies)
{
    public static readonly TestSetup None = new(false, []);

    /// <summary>Assembly names (prefixes) of the test frameworks: left out of the references of other projects.</summary>
    public static readonly string[] FrameworkAssemblyPrefixes = ["xunit.", "nunit.", "Microsoft.VisualStudio.TestPlatform.", "MSTest."];

    private static readonly (string Package, string[] Assemblies)[] Frameworks =
    [
        ("xunit", ["xunit.core", "xunit.abstractions", "xunit.assert"]),
        ("nunit", ["nunit.framework", "nunit.framework.legacy"]),
        ("mstest", ["Microsoft.VisualStudio.TestPlatform.TestFramework", "Microsoft.VisualStudio.TestPlatform.TestFramework.Extensions"]),
    ];

    public static TestSetup Read(string projectFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(projectFile);
        }
        catch (IOException)
        {
            return None;
        }

        var packages = Regex.Matches(text, @"<PackageReference\s+Include\s*=\s*""([^""]+)""", RegexOptions.IgnoreCase).Select(m => m.Groups[1].Value).ToList();
        var mstestSdk = Regex.IsMatch(text, @"Sdk\s*=\s*""MSTest\.Sdk", RegexOptions.IgnoreCase);
        var isTest = Regex.IsMatch(text, @"<IsTestProject>\s*true\s*</IsTestProject>", RegexOptions.IgnoreCase)
            || packages.Any(p => p.Equals("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase))
            || mstestSdk;
        var assemblies = Frameworks
            .Where(f => packages.Any(p => p.StartsWith(f.Package, StringComparison.OrdinalIgnoreCase)) || (f.Package == "mstest" && mstestSdk))
            .SelectMany(f => f.Assemblies)
            .ToImmutableArray();
        return new TestSetup(isTest, assemblies);
    }

    /// <summary>The framework assemblies next to this tool that the project references.</summary>
    public ImmutableArray<MetadataReference> References()
        => FrameworkAssemblies.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll")).Where(File.Exists).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

    /// <summary>
    /// The analyzer options of the project: its additional files, build_property.IsTestProject for a test project, and
    /// PromptAnalyzersKind="Prompt" on its prompt-store files (as the package's MSBuild target sets it).
    /// </summary>
    public AnalyzerOptions Options(ImmutableArray<AdditionalText> additionalFiles, IReadOnlyList<string> promptStoreFiles)
        => new(additionalFiles, new BuildProperties(
            IsTestProject ? ImmutableDictionary<string, string>.Empty.Add("build_property.IsTestProject", "true") : ImmutableDictionary<string, string>.Empty,
            promptStoreFiles.ToHashSet(StringComparer.Ordinal)));

    private sealed class BuildProperties(ImmutableDictionary<string, string> values, HashSet<string> promptStoreFiles) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values = new(values);

        private readonly Values _storeValues = new(values.Add("build_metadata.AdditionalFiles.PromptAnalyzersKind", "Prompt"));

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => promptStoreFiles.Contains(textFile.Path) ? _storeValues : _values;
    }

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
