using System.Text;
using Microsoft.ML.Tokenizers;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class PieceCountCacheTests
{
    [Fact]
    public void A_piece_is_found_only_under_its_own_bytes_and_length()
    {
        var cache = new PieceCountCache();
        cache.Add(low: 'a', high: 0, length: 1, count: 1);
        cache.Add(low: 0x6867666564636261, high: 0x69, length: 9, count: 3); // "abcdefghi"

        Assert.True(cache.TryGet('a', 0, 1, out int a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet('a', 0, 2, out _)); // "a\0": same packed bytes, one more
        Assert.False(cache.TryGet('b', 0, 1, out _));
        Assert.True(cache.TryGet(0x6867666564636261, 0x69, 9, out int abc));
        Assert.Equal(3, abc);
        Assert.False(cache.TryGet(0x6867666564636261, 0x6A, 9, out _));
        Assert.False(cache.TryGet(0, 0, 1, out _)); // "\0" against an empty entry
    }

    [Fact]
    public void A_longer_piece_is_found_only_under_its_own_bytes_and_length()
    {
        var cache = new PieceCountCache();
        byte[] word = Encoding.UTF8.GetBytes("помощник"); // 16 bytes
        cache.AddLong(word, 2);

        Assert.True(cache.TryGetLong(word, out int count));
        Assert.Equal(2, count);
        Assert.False(cache.TryGetLong(word.Concat(new byte[] { 0 }).ToArray(), out _)); // one NUL more
        byte[] changed = (byte[])word.Clone();
        changed[15] ^= 1;
        Assert.False(cache.TryGetLong(changed, out _));
        Assert.False(cache.TryGetLong(new byte[16], out _)); // sixteen NULs against an empty entry
    }

    [Fact]
    public void A_full_cache_gives_back_only_what_was_stored_for_the_same_piece()
    {
        var cache = new PieceCountCache();
        var random = new Random(20261207);
        var stored = new Dictionary<(ulong, ulong, int), int>();
        for (int i = 0; i < 100_000; i++)
        {
            int length = 1 + random.Next(PieceCountCache.MaxBytes);
            ulong low = Packed(random, Math.Min(length, 8));
            ulong high = length > 8 ? Packed(random, length - 8) : 0;
            int count = 1 + random.Next(length);
            cache.Add(low, high, length, count);
            stored[(low, high, length)] = count;
        }

        int hits = 0;
        foreach (((ulong low, ulong high, int length), int count) in stored)
        {
            if (cache.TryGet(low, high, length, out int cached))
            {
                hits++;
                Assert.Equal(count, cached);
            }
        }

        Assert.InRange(hits, 1, PieceCountCache.Entries); // entries were replaced: the cache stays at its fixed size
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Words_count_the_same_the_first_time_and_from_the_cache(TokenEncoding encoding)
    {
        // More distinct short words than the cache holds, from several scripts (one to three UTF-8 bytes a char, pairs
        // that differ by a trailing NUL), counted twice on a fresh thread: the second time mostly from the cache.
        Tokenizer reference = TiktokenTokenizer.CreateForEncoding(TokenCounter.NameOf(encoding));
        string[] words = RandomWords(20_000);
        int[] expected = words.Select(w => reference.CountTokens(w, considerNormalization: false)).ToArray();
        var mismatches = new List<string>();
        var thread = new Thread(() =>
        {
            for (int pass = 0; pass < 2; pass++)
            {
                for (int i = 0; i < words.Length; i++)
                {
                    int actual = TokenCounter.Count(words[i], encoding);
                    if (actual != expected[i])
                    {
                        mismatches.Add($"pass {pass}, \"{words[i]}\": expected {expected[i]}, got {actual}");
                    }
                }
            }
        });
        thread.Start();
        thread.Join();

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    private static ulong Packed(Random random, int bytes)
    {
        ulong value = 0;
        for (int i = 0; i < bytes; i++)
        {
            value |= (ulong)random.Next(256) << (8 * i);
        }

        return value;
    }

    private static string[] RandomWords(int count)
    {
        string[] alphabets = { " abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZabc", "0123456789", "-=_!.,;:/", "éèàüñçß", "中文日本語한국어", " \0a" };
        var random = new Random(7);
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            string alphabet = alphabets[random.Next(alphabets.Length)];
            var sb = new StringBuilder();
            for (int n = 1 + random.Next(12); n > 0; n--)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            words[i] = sb.ToString();
        }

        return words;
    }
}
