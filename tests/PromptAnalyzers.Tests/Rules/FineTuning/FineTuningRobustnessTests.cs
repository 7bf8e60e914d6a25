using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules;
using PromptAnalyzers.Rules.FineTuning;
using PromptAnalyzers.Text.FineTuning;
using Xunit;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Rules.FineTuning;

/// <summary>Bad and big input through the whole analyzer: bounded diagnostics, no exception (no AD0001).</summary>
[Collection(PromptAnalyzers.Tests.Infrastructure.MemoryMeasurementCollection.Name)]
[Trait("Rule", "PA3001")]
[Trait("Rule", "PA3004")]
public class FineTuningRobustnessTests(ITestOutputHelper output)
{
    private const string Valid = """{"messages": [{"role": "user", "content": "My order is late."}, {"role": "assistant", "content": "Sorry about that! Let me check it for you."}]}""";

    private static async Task<Diagnostic[]> RunAsync(SourceText text, string path = "/0/train.jsonl")
    {
        var diagnostics = await FineTuningAnalyzerRunner.RunAsync(path, text);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id.StartsWith("PA", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public async Task Kind_code_is_in_the_diagnostic_properties()
    {
        var diagnostics = await RunAsync(SourceText.From(Valid + "\n" + """{"messages": [{"role": "bot", "content": "x"}]}""" + "\n"));
        var malformed = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.MalformedFineTuningExample);
        Assert.Equal("unknown_role", malformed.Properties[FineTuningDatasetAnalyzer.KindProperty]);
        Assert.Equal(1, malformed.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Bom_and_crlf_dataset_has_no_malformed_lines()
    {
        string text = "\uFEFF" + string.Join("\r\n", Enumerable.Repeat(Valid, 10)) + "\r\n";
        var diagnostics = await RunAsync(SourceText.From(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()), Encoding.UTF8));
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIdentifiers.MalformedFineTuningExample);
        Assert.Contains(diagnostics, d => d.Id == RuleIdentifiers.FineTuningDatasetEstimate && d.GetMessage().Contains("10 valid examples", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Binary_garbage_jsonl_is_not_a_dataset_and_reports_nothing()
    {
        var random = new Random(42);
        byte[] bytes = new byte[200_000];
        random.NextBytes(bytes);
        var diagnostics = await RunAsync(SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: false));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Invalid_utf8_bytes_inside_a_dataset_give_clear_diagnostics()
    {
        byte[] valid = Encoding.UTF8.GetBytes(Valid + "\n");
        byte[] broken = Encoding.UTF8.GetBytes("{\"messages\": [{\"role\": \"user\", \"content\": \"caf")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes("\"}, {\"role\": \"assistant\", \"content\": \"ok\"}]}\n"))
            .ToArray();
        byte[] binaryLine = [0x00, 0x01, 0x02, 0x7B, 0x0A];
        byte[] all = valid.Concat(broken).Concat(binaryLine).Concat(valid).ToArray();
        var diagnostics = await RunAsync(SourceText.From(new MemoryStream(all), Encoding.UTF8, throwIfBinaryDetected: false));
        var malformed = diagnostics.Where(d => d.Id == RuleIdentifiers.MalformedFineTuningExample).ToArray();

        // The decoder turns invalid bytes into U+FFFD, which is valid JSON string content: line 2 is a valid example.
        // Line 3 (control chars) is invalid JSON.
        var bad = Assert.Single(malformed);
        Assert.Equal(2, bad.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("invalid JSON at column 1", bad.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_megabyte_line_is_validated_without_exception()
    {
        string huge = "{\"messages\": [{\"role\": \"user\", \"content\": \"" + new string('a', 10 * 1024 * 1024) + "\"}, {\"role\": \"assistant\", \"content\": \"ok\"}]}";
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await RunAsync(SourceText.From(Valid + "\n" + huge + "\n" + huge[..^3] + "\n"));
        output.WriteLine($"10 MB lines: {stopwatch.ElapsedMilliseconds} ms");
        var malformed = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.MalformedFineTuningExample);
        Assert.Equal(2, malformed.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("invalid JSON", malformed.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Million_line_file_has_bounded_diagnostics_and_memory()
    {
        const int Lines = 1_000_000;
        string bad = """{"messages": [{"role": "user", "content": "hi"}]}""";
        var builder = new StringBuilder(Lines * 160);
        for (int i = 0; i < Lines; i++)
        {
            builder.Append(i % 2 == 0 ? Valid : bad).Append('\n');
        }

        var text = SourceText.From(builder.ToString());
        builder.Clear();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await RunAsync(text);
        stopwatch.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: false);
        double megabytes = text.Length / 1024.0 / 1024.0;
        output.WriteLine($"{Lines:N0} lines, {megabytes:N1} M chars: {stopwatch.ElapsedMilliseconds:N0} ms ({megabytes / stopwatch.Elapsed.TotalSeconds:N1} M chars/s), "
            + $"allocated {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1024 / 1024:N0} MB, live growth {(after - before) / 1024 / 1024:N0} MB");

        Assert.Equal(100, diagnostics.Count(d => d.Descriptor == FineTuningDatasetAnalyzer.MalformedExample));
        var overflow = Assert.Single(diagnostics, d => d.Descriptor == FineTuningDatasetAnalyzer.MalformedExampleOverflow);
        Assert.Contains("499,900 more malformed lines", overflow.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == RuleIdentifiers.FineTuningDatasetEstimate && d.GetMessage().Contains("500,000 valid examples", StringComparison.Ordinal));
        Assert.True(diagnostics.Length <= 105);
    }

    [Fact]
    public void Validator_on_a_long_stream_keeps_no_lines()
    {
        // 1,000,000 lines streamed from a generator: the validator's own memory must not grow with the file.
        var validator = new FineTuningDatasetValidator();
        long before = GC.GetTotalMemory(true);
        int count = 0;
        foreach (var report in validator.Validate(new RepeatingReader(Valid + "\n", 1_000_000)))
        {
            count++;
            if (count == 500_000)
            {
                long middle = GC.GetTotalMemory(true);
                output.WriteLine($"live memory growth after 500,000 lines: {(middle - before) / 1024} KB");
                Assert.True(middle - before < 16 * 1024 * 1024, "memory grows with the number of lines");
            }
        }

        Assert.Equal(1_000_000, validator.Summary.Examples);
    }

    [Fact]
    public async Task Cancellation_stops_the_analysis()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var text = SourceText.From(string.Join("\n", Enumerable.Repeat(Valid, 1000)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FineTuningAnalyzerRunner.RunAsync("/0/t.jsonl", text, cts.Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("{")]
    [InlineData("{\"messages\":")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"\\ud800\"}, {\"role\": \"assistant\", \"content\": \"x\"}]}")]
    [InlineData("{\"messages\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    [InlineData("\u2028\u2029\u0085{\"messages\": []}")]
    public async Task Odd_input_never_throws(string text)
    {
        await RunAsync(SourceText.From(text), "/0/odd.jsonl");
        var reports = new FineTuningDatasetValidator().Validate(new StringReader(text)).ToList();
        Assert.All(reports, r => Assert.True(r.Error is null || r.Error.Message.Length > 0));
    }

    /// <summary>A reader that produces the same text many times without ever holding it all.</summary>
    private sealed class RepeatingReader(string unit, int times) : TextReader
    {
        private int _done;
        private int _offset;

        public override int Read(char[] buffer, int index, int count)
        {
            int written = 0;
            while (written < count && _done < times)
            {
                int take = Math.Min(count - written, unit.Length - _offset);
                unit.CopyTo(_offset, buffer, index + written, take);
                written += take;
                _offset += take;
                if (_offset == unit.Length)
                {
                    _offset = 0;
                    _done++;
                }
            }

            return written;
        }
    }
}
