using System.IO.Compression;
using System.Reflection;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

public class RankTableTests
{
    [Theory]
    [InlineData(TokenEncoding.O200kBase, "Microsoft.ML.Tokenizers.Data.O200kBase")]
    [InlineData(TokenEncoding.Cl100kBase, "Microsoft.ML.Tokenizers.Data.Cl100kBase")]
    public void The_embedded_table_gives_every_token_of_the_data_package_its_rank(TokenEncoding encoding, string dataAssembly)
    {
        BpeRanks ranks = TiktokenEncodings.Get(encoding)!.Ranks;
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
