using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Knowledge.Text;

/// <summary>
/// Okapi BM25 over <see cref="KnowledgeTokenizer"/> terms. A chunk is indexed with its headings, so a question
/// that names a section ("shipping") finds the section's paragraphs. Immutable once built: safe to search from
/// many threads.
/// </summary>
public sealed class Bm25Index
{
    private readonly KnowledgeChunk[] _chunks;
    private readonly Dictionary<string, int>[] _termFrequencies;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequencies = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    /// <summary>Builds the index.</summary>
    /// <param name="chunks">The chunks to index.</param>
    /// <param name="k1">Term-frequency saturation (1.2 is the usual value).</param>
    /// <param name="b">Length normalisation (0.75 is the usual value).</param>
    public Bm25Index(IEnumerable<KnowledgeChunk> chunks, double k1 = 1.2, double b = 0.75)
    {
        K1 = k1;
        B = b;
        _chunks = new List<KnowledgeChunk>(chunks ?? throw new ArgumentNullException(nameof(chunks))).ToArray();
        _termFrequencies = new Dictionary<string, int>[_chunks.Length];
        _lengths = new int[_chunks.Length];
        long total = 0;
        for (var i = 0; i < _chunks.Length; i++)
        {
            var terms = KnowledgeTokenizer.Tokenize(_chunks[i].Heading + "\n" + _chunks[i].Text);
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequencies.TryGetValue(term, out var count);
                frequencies[term] = count + 1;
            }

            foreach (var term in frequencies.Keys)
            {
                _documentFrequencies.TryGetValue(term, out var df);
                _documentFrequencies[term] = df + 1;
            }

            _termFrequencies[i] = frequencies;
            _lengths[i] = terms.Count;
            total += terms.Count;
        }

        _averageLength = _chunks.Length == 0 ? 0 : Math.Max(1.0, (double)total / _chunks.Length);
    }

    /// <summary>Term-frequency saturation.</summary>
    public double K1 { get; }

    /// <summary>Length normalisation.</summary>
    public double B { get; }

    /// <summary>The number of indexed chunks.</summary>
    public int Count => _chunks.Length;

    /// <summary>The indexed chunks, in index order.</summary>
    public IReadOnlyList<KnowledgeChunk> Chunks => _chunks;

    /// <summary>The <paramref name="top"/> chunks with a positive BM25 score for <paramref name="query"/>, best first (ties in index order).</summary>
    public IReadOnlyList<KnowledgeChunk> Search(string query, int top = 3)
    {
        var results = new List<KnowledgeChunk>();
        if (top <= 0 || _chunks.Length == 0)
        {
            return results;
        }

        var queryTerms = new HashSet<string>(KnowledgeTokenizer.Tokenize(query), StringComparer.Ordinal);
        if (queryTerms.Count == 0)
        {
            return results;
        }

        var scored = new List<(double Score, int Index)>();
        for (var i = 0; i < _chunks.Length; i++)
        {
            var score = 0.0;
            var frequencies = _termFrequencies[i];
            foreach (var term in queryTerms)
            {
                if (!frequencies.TryGetValue(term, out var tf))
                {
                    continue;
                }

                var df = _documentFrequencies[term];
                var idf = Math.Log(1 + ((_chunks.Length - df + 0.5) / (df + 0.5)));
                score += idf * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * _lengths[i] / _averageLength))));
            }

            if (score > 0)
            {
                scored.Add((score, i));
            }
        }

        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index));
        for (var i = 0; i < scored.Count && i < top; i++)
        {
            results.Add(_chunks[scored[i].Index].WithScore(scored[i].Score));
        }

        return results;
    }
}
