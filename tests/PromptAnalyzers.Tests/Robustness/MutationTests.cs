using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Broken code that typing alone does not produce: random token deletions, duplications and swaps (fixed seed, so
/// a failure names its seed and prints the mutated source) over the same corpus, analysed by every analyzer.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class MutationTests(ITestOutputHelper output)
{
    private static int MutantsPerSource => RobustnessHarness.IsLargeRun ? 100 : 8;

    [Fact]
    public async Task Mutated_sources_never_crash_or_hang_any_analyzer()
    {
        var inputs = new List<FuzzInput>();
        var sourceIndex = 0;
        foreach (var source in SourceCorpus.All())
        {
            // One generator per source: adding a test source does not change the mutants of the others.
            var random = new Random(unchecked(RobustnessHarness.Seed * 31 + sourceIndex++));
            var tokens = Tokens(source.Text);
            if (tokens.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < MutantsPerSource; i++)
            {
                var (text, description) = Mutate(tokens, random);
                inputs.Add(source with { Name = $"{source.Name} mutant {i}: {description}", Text = text });
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var count = await RobustnessHarness.RunAllAsync(inputs, i => RobustnessHarness.Compile(i.Files()));
        output.WriteLine($"{count:N0} mutated inputs, all analyzers, {stopwatch.Elapsed.TotalSeconds:N1} s (seed {RobustnessHarness.Seed})");
    }

    [Fact]
    public void Mutations_are_reproducible_from_the_seed()
    {
        var tokens = Tokens("using Microsoft.Extensions.AI;\nvar m = new ChatMessage(ChatRole.System, \"You are a bot.\");\n");
        Assert.Equal(Mutate(tokens, new Random(7)), Mutate(tokens, new Random(7)));
    }

    /// <summary>The source's tokens with their trivia, so that joining them gives the source back.</summary>
    private static List<string> Tokens(string text) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))
        .GetRoot().DescendantTokens(descendIntoTrivia: false).Select(t => t.ToFullString()).Where(t => t.Length > 0).ToList();

    /// <summary>One to three deletions, duplications or swaps of random tokens.</summary>
    private static (string Text, string Description) Mutate(IReadOnlyList<string> original, Random random)
    {
        var tokens = original.ToList();
        var description = new StringBuilder();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && tokens.Count > 1; m++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    description.Append($"delete #{at} '{Short(tokens[at])}'; ");
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    description.Append($"duplicate #{at} '{Short(tokens[at])}'; ");
                    tokens.Insert(at, tokens[at]);
                    break;
                default:
                    var other = random.Next(tokens.Count);
                    description.Append($"swap #{at} '{Short(tokens[at])}' and #{other} '{Short(tokens[other])}'; ");
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        return (string.Concat(tokens), description.ToString().TrimEnd(' ', ';'));
    }

    private static string Short(string token)
    {
        var trimmed = token.Trim().Replace("\n", " ", StringComparison.Ordinal);
        return trimmed.Length <= 30 ? trimmed : trimmed.Substring(0, 30) + "...";
    }
}
