using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// <c>--probe</c>: stopwatch instrumentation of where our analyzers' time goes on the large compilation, single-threaded:
/// walking the operations (binding), discovery (<c>FindSites</c> on every operation the analyzers register for), fact
/// detection and token counting of the sites found.
/// </summary>
internal static class DiscoveryProbe
{
    public static int Run(string[] args)
    {
        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var aiFiles = AnalyzerOverhead.Option(args, "--ai-files", 100);
        var trees = BenchReferences.Parse(GeneratedProject.Sources(ordinary, aiFiles));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        {
            // Relevance: which trees the prompt rules bind at all, and what it costs to decide.
            var compilation = BenchReferences.Compile(trees, withSdks: true);
            var warm = Stopwatch.StartNew();
            compilation.GetTypeByMetadataName("OpenAI.Chat.ChatClient");
            Console.WriteLine($"// first type lookup (declarations merged, references bound: the compiler's own cost): {warm.Elapsed.TotalMilliseconds:N0} ms");
            var catalogTime = Stopwatch.StartNew();
            var discovery = PromptDiscovery.For(compilation);
            Console.WriteLine($"// catalog (first in process, entry names included): {catalogTime.Elapsed.TotalMilliseconds:N0} ms");
            var scan = Stopwatch.StartNew();
            foreach (var tree in compilation.SyntaxTrees)
            {
                IdentifierIndex.For(tree, CancellationToken.None);
            }

            Console.WriteLine($"// identifier index of {compilation.SyntaxTrees.Count():N0} trees ({compilation.SyntaxTrees.Sum(t => t.Length) / 1e6:N1} M chars): {scan.Elapsed.TotalMilliseconds:N0} ms");
            Console.WriteLine($"// catalog entry names ({discovery.Catalog.EntryNameList.Length}): {string.Join(" ", discovery.Catalog.EntryNameList)}");
            var relevance = Stopwatch.StartNew();
            var relevant = compilation.SyntaxTrees.Count(t => discovery.IsRelevantTree(t, PromptAnalyzersOptions.For(options, t), CancellationToken.None));
            relevance.Stop();
            Console.WriteLine($"// relevant trees: {relevant:N0} of {compilation.SyntaxTrees.Count():N0}, decided in {relevance.Elapsed.TotalMilliseconds:N0} ms (identifier index built)");
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                // A keystroke: one tree replaced (new text, same relevance), everything else unchanged.
                var edited = compilation.SyntaxTrees.First(t => t.FilePath.Contains("/Ai/Assistant0", StringComparison.Ordinal));
                var second = compilation.ReplaceSyntaxTree(edited, edited.WithChangedText(edited.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// " + i + "\n"))));
                var secondDiscovery = PromptDiscovery.For(second);
                if (i == 0)
                {
                    Console.WriteLine($"// catalog reused by the keystroke snapshot: {ReferenceEquals(secondDiscovery.Catalog, discovery.Catalog)} (types from source: {discovery.Catalog.HasSourceTypes})");
                }

                var again = Stopwatch.StartNew();
                relevant = second.SyntaxTrees.Count(t => secondDiscovery.IsRelevantTree(t, PromptAnalyzersOptions.For(options, t), CancellationToken.None));
                times.Add(again.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"// keystroke snapshots (one tree edited, indexes kept): relevance decided in median {Stats.Median(times):N2} ms, first {times[0]:N2} ms; relevant {relevant:N0}");
            if (args.Contains("--relevance-only"))
            {
                foreach (var tree in compilation.SyntaxTrees.Where(t => discovery.IsRelevantTree(t, PromptAnalyzersOptions.For(options, t), CancellationToken.None)).Take(5))
                {
                    Console.WriteLine("//   e.g. " + tree.FilePath);
                }

                return 0;
            }
        }

        for (var round = 0; round < AnalyzerOverhead.Option(args, "--rounds", 2); round++)
        {
            var compilation = BenchReferences.Compile(trees, withSdks: true);
            var operations = new List<(IOperation Operation, SyntaxTree Tree)>();
            var walk = Stopwatch.StartNew();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    var operation = model.GetOperation(node);
                    if (operation is null || operation.Syntax != node)
                    {
                        continue;
                    }

                    Add(operation, tree);
                    if (operation.Parent is IConversionOperation parent && parent.Syntax == node && parent.IsImplicit)
                    {
                        Add(parent, tree);
                    }
                }
            }

            void Add(IOperation operation, SyntaxTree tree)
            {
                if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Conversion)
                {
                    operations.Add((operation, tree));
                }
            }

            walk.Stop();
            var discovery = PromptDiscovery.For(compilation);
            var find = Stopwatch.StartNew();
            var sites = new List<PromptSite>();
            var helperTime = TimeSpan.Zero;
            foreach (var (operation, tree) in operations)
            {
                sites.AddRange(discovery.FindSites(operation, PromptAnalyzersOptions.For(options, tree), CancellationToken.None));
            }

            find.Stop();
            var again = Stopwatch.StartNew();
            foreach (var (operation, tree) in operations)
            {
                discovery.FindSites(operation, PromptAnalyzersOptions.For(options, tree), CancellationToken.None);
            }

            again.Stop();
            var facts = Stopwatch.StartNew();
            var factCount = 0;
            foreach (var site in sites.Where(s => s.Text.HasStaticText))
            {
                factCount += FactDetector.Detect(site.Text.Render()).Facts.Count;
            }

            facts.Stop();
            var tokens = Stopwatch.StartNew();
            foreach (var site in sites)
            {
                PromptTokens.Count(site, Text.Tokens.TokenizerSpec.O200kBase);
            }

            tokens.Stop();
            var secrets = Stopwatch.StartNew();
            var secretCount = 0;
            foreach (var site in sites.Where(s => s.Text.HasStaticText))
            {
                secretCount += Text.Security.SecretScanner.Scan(site.Text.Render("\n")).Count;
            }

            secrets.Stop();
            Console.WriteLine($"round {round}: {operations.Count:N0} operations walked in {walk.ElapsedMilliseconds:N0} ms; FindSites {find.ElapsedMilliseconds:N0} ms ({sites.Count} sites), again (helper flows cached) {again.ElapsedMilliseconds:N0} ms; facts {facts.ElapsedMilliseconds:N0} ms ({factCount} facts); tokens {tokens.ElapsedMilliseconds:N0} ms; secrets {secrets.Elapsed.TotalMilliseconds:N1} ms ({secretCount} found)");
        }

        return 0;
    }
}
