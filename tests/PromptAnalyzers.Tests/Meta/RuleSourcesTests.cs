using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Meta;

/// <summary>
/// A rule ID leads in one step to its code: each docs/rules page ends with a Sources line linking the rule's analyzers,
/// code fix and tests, and every rule's tests carry <c>[Trait("Rule", "PAxxxx")]</c> so <c>dotnet test --filter Rule=PAxxxx</c> runs them.
/// </summary>
public sealed class RuleSourcesTests
{
    private const string SourcesPrefix = "Sources: ";

    private static readonly string AnalyzersFolder = Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.Analyzers") + Path.DirectorySeparatorChar;
    private static readonly string CodeFixesFolder = Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.CodeFixes") + Path.DirectorySeparatorChar;
    private static readonly string TestsFolder = Path.Combine(RepositoryPaths.Root, "tests", "PromptAnalyzers.Tests") + Path.DirectorySeparatorChar;

    public static IEnumerable<object[]> Rules() => typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => new object[] { (string)f.GetValue(null)! });

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_ends_with_a_Sources_line_whose_links_all_exist(string id)
    {
        var links = SourceLinks(id);
        Assert.NotEmpty(links);
        Assert.All(links, file => Assert.True(File.Exists(file), $"docs/rules/{id}.md links a missing file: {file}"));
        Assert.True(links.Any(f => f.StartsWith(AnalyzersFolder, StringComparison.Ordinal)), $"docs/rules/{id}.md names no analyzer");
        Assert.True(links.Any(f => f.StartsWith(TestsFolder, StringComparison.Ordinal)), $"docs/rules/{id}.md names no test file");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Sources_line_links_exactly_the_analyzers_that_report_the_rule(string id)
    {
        var reporting = AnalyzerTypes()
            .Where(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Any(d => d.Id == id))
            .Select(t => t.Name + ".cs");
        Assert.Equal(reporting.Order(StringComparer.Ordinal), LinkedFileNames(id, AnalyzersFolder));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Sources_line_links_exactly_the_code_fixes_of_the_rule(string id)
    {
        var fixing = CodeFixTypes()
            .Where(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id))
            .Select(t => t.Name + ".cs");
        Assert.Equal(fixing.Order(StringComparer.Ordinal), LinkedFileNames(id, CodeFixesFolder));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Test_files_in_the_Sources_line_carry_the_rule_trait(string id)
    {
        var trait = $"[Trait(\"Rule\", \"{id}\")]";
        foreach (var file in SourceLinks(id).Where(f => f.StartsWith(TestsFolder, StringComparison.Ordinal) && File.Exists(f)))
        {
            Assert.True(File.ReadAllText(file).Contains(trait, StringComparison.Ordinal), $"{file} is linked from docs/rules/{id}.md but has no {trait}");
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_has_a_test_class_with_its_Rule_trait(string id)
    {
        var classes = typeof(RuleSourcesTests).Assembly.GetTypes().Where(t => RuleTraits(t).Contains(id)).ToList();
        Assert.True(classes.Count > 0, $"No test class has [Trait(\"Rule\", \"{id}\")], so dotnet test --filter Rule={id} runs nothing");
        Assert.All(classes, c => Assert.True(HasTests(c), $"{c.Name} has the {id} trait but no [Fact] or [Theory]"));
    }

    [Fact]
    public void Rule_traits_name_only_rule_ids()
    {
        var ids = Rules().Select(r => (string)r[0]).ToHashSet(StringComparer.Ordinal);
        var traits = typeof(RuleSourcesTests).Assembly.GetTypes().SelectMany(t => RuleTraits(t).Select(id => (t.Name, id)));
        Assert.All(traits, trait => Assert.True(ids.Contains(trait.id), $"{trait.Name} has [Trait(\"Rule\", \"{trait.id}\")], which is no rule ID"));
    }

    /// <summary>The files the last non-blank line of docs/rules/<paramref name="id"/>.md links to, as full paths.</summary>
    private static List<string> SourceLinks(string id)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        var lastLine = File.ReadAllLines(Path.Combine(folder, id + ".md")).Last(l => !string.IsNullOrWhiteSpace(l));
        Assert.True(lastLine.StartsWith(SourcesPrefix, StringComparison.Ordinal), $"docs/rules/{id}.md does not end with a '{SourcesPrefix}' line");
        return Regex.Matches(lastLine, @"\]\(([^)\s]+)\)")
            .Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups[1].Value.Replace('/', Path.DirectorySeparatorChar))))
            .ToList();
    }

    private static IEnumerable<string> LinkedFileNames(string id, string underFolder) => SourceLinks(id)
        .Where(f => f.StartsWith(underFolder, StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Select(name => name!)
        .Order(StringComparer.Ordinal);

    private static IEnumerable<Type> AnalyzerTypes() => typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null);

    private static IEnumerable<Type> CodeFixTypes() => typeof(HardcodedFactsCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null);

    private static IEnumerable<string> RuleTraits(Type type) => type.GetCustomAttributesData()
        .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
        .Select(a => (string)a.ConstructorArguments[1].Value!);

    private static bool HasTests(Type type) => type.GetMethods().Any(m => m.GetCustomAttribute<FactAttribute>() is not null);
}
