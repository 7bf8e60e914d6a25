using System.IO.Compression;
using System.Reflection;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class RankTableTests
{
    [Theory]
    [InlineData(TokenEncoding.O200kBase, "Microsoft.ML.Tokenizers.Data.O200kBase", false)]
    [InlineData(TokenEncoding.Cl100kBase, "Microsoft.ML.Tokenizers.Data.Cl100kBase", false)]
    [InlineData(TokenEncoding.O200kBase, "Microsoft.ML.Tokenizers.Data.O200kBase", true)]
    [InlineData(TokenEncoding.Cl100kBase, "Microsoft.ML.Tokenizers.Data.Cl100kBase", true)]
    public void The_embedded_table_gives_every_token_of_the_data_package_its_rank(TokenEncoding encoding, string dataAssembly, bool copied)
    {
        // Read in place from the assembly's resource (what a host that loads the analyzer from a file gets), or from a
        // stream that is no UnmanagedMemoryStream, which takes the pinned copy.
        BpeRanks ranks = copied ? BpeRanks.FromStream(new MemoryStream(TableBytes(encoding)), "copy") : TiktokenEncodings.Get(encoding)!.Ranks;
        Assert.Equal(!copied, ranks.ReadsInPlace);
        List<byte[]> tokens = ReadPackageTokens(dataAssembly, $"{TokenCounter.NameOf(encoding)}.tiktoken.deflate");

        Assert.Equal(tokens.Count, ranks.Count);
        Assert.Equal(tokens.Max(t => t.Length), ranks.MaxTokenLength);
        for (int rank = 0; rank < tokens.Count; rank++)
        {
            Assert.True(ranks.TryGetRank(tokens[rank], 0, tokens[rank].Length, out int found));
            Assert.Equal(rank, found);
            Assert.True(ranks.TokenBytes(rank).SequenceEqual(tokens[rank]));
        }
    }

    [Theory]
    [InlineData(TokenEncoding.O200kBase)]
    [InlineData(TokenEncoding.Cl100kBase)]
    public void Byte_runs_that_are_no_token_have_no_rank(TokenEncoding encoding)
    {
        BpeRanks ranks = TiktokenEncodings.Get(encoding)!.Ranks;
        byte[] bytes = "zqxjzqxjzqxj\u00ff\u00fe"u8.ToArray();
        Assert.False(ranks.TryGetRank(bytes, 0, bytes.Length, out _));
        Assert.False(ranks.TryGetRank(bytes, 0, 0, out _));
        Assert.False(ranks.TryGetRank(new byte[ranks.MaxTokenLength + 1], 0, ranks.MaxTokenLength + 1, out _));
        for (int b = 0; b < 256; b++)
        {
            Assert.True(ranks.TryGetRank(new[] { (byte)b }, 0, 1, out _)); // every single byte is a token
        }
    }

    [Fact]
    public void A_table_with_a_bad_header_or_slot_is_refused_at_load()
    {
        byte[] table = TableBytes(TokenEncoding.Cl100kBase);
        int slotBits = BitConverter.ToInt32(table, 12);
        int blobLength = BitConverter.ToInt32(table, 20);
        int firstUsedSlot = Enumerable.Range(0, 1 << slotBits).First(i => BitConverter.ToInt32(table, 24 + (16 * i) + 8) != 0);

        byte[] badMagic = (byte[])table.Clone();
        badMagic[0] ^= 0xFF;
        Assert.Contains("is not a version 2 rank table", Assert.Throws<InvalidDataException>(() => BpeRanks.FromStream(new MemoryStream(badMagic), "t")).Message);

        byte[] truncated = table.AsSpan(0, table.Length - 1).ToArray();
        Assert.Contains("inconsistent header", Assert.Throws<InvalidDataException>(() => BpeRanks.FromStream(new MemoryStream(truncated), "t")).Message);

        // A slot whose token bytes would lie past the end of the table: every look-up reads in place, so load refuses it.
        byte[] badOffset = (byte[])table.Clone();
        BitConverter.GetBytes(blobLength).CopyTo(badOffset, 24 + (16 * firstUsedSlot) + 12);
        Assert.Contains($"inconsistent slot ({firstUsedSlot})", Assert.Throws<InvalidDataException>(() => BpeRanks.FromStream(new MemoryStream(badOffset), "t")).Message);

        // A rank beyond the token count.
        byte[] badRank = (byte[])table.Clone();
        int meta = BitConverter.ToInt32(table, 24 + (16 * firstUsedSlot) + 8);
        BitConverter.GetBytes((meta & ~((1 << 18) - 1)) | ((1 << 18) - 1)).CopyTo(badRank, 24 + (16 * firstUsedSlot) + 8);
        Assert.Throws<InvalidDataException>(() => BpeRanks.FromStream(new MemoryStream(badRank), "t"));

        Assert.Equal(BpeRanks.FromStream(new MemoryStream(table), "t").Count, TiktokenEncodings.Get(TokenEncoding.Cl100kBase)!.Ranks.Count);
    }

    /// <summary>The embedded table's bytes, copied out of the resource.</summary>
    private static byte[] TableBytes(TokenEncoding encoding)
    {
        using Stream stream = typeof(BpeRanks).Assembly.GetManifestResourceStream($"PromptAnalyzers.Text.Tokens.{TokenCounter.NameOf(encoding)}.ranks")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The package's rank file read directly: one base64 token a line, in rank order, after a "Capacity:" line.</summary>
    private static List<byte[]> ReadPackageTokens(string dataAssembly, string resourceName)
    {
        using Stream deflated = Assembly.Load(dataAssembly).GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(new DeflateStream(deflated, CompressionMode.Decompress));
        var tokens = new List<byte[]>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && !line.StartsWith("Capacity:", StringComparison.Ordinal))
            {
                tokens.Add(Convert.FromBase64String(line.Split(' ')[0]));
            }
        }

        return tokens;
    }
}
