using System.Text;
using Microsoft.ML.Tokenizers;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class LargePieceBpeTests
{
    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Heap_and_scan_merges_agree_with_Microsoft_ML_Tokenizers_on_random_pieces(TokenEncoding encoding)
    {
        TiktokenEncoding tiktoken = TiktokenEncodings.Get(encoding)!;
        Tokenizer reference = TiktokenTokenizer.CreateForEncoding(TokenCounter.NameOf(encoding));
        var random = new Random(20251130);
        string[] alphabets = { "abcdefghijklmnopqrstuvwxyz", "aaaab", "     \n", "-=_!", "中文日本語", "éèàüñ", "0123456789", "😀👍" };
        for (int i = 0; i < 400; i++)
        {
            string alphabet = alphabets[i % alphabets.Length];
            var sb = new StringBuilder();
            int length = 1 + random.Next(200);
            while (sb.Length < length)
            {
                int at = random.Next(alphabet.Length);
                sb.Append(char.IsHighSurrogate(alphabet[at]) ? alphabet.Substring(at, 2) : char.IsLowSurrogate(alphabet[at]) ? alphabet.Substring(at - 1, 2) : alphabet[at].ToString());
            }

            string piece = sb.ToString();
            byte[] bytes = Encoding.UTF8.GetBytes(piece);
            int expected = reference.CountTokens(piece, considerPreTokenization: false, considerNormalization: false);
            Assert.Equal(expected, LargePieceBpe.Count(bytes, bytes.Length, tiktoken.Ranks));
            if (bytes.Length <= SmallPieceBpe.MaxBytes)
            {
                Assert.Equal(expected, SmallPieceBpe.Count(bytes, tiktoken.Ranks));
            }
        }
    }

    [Fact]
    public void Empty_and_single_byte_pieces()
    {
        BpeRanks ranks = TiktokenEncodings.Get(TokenEncoding.O200kBase)!.Ranks;
        Assert.Equal(0, LargePieceBpe.Count(Array.Empty<byte>(), 0, ranks));
        Assert.Equal(1, LargePieceBpe.Count(new byte[] { 0xFF }, 1, ranks));
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase, " ")]
    [InlineData(TokenEncoding.O200kBase, "a")]
    [InlineData(TokenEncoding.O200kBase, "-")]
    [InlineData(TokenEncoding.O200kBase, "7")]
    [InlineData(TokenEncoding.O200kBase, "abcdefghij")]
    [InlineData(TokenEncoding.Cl100kBase, " ")]
    [InlineData(TokenEncoding.Cl100kBase, "a")]
    [InlineData(TokenEncoding.Cl100kBase, "中文😀")]
    public void A_long_run_costs_at_most_three_rank_lookups_per_byte(TokenEncoding encoding, string unit)
    {
        // The straightforward merge looks every adjacent pair up again after each merge: about n * n / 2 lookups, hours
        // for a megabyte run. Counting the work instead of timing it gives the same answer on any machine.
        BpeRanks ranks = TiktokenEncodings.Get(encoding)!.Ranks;
        foreach (int repeats in new[] { 1_000, 10_000, 100_000 })
        {
            byte[] run = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, repeats)));
            LargePieceBpe.Count(run, run.Length, ranks, out int lookups);
            Assert.InRange(lookups, run.Length - 1, 3 * run.Length);
        }
    }
}
