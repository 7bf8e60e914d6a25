using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>Compiles sources against the SDKs and runs discovery over every operation, as the analyzers do.</summary>
public static class DiscoveryHarness
{
    /// <summary>What a console project's ImplicitUsings give.</summary>
    public const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>The SDKs mark some APIs as experimental with errors; real projects suppress them.</summary>
    public static readonly ImmutableDictionary<string, ReportDiagnostic> SuppressedEvaluationWarnings = new[] { "OPENAI001", "OPENAI002", "SKEXP0001", "SKEXP0010", "SKEXP0110", "MEAI001" }
        .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    public static CSharpCompilation Compile(params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"/src/File{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "/src/GlobalUsings.cs"))
            .ToArray();
        return CSharpCompilation.Create(
            "Discovery",
            trees,
            TestReferences.Framework.AddRange(TestReferences.Sdks),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SuppressedEvaluationWarnings));
    }

    internal static ImmutableArray<PromptSite> Sites(string source, string? editorConfig = null) => Sites(new[] { source }, editorConfig);

    internal static ImmutableArray<PromptSite> Sites(string[] sources, string? editorConfig = null)
    {
        var compilation = Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS5001").ToList();
        Assert.True(errors.Count == 0, "Test source does not compile: " + string.Join("\n", errors));

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigProvider(editorConfig));
        var discovery = PromptDiscovery.For(compilation);
        var sites = ImmutableArray.CreateBuilder<PromptSite>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // The analyzers' own path: relevance of the document, then the sites of its relevant members.
            var treeOptions = PromptAnalyzersOptions.For(options, tree);
            if (discovery.IsRelevantTree(tree, treeOptions, CancellationToken.None))
            {
                sites.AddRange(discovery.FindSitesInTree(compilation.GetSemanticModel(tree), treeOptions, CancellationToken.None));
            }
        }

        return sites.ToImmutable();
    }

    /// <summary>The site groups of the one relevant source tree (the rules' path), asked for twice.</summary>
    internal static (ImmutableArray<PromptSite> Sites, ImmutableArray<ImmutableArray<PromptSite>> Groups, ImmutableArray<ImmutableArray<PromptSite>> Again) SiteGroups(string source)
    {
        var compilation = Compile(source);
        var options = PromptAnalyzersOptions.For(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigProvider(null)), compilation.SyntaxTrees[0]);
        var discovery = PromptDiscovery.For(compilation);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        return (discovery.FindSitesInTree(model, options, CancellationToken.None), discovery.FindSiteGroupsInTree(model, options, CancellationToken.None), discovery.FindSiteGroupsInTree(model, options, CancellationToken.None));
    }

    private sealed class TestConfigProvider : AnalyzerConfigOptionsProvider
    {
        private readonly TestConfig _config;

        public TestConfigProvider(string? editorConfig)
        {
            _config = new TestConfig(editorConfig);
        }

        public override AnalyzerConfigOptions GlobalOptions => _config;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _config;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _config;
    }

    private sealed class TestConfig : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

        public TestConfig(string? text)
        {
            foreach (var line in (text ?? string.Empty).Split('\n'))
            {
                var eq = line.IndexOf('=');
                if (eq > 0)
                {
                    _values[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
                }
            }
        }

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
