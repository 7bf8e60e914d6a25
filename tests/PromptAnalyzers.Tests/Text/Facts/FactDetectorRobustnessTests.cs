using System.Text;
using PromptAnalyzers.Text.Facts;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>Pathological inputs: the detector runs inside the compiler, so it must finish and never throw.</summary>
public sealed class FactDetectorRobustnessTests
{
    public static IEnumerable<object[]> Inputs()
    {
        yield return new object[] { "five MB of prose", string.Concat(Enumerable.Repeat("Standard delivery costs $4.99 and takes 3 days. Answer in 3 sentences. ", 5 * 1024 * 1024 / 72)) };
        yield return new object[] { "100,000 digits", new string('7', 100_000) };
        yield return new object[] { "digits with separators", string.Concat(Enumerable.Repeat("1 2-3.4/5(6)7 ", 50_000)) };
        yield return new object[] { "one 1 MB line", new string('a', 512 * 1024) + "@" + new string('b', 512 * 1024) };
        yield return new object[] { "dots and at signs", string.Concat(Enumerable.Repeat("a.@.", 200_000)) };
        yield return new object[] { "emoji and combining marks", string.Concat(Enumerable.Repeat("😀 e\u0301\u0301\u0301 ₽ 5 € 👩‍👩‍👧 ", 20_000)) };
        yield return new object[] { "lone surrogates", "Price \uD800 $5 \uDC00 9:00\uD83D" + new string('\uD800', 10_000) };
        yield return new object[] { "unclosed braces and tags", string.Concat(Enumerable.Repeat("{{ <rules [ ( \" « ", 50_000)) };
        yield return new object[] { "many table rows", string.Concat(Enumerable.Repeat("| a | $1 | 2 GB |\n", 100_000)) };
        yield return new object[] { "many lines", string.Concat(Enumerable.Repeat("x\n", 1_000_000)) };
        yield return new object[] { "urls", string.Concat(Enumerable.Repeat("https://", 100_000)) };
        yield return new object[] { "one line of prices", string.Concat(Enumerable.Repeat("pizza 12.95, ", 100_000)) };
        yield return new object[] { "text without spaces or stops", new string('\u4EF7', 500_000) + "25元" + new string('\uAC00', 500_000) };
        yield return new object[] { "pretty-printed JSON", "[\n" + string.Concat(Enumerable.Repeat("  {\n    \"name\": \"A\",\n    \"price\": \"Rp 12.000\",\n    \"fee\": \"5%\"\n  },\n", 50_000)) + "]" };
        yield return new object[] { "a passage to reproduce", "Reply with exactly this text:\n" + string.Concat(Enumerable.Repeat("Item 1 costs $5.\n\n", 100_000)) };
        yield return new object[] { "speaker lines", string.Concat(Enumerable.Repeat("John: I paid $5 on Monday.\nMary: We open at 9:00.\n", 50_000)) };
        yield return new object[] { "camel case and bare domains", string.Concat(Enumerable.Repeat("currentPrice a.b.com/x iPhone github.com/a ", 50_000)) };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Finishes_without_exception(string name, string text)
    {
        var report = FactDetector.Detect(text);
        Assert.NotNull(report);
        Assert.False(string.IsNullOrEmpty(name));
        foreach (var f in report.Facts.Take(1000))
        {
            Assert.InRange(f.Start, 0, text.Length);
            Assert.InRange(f.Start + f.Length, 0, text.Length);
            Assert.True(f.Text.Length <= 121);
        }
    }

    [Fact]
    public void Empty_and_whitespace()
    {
        Assert.False(FactDetector.Detect(string.Empty).MeetsThreshold(1));
        Assert.False(FactDetector.Detect(" \n\t\r\n").MeetsThreshold(1));
        Assert.False(FactDetector.Detect(null!).MeetsThreshold(1));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FactDetector.Detect(string.Concat(Enumerable.Repeat("Costs $5.\n", 10_000)), cts.Token));
    }

    [Fact]
    public void Throughput_is_reported()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("You are a helpful assistant. Delivery costs €3.95 and takes 2–4 business days. Answer in at most 3 sentences.\n");
        }

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var report = FactDetector.Detect(sb.ToString());
        sw.Stop();
        Assert.True(report.Facts.Count > 0);
        Console.WriteLine($"1 MB in {sw.ElapsedMilliseconds} ms");
    }
}
