using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Benchmarks;

/// <summary>
/// Throughput of the text engine on realistic prompt text: the labelled corpus (../shared/corpus/prompts.jsonl) joined
/// into one ~MB-sized body of prompts, processed prompt by prompt. Bytes per operation are reported as a column so MB/s
/// follows from the mean time.
/// </summary>
[MemoryDiagnoser]
public class TextEngineBenchmarks
{
    private string[] _prompts = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Find("prompts.jsonl");
        _prompts = File.ReadLines(corpus)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        Console.WriteLine($"// {_prompts.Length} prompts, {Encoding.UTF8.GetByteCount(string.Concat(_prompts)):N0} UTF-8 bytes per operation");

        // Load the encodings before measuring (first use is measured separately).
        TokenCounter.Count("warm up", TokenEncoding.O200kBase);
        TokenCounter.Count("warm up", TokenEncoding.Cl100kBase);
    }

    [Benchmark]
    public int FactDetector_AllCorpusPrompts()
    {
        var facts = 0;
        foreach (var prompt in _prompts)
        {
            facts += FactDetector.Detect(prompt).Facts.Count;
        }

        return facts;
    }

    [Benchmark]
    public int Tokens_o200k_AllCorpusPrompts()
    {
        var tokens = 0;
        foreach (var prompt in _prompts)
        {
            tokens += TokenCounter.Count(prompt, TokenEncoding.O200kBase);
        }

        return tokens;
    }

    [Benchmark]
    public int Tokens_cl100k_AllCorpusPrompts()
    {
        var tokens = 0;
        foreach (var prompt in _prompts)
        {
            tokens += TokenCounter.Count(prompt, TokenEncoding.Cl100kBase);
        }

        return tokens;
    }
}

internal static class Corpus
{
    /// <summary>The "text" of every line of a corpus JSONL file.</summary>
    public static string[] Prompts(string name) => File.ReadLines(Find(name))
        .Where(line => line.Trim().Length > 0)
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
        .ToArray();

    public static string Find(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/corpus/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
