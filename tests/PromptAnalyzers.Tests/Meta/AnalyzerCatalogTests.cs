using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Tests.Infrastructure;
using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Meta;

/// <summary>Every exported analyzer and rule is complete: docs page, README row, release tracking, help link; and robust on broken code.</summary>
public sealed class AnalyzerCatalogTests
{
    public static IEnumerable<object[]> Analyzers() => AllAnalyzers().Select(a => new object[] { a.GetType().Name });

    public static IEnumerable<object[]> Rules() => AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Select(id => new object[] { id });

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static DiagnosticDescriptor Descriptor(string id) => AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    [Fact]
    public void There_are_analyzers_and_every_rule_id_is_a_public_constant()
    {
        var constants = typeof(RuleIdentifiers).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var ids = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, constants));
        // An analyzer may use several descriptors for one ID (e.g. a capped-overflow message). Several analyzers may report
        // one ID (PA2001 on C# prompts and on prompt files) only by sharing the very same descriptor objects, so the ID
        // keeps one title, category, severity and message.
        var descriptorsById = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics.Select(d => (Descriptor: d, Owner: a.GetType()))).GroupBy(x => x.Descriptor.Id);
        Assert.All(descriptorsById, group =>
        {
            var owners = group.Select(x => x.Owner).Distinct().ToList();
            if (owners.Count == 1)
            {
                return;
            }

            var distinct = group.Select(x => x.Descriptor).Distinct(ReferenceEqualityComparer.Instance).ToList();
            Assert.All(owners, owner => Assert.Equal(distinct.Count, group.Where(x => x.Owner == owner).Select(x => x.Descriptor).Distinct(ReferenceEqualityComparer.Instance).Count()));
        });
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Help_link_points_at_an_existing_docs_page(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(RuleDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "Missing " + page);
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void README_table_has_the_rule_with_its_title_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var row = readme.SingleOrDefault(l => l.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal));
        Assert.True(row is not null, $"README.md has no rules-table row for {id}");
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Title.ToString(), cells[2]);
        Assert.Equal(descriptor.Category, cells[3]);
        Assert.StartsWith(descriptor.DefaultSeverity.ToString(), cells[4], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Release_tracking_has_the_rule(string id)
    {
        var descriptor = Descriptor(id);
        var folder = Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md")).Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")));
        Assert.Contains(rows, r => Regex.IsMatch(r, $@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|"));
    }

    public static IEnumerable<object[]> BrokenSources() => new[]
    {
        new object[] { string.Empty },
        new object[] { "using Microsoft.Extensions.AI;\nvar m = new ChatMessage(ChatRole.System, \"You are" },
        new object[] { "using Microsoft.Extensions.AI;\nvar m = new ChatMessage(ChatRole.System, $\"You are {" },
        new object[] { "using OpenAI.Chat;\nclass C { void M(ChatClient c) { c.CompleteChat(new SystemChatMessage(\"\"\"\n  unterminated raw" },
        new object[] { "using Microsoft.SemanticKernel.ChatCompletion;\nclass C { const string A = B; const string B = A; void M() { new ChatHistory(A + ); } }" },
        new object[] { "using Microsoft.Extensions.AI;\nclass C { ChatMessage M() => new ChatMessage(, ) ; string P => P; ChatMessage N() => new(ChatRole.System, P); }" },
        new object[] { "using System.Text; using Microsoft.Extensions.AI;\nclass C { ChatMessage M() { var sb = new StringBuilder(; sb.Append(\"x\" sb.ToString(); return new ChatMessage(ChatRole.System, sb.ToString()); } }" },
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task No_analyzer_throws_on_empty_or_half_typed_source(string source)
    {
        var compilation = DiscoveryHarness.Compile(source);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers(), options).GetAllDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
