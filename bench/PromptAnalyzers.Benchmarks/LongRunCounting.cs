using System.Diagnostics;
using System.Text;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Benchmarks;

/// <summary>
/// <c>--long-runs [--rounds 3]</c>: counts tokens of text made of unbroken runs (spaces, letters, dashes, digits) and
/// line breaks, padded with prompts: at run length 1,000,000 it is the 5 MB text that TokenCounterTests checks for
/// hangs. Run lengths of 0.5, 1 and 2 million show that the time grows linearly with the size (no quadratic merge, no
/// catastrophic regex backtracking); the tests check the merge's work per byte, this measures the time.
/// </summary>
internal static class LongRunCounting
{
    public static int Run(string[] args)
    {
        var rounds = Compilations.AnalyzerOverhead.Option(args, "--rounds", 3);
        Console.WriteLine("| encoding | run length | chars | tokens | ms (median) | ms per million chars |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var encoding in new[] { TokenEncoding.O200kBase, TokenEncoding.Cl100kBase })
        {
            TokenCounter.Count("warm up", encoding);
            foreach (var runLength in new[] { 500_000, 1_000_000, 2_000_000 })
            {
                var text = Text(runLength);
                var tokens = 0;
                var times = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    tokens = TokenCounter.Count(text, encoding);
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }

                var median = Compilations.Stats.Median(times);
                Console.WriteLine($"| {TokenCounter.NameOf(encoding)} | {runLength:N0} | {text.Length:N0} | {tokens:N0} | {median:N0} | {median / (text.Length / 1e6):N0} |");
            }
        }

        return 0;
    }

    /// <summary>Runs of <paramref name="runLength"/> spaces, letters, dashes and digits, half as many line breaks, then prompts up to five times the run length.</summary>
    private static string Text(int runLength)
    {
        var sb = new StringBuilder((runLength * 53) / 10);
        sb.Append(' ', runLength).Append('x').Append('a', runLength).Append(' ').Append('-', runLength).Append(' ');
        sb.Append('7', runLength).Append('\n', runLength / 2);
        while (sb.Length < 5 * runLength)
        {
            sb.Append("You are a helpful assistant. Answer in at most 80 words; cite the policy by name. 😀 中文 ");
        }

        return sb.ToString();
    }
}
