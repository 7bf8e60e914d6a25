using System.Text;
using PromptAnalyzers.Tests.Infrastructure;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class TokenCounterTests
{
    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Every_corpus_text_counts_exactly_as_tiktoken(TokenEncoding encoding)
    {
        IReadOnlyList<ReferenceCount> corpus = TokenTestData.Corpus();
        Assert.Equal(469, corpus.Count);
        AssertAllMatch(corpus, encoding);
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Edge_cases_count_exactly_as_tiktoken(TokenEncoding encoding)
    {
        // Code points of every plane and category, astral letters and digits, emoji sequences, combining marks,
        // contractions, lone surrogates, NUL, special-token text, and pieces long enough for the O(n log n) merge.
        IReadOnlyList<ReferenceCount> cases = TokenTestData.EdgeCases();
        Assert.True(cases.Count > 3000);
        Assert.Contains(cases, c => c.Text.Length > SmallPieceBpe.MaxBytes * 20);
        AssertAllMatch(cases, encoding);
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase, 199_998)]
    [InlineData(TokenEncoding.Cl100kBase, 100_256)]
    public void Encodings_load_from_the_embedded_data(TokenEncoding encoding, int rankCount)
    {
        Assert.True(TokenCounter.TryCount("hello", encoding, out int count));
        Assert.Equal(1, count);
        Assert.Null(TiktokenEncodings.LoadError);
        Assert.Equal(rankCount, TiktokenEncodings.Get(encoding)!.Ranks.Count);
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Special_token_text_is_ordinary_text(TokenEncoding encoding)
    {
        // As one special token it would be 1; as text tiktoken's encode_ordinary splits it into several.
        Assert.Equal(7, TokenCounter.Count("<|endoftext|>", encoding));
        Assert.True(TokenCounter.Count("<|im_start|>system<|im_end|>", encoding) > 3);
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Lone_surrogates_and_control_chars_count_like_tiktoken_without_throwing(TokenEncoding encoding)
    {
        // tiktoken sees U+FFFD for an unpaired surrogate.
        Assert.Equal(TokenCounter.Count("a\uFFFDb", encoding), TokenCounter.Count("a\uD800b", encoding));
        Assert.Equal(TokenCounter.Count("\uFFFD\uFFFD", encoding), TokenCounter.Count("\uDFFF\uD800", encoding));
        Assert.Equal(1, TokenCounter.Count("\0", encoding));
        Assert.Equal(0, TokenCounter.Count(string.Empty, encoding));
        Assert.Equal(0, TokenCounter.Count(null!, encoding));
        Assert.True(TokenCounter.TryCount(null, encoding, out int count));
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase, 11)]
    [InlineData(TokenEncoding.Cl100kBase, 16)]
    public void Astral_letters_are_letters(TokenEncoding encoding, int tiktokenCount)
    {
        // .NET's regex sees 𝐇 as two surrogates (category Cs), tiktoken as one letter: "𝐇𝐞𝐥𝐥𝐨world" is one letter run.
        const string text = "𝐇𝐞𝐥𝐥𝐨world";
        Assert.Equal(new[] { (0, text.Length) }, TiktokenEncodings.Get(encoding)!.PreTokenizer.PreTokenize(text).ToArray());
        Assert.Equal(new[] { (0, 10), (10, 6), (16, 1), (17, 2) }, TiktokenEncodings.Get(encoding)!.PreTokenizer.PreTokenize("𝐇𝐞𝐥𝐥𝐨 world 𝟙").ToArray());
        Assert.Equal(tiktokenCount, TokenCounter.Count(text, encoding));
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Five_megabytes_with_million_character_runs_are_counted(TokenEncoding encoding)
    {
        // Runs with no break are single pieces: a quadratic merge would take hours (the hang guard catches it; the
        // merge's work per byte is checked in LargePieceBpeTests), and a recursive regex would overflow the stack.
        // The time it takes is measured by bench/ (--long-runs), not here.
        string text = FiveMegabytesWithLongRuns();
        int count = HangGuard.Run(() => TokenCounter.Count(text, encoding), $"counting 5 MB in {encoding}");

        Assert.True(count > 500_000, $"{count} tokens");
    }

    /// <summary>A million spaces, letters, dashes and digits in unbroken runs, half a million line breaks, then prompts up to 5 MB.</summary>
    private static string FiveMegabytesWithLongRuns()
    {
        var sb = new StringBuilder(5_300_000);
        sb.Append(' ', 1_000_000).Append('x').Append('a', 1_000_000).Append(' ').Append('-', 1_000_000).Append(' ');
        sb.Append('7', 1_000_000).Append('\n', 500_000);
        while (sb.Length < 5_000_000)
        {
            sb.Append("You are a helpful assistant. Answer in at most 80 words; cite the policy by name. 😀 中文 ");
        }

        return sb.ToString();
    }

    [Fact]
    public void Counting_is_thread_safe()
    {
        string[] texts = TokenTestData.Corpus().Select(r => r.Text).Take(100).ToArray();
        int[] expected = texts.Select(t => TokenCounter.Count(t, TokenEncoding.O200kBase)).ToArray();
        int[] actual = new int[texts.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = TokenCounter.Count(texts[i % texts.Length], TokenEncoding.O200kBase));
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], actual[i]);
        }
    }

    [Fact]
    public void Encoding_names_are_tiktokens()
    {
        Assert.Equal("o200k_base", TokenCounter.NameOf(TokenEncoding.O200kBase));
        Assert.Equal("cl100k_base", TokenCounter.NameOf(TokenEncoding.Cl100kBase));
    }

    private static void AssertAllMatch(IReadOnlyList<ReferenceCount> rows, TokenEncoding encoding)
    {
        var mismatches = new List<string>();
        foreach (ReferenceCount row in rows)
        {
            int expected = encoding == TokenEncoding.O200kBase ? row.O200kBase : row.Cl100kBase;
            int actual = TokenCounter.Count(row.Text, encoding);
            if (actual != expected)
            {
                mismatches.Add($"{row.Id}: expected {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count}/{rows.Count} differ from tiktoken:\n" + string.Join("\n", mismatches.Take(20)));
    }
}
