using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>A tiktoken rank table (token bytes -> rank), read from a Microsoft.ML.Tokenizers.Data.* embedded resource.</summary>
/// <remarks>Only <see cref="LargePieceBpe"/> needs it; it is loaded the first time a text holds a very long piece.</remarks>
internal sealed class BpeRanks
{
    private readonly Dictionary<ByteSlice, int> _ranks;

    private BpeRanks(Dictionary<ByteSlice, int> ranks, int maxTokenLength)
    {
        _ranks = ranks;
        MaxTokenLength = maxTokenLength;
    }

    /// <summary>The length in bytes of the longest token; no longer byte run can have a rank.</summary>
    public int MaxTokenLength { get; }

    public int Count => _ranks.Count;

    public bool TryGetRank(byte[] bytes, int offset, int length, out int rank)
    {
        if (length > MaxTokenLength)
        {
            rank = 0;
            return false;
        }

        return _ranks.TryGetValue(new ByteSlice(bytes, offset, length), out rank);
    }

    /// <summary>Reads the deflated tiktoken file <paramref name="resourceName"/> of <paramref name="dataAssemblyName"/>; throws on failure.</summary>
    public static BpeRanks Load(string dataAssemblyName, string resourceName)
    {
        Assembly data = Assembly.Load(new AssemblyName(dataAssemblyName));
        using Stream deflated = data.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{dataAssemblyName} has no resource {resourceName}.");
        // A large reader buffer: each read of a DeflateStream goes through zlib and a lock.
        using var reader = new StreamReader(new DeflateStream(deflated, CompressionMode.Decompress), Encoding.ASCII, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var ranks = new Dictionary<ByteSlice, int>(210_000, ByteSlice.Comparer);
        int max = 0;
        int nextRank = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            // Microsoft.ML.Tokenizers' files open with "Capacity: N", then one base64 token a line in rank order;
            // tiktoken's own files have "<base64 token> <rank>". Both are read.
            if (line.Length == 0 || line.StartsWith("Capacity:", StringComparison.Ordinal))
            {
                continue;
            }

            int space = line.IndexOf(' ');
            byte[] token = Convert.FromBase64String(space < 0 ? line : line.Substring(0, space));
            int rank = space < 0
                ? nextRank
                : int.Parse(line.Substring(space + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            nextRank = rank + 1;
            ranks[new ByteSlice(token, 0, token.Length)] = rank;
            max = Math.Max(max, token.Length);
        }

        return new BpeRanks(ranks, max);
    }

    private readonly struct ByteSlice
    {
        public static readonly IEqualityComparer<ByteSlice> Comparer = new SliceComparer();

        private readonly byte[] _bytes;
        private readonly int _offset;
        private readonly int _length;

        public ByteSlice(byte[] bytes, int offset, int length)
        {
            _bytes = bytes;
            _offset = offset;
            _length = length;
        }

        private sealed class SliceComparer : IEqualityComparer<ByteSlice>
        {
            public bool Equals(ByteSlice x, ByteSlice y)
                => x._bytes.AsSpan(x._offset, x._length).SequenceEqual(y._bytes.AsSpan(y._offset, y._length));

            public int GetHashCode(ByteSlice s)
            {
                // FNV-1a: tokens are short (at most a few hundred bytes).
                unchecked
                {
                    uint h = 2166136261;
                    for (int i = s._offset, end = s._offset + s._length; i < end; i++)
                    {
                        h = (h ^ s._bytes[i]) * 16777619;
                    }

                    return (int)h;
                }
            }
        }
    }
}
