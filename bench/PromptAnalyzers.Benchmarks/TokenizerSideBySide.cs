using System.Diagnostics;
using System.Text;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Benchmarks;

/// <summary>
/// <c>--tokenizer [--seconds 3] [--rounds 5]</c>: the same measurement as bench/tiktoken-node/bench.mjs (same texts, one
/// count per text, passes for a fixed time, median of rounds), so the two print comparable tables. The passes repeat the
/// same texts, so from the second pass on every short piece is in the counting thread's piece cache;
/// <c>--new-thread-per-pass</c> gives each pass a fresh thread (an empty cache), the figure for texts not seen before.
/// </summary>
internal static class TokenizerSideBySide
{
    public static int Run(string[] args)
    {
        var seconds = Compilations.AnalyzerOverhead.Option(args, "--seconds", 3);
        var rounds = Compilations.AnalyzerOverhead.Option(args, "--rounds", 5);
        var splitOnly = args.Contains("--pretokenize-only");
        // --new-thread-per-pass: each pass starts with an empty per-thread piece cache, as a first count of new texts does.
        var newThreadPerPass = args.Contains("--new-thread-per-pass");
        var prompts = Corpus.Prompts("prompts.jsonl");
        var sets = new (string Name, string[] Texts)[] { ("prompts", prompts), ("all", prompts.Concat(Corpus.Prompts("tokens.jsonl")).ToArray()) };
        // CPU time per pass next to wall time: on a machine shared with other work, the thread's CPU time is the steadier figure.
        Console.WriteLine("| texts | encoding | texts | UTF-8 bytes | tokens | ms per pass (median) | tokens/s | MB/s | CPU ms per pass (median) | MB per CPU s |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var only = args.SkipWhile(a => a != "--set").Skip(1).FirstOrDefault(); // --set prompts|all: one set only
        foreach (var (name, texts) in sets.Where(s => only is null || s.Name == only))
        {
            foreach (var encoding in new[] { TokenEncoding.O200kBase, TokenEncoding.Cl100kBase })
            {
                var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
                var preTokenizer = TiktokenEncodings.Get(encoding)!.PreTokenizer;
                int Pass()
                {
                    if (!newThreadPerPass)
                    {
                        return PassOnThisThread();
                    }

                    var result = 0;
                    var thread = new Thread(() => result = PassOnThisThread());
                    thread.Start();
                    thread.Join();
                    return result;
                }

                int PassOnThisThread()
                {
                    var tokens = 0;
                    foreach (var text in texts)
                    {
                        // --pretokenize-only: the pre-tokenizer's share (pieces counted instead of tokens).
                        tokens += splitOnly ? preTokenizer.PreTokenize(text).Count() : TokenCounter.Count(text, encoding);
                    }

                    return tokens;
                }

                var tokens = Pass();
                for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 1000;)
                {
                    Pass();
                }

                var perPass = new List<double>();
                var cpuPerPass = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    var n = 0;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var stopwatch = Stopwatch.StartNew();
                    while (stopwatch.ElapsedMilliseconds < seconds * 1000)
                    {
                        Pass();
                        n++;
                    }

                    perPass.Add(stopwatch.Elapsed.TotalMilliseconds / n);
                    cpuPerPass.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n);
                }

                var median = Compilations.Stats.Median(perPass);
                var cpuMedian = Compilations.Stats.Median(cpuPerPass);
                Console.WriteLine($"| {name} | {TokenCounter.NameOf(encoding)} | {texts.Length} | {bytes} | {tokens} | {median:N3} | {tokens / (median / 1000):N0} | {bytes / 1e6 / (median / 1000):N2} | {cpuMedian:N3} | {bytes / 1e6 / (cpuMedian / 1000):N2} |");
            }
        }

        return 0;
    }
}
