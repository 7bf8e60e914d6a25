using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PromptAnalyzers.Tests.Package;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// The C# the analyzers are tested on: every raw-string C# source in the analyzer and discovery tests (read from the
/// test files themselves, so a new test adds to the corpus with no edit here, markup removed), plus the sample.
/// </summary>
internal static partial class SourceCorpus
{
    /// <summary>Test folders whose raw strings are C# sources for the analyzers.</summary>
    private static readonly string[] TestFolders = { "Rules", "Discovery", "Meta" };

    private static readonly Lazy<ImmutableArray<(string Name, string Text)>> TestSourcesLazy = new(LoadTestSources);

    public static ImmutableArray<(string Name, string Text)> TestSources => TestSourcesLazy.Value;

    /// <summary>Each test source on its own, and each sample file with the other sample files beside it.</summary>
    public static IEnumerable<FuzzInput> All()
    {
        foreach (var (name, text) in TestSources)
        {
            yield return new FuzzInput(name, text);
        }

        var sample = RobustnessHarness.SampleSources();
        foreach (var file in sample)
        {
            yield return new FuzzInput(file.Path, file.Text, sample.Where(f => f.Path != file.Path).ToImmutableArray());
        }
    }

    /// <summary>The whole sample as one compilation.</summary>
    public static Compilation SampleCompilation() => RobustnessHarness.Compile(RobustnessHarness.SampleSources());

    private static ImmutableArray<(string Name, string Text)> LoadTestSources()
    {
        var testsRoot = Path.Combine(RepositoryPaths.Root, "tests", "PromptAnalyzers.Tests");
        var sources = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var folder in TestFolders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(testsRoot, folder), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
                var index = 0;
                foreach (var token in root.DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.StringLiteralToken))
                    {
                        continue;
                    }

                    var text = token.ValueText;
                    if (!LooksLikeCSharp(text))
                    {
                        continue;
                    }

                    var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    sources.Add(($"{Path.GetRelativePath(testsRoot, file).Replace('\\', '/')}:{line}#{index++}", RemoveMarkup(text)));
                }
            }
        }

        return sources.ToImmutable();
    }

    private static bool LooksLikeCSharp(string text) =>
        text.Contains("using ", StringComparison.Ordinal) && (text.Contains(';', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal));

    /// <summary>Removes Microsoft.CodeAnalysis.Testing markup: <c>{|#0:</c>, <c>{|PA1001:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    internal static string RemoveMarkup(string text) => Markup().Replace(text, string.Empty);

    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
