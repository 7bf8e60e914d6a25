using System;
using System.IO;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// A tiktoken rank table (token bytes -> rank), read from the prebuilt table embedded in this assembly and looked up in
/// place: loading it is a copy of the resource, with no parsing and no hash table to build.
/// </summary>
/// <remarks>
/// The table is written at build time by tools/RankTables (WriteRankTable.cs, which documents the layout) from the rank
/// files of the Microsoft.ML.Tokenizers.Data.* packages. An open-addressing hash table of 32-bit slots, each holding
/// the token's rank and 14 more bits of its hash, so that a probe compares bytes only when those bits agree.
/// </remarks>
internal sealed class BpeRanks
{
    private const int Magic = 0x52424150; // "PABR"
    private const int Version = 1;
    private const int HeaderBytes = 6 * sizeof(int);
    private const int RankBits = 18;
    private const uint RankMask = (1u << RankBits) - 1;
    private const uint TagMask = (1u << (32 - RankBits)) - 1;

    private readonly int[] _slots;
    private readonly int[] _offsets;
    private readonly byte[] _blob;
    private readonly int _blobStart;
    private readonly int _slotShift;
    private readonly int _slotMask;

    /// <summary>Which slot of <see cref="t_recent"/> holds this table's recent look-ups.</summary>
    private readonly int _id = System.Threading.Interlocked.Increment(ref s_tables) - 1;

    private static int s_tables;

    [ThreadStatic]
    private static RecentLookups[]? t_recent;

    private BpeRanks(int[] slots, int slotBits, int[] offsets, byte[] blob, int blobStart, int maxTokenLength)
    {
        _slots = slots;
        _slotShift = 32 - slotBits;
        _slotMask = slots.Length - 1;
        _offsets = offsets;
        _blob = blob;
        _blobStart = blobStart;
        MaxTokenLength = maxTokenLength;
        for (int rank = 0; rank + 1 < offsets.Length; rank++)
        {
            Count += offsets[rank + 1] > offsets[rank] ? 1 : 0;
        }
    }

    /// <summary>The length in bytes of the longest token; no longer byte run can have a rank.</summary>
    public int MaxTokenLength { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    public bool TryGetRank(byte[] bytes, int offset, int length, out int rank)
        => TryGetRank(new ReadOnlySpan<byte>(bytes, offset, length), out rank);

    public bool TryGetRank(ReadOnlySpan<byte> bytes, out int rank)
    {
        if (bytes.Length > MaxTokenLength || bytes.Length == 0)
        {
            rank = 0;
            return false;
        }

        if (bytes.Length > RecentLookups.MaxKeyBytes)
        {
            return TryFind(bytes, out rank);
        }

        // Perf: a merge looks up the same short byte pairs over and over, and each look-up in the table proper touches
        // three places in 3 MB of memory; the thread's recent answers (hits and misses) sit in 192 KB.
        RecentLookups.Pack(bytes, out ulong low, out ulong high);
        ref RecentLookups.Entry entry = ref Recent().Entries[RecentLookups.EntryOf(low, high)];
        if (entry.Low == low && entry.High == high)
        {
            rank = entry.Rank;
            return rank >= 0;
        }

        bool found = TryFind(bytes, out rank);
        entry.Low = low;
        entry.High = high;
        entry.Rank = found ? rank : -1;
        return found;
    }

    private bool TryFind(ReadOnlySpan<byte> bytes, out int rank)
    {
        uint hash = Hash(bytes);
        uint tag = hash & TagMask;
        int slot = (int)(hash >> _slotShift);
        while (true)
        {
            uint entry = (uint)_slots[slot];
            if (entry == 0)
            {
                rank = 0;
                return false;
            }

            if (entry >> RankBits == tag)
            {
                int candidate = (int)(entry & RankMask) - 1;
                int start = _offsets[candidate];
                if (_offsets[candidate + 1] - start == bytes.Length && bytes.SequenceEqual(new ReadOnlySpan<byte>(_blob, _blobStart + start, bytes.Length)))
                {
                    rank = candidate;
                    return true;
                }
            }

            slot = (slot + 1) & _slotMask;
        }
    }

    /// <summary>This thread's recent look-ups in this table.</summary>
    private RecentLookups Recent()
    {
        RecentLookups[]? all = t_recent;
        if (all is null || all.Length <= _id)
        {
            Array.Resize(ref all, _id + 1);
            t_recent = all;
        }

        return all[_id] ??= new RecentLookups();
    }

    /// <summary>
    /// A direct-mapped cache of look-ups of byte runs up to <see cref="MaxKeyBytes"/> long, keyed by the bytes themselves
    /// (packed into two words with the length, so a hit is exact); one per thread and table, never shared.
    /// </summary>
    private sealed class RecentLookups
    {
        public const int MaxKeyBytes = 15;
        private const int Bits = 13;

        public readonly Entry[] Entries = new Entry[1 << Bits];

        /// <summary>Bytes 0-7 in <paramref name="low"/>, bytes 8-14 and the length (never 0) in <paramref name="high"/>.</summary>
        public static void Pack(ReadOnlySpan<byte> bytes, out ulong low, out ulong high)
        {
            low = 0;
            high = (ulong)bytes.Length << 56;
            int i = 0;
            for (; i < bytes.Length && i < 8; i++)
            {
                low |= (ulong)bytes[i] << (8 * i);
            }

            for (; i < bytes.Length; i++)
            {
                high |= (ulong)bytes[i] << (8 * (i - 8));
            }
        }

        public static int EntryOf(ulong low, ulong high)
            => (int)((((low * 0x9E3779B97F4A7C15) ^ high) * 0x9E3779B97F4A7C15) >> (64 - Bits));

        /// <summary>One look-up: the key and its answer side by side, so a hit reads one cache line.</summary>
        public struct Entry
        {
            public ulong Low;
            public ulong High;
            public int Rank;
        }
    }

    /// <summary>The bytes of the token of rank <paramref name="rank"/> (empty for a rank no token has).</summary>
    internal ReadOnlySpan<byte> TokenBytes(int rank)
        => new(_blob, _blobStart + _offsets[rank], _offsets[rank + 1] - _offsets[rank]);

    /// <summary>Reads the embedded table of <paramref name="encodingName"/> (o200k_base, cl100k_base); throws on failure.</summary>
    public static BpeRanks Load(string encodingName)
    {
        string resourceName = $"PromptAnalyzers.Text.Tokens.{encodingName}.ranks";
        using Stream stream = typeof(BpeRanks).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"PromptAnalyzers.Text has no resource {resourceName}.");
        byte[] table = ReadAll(stream);
        int Header(int index) => ReadInt32(table, index * sizeof(int));
        if (table.Length < HeaderBytes || Header(0) != Magic || Header(1) != Version)
        {
            throw new InvalidDataException($"{resourceName} is not a version {Version} rank table.");
        }

        int tokenCount = Header(2);
        int slotBits = Header(3);
        int maxTokenLength = Header(4);
        int blobLength = Header(5);
        if (slotBits is < 1 or > 24 || tokenCount is < 0 or >= (int)RankMask || HeaderBytes + (((1L << slotBits) + tokenCount + 1) * sizeof(int)) + blobLength != table.Length)
        {
            throw new InvalidDataException($"{resourceName} has an inconsistent header.");
        }

        int slotCount = 1 << slotBits;
        int blobStart = HeaderBytes + ((slotCount + tokenCount + 1) * sizeof(int));

        int[] slots = ReadInt32s(table, HeaderBytes, slotCount);
        int[] offsets = ReadInt32s(table, HeaderBytes + (slotCount * sizeof(int)), tokenCount + 1);
        return new BpeRanks(slots, slotBits, offsets, table, blobStart, maxTokenLength);
    }

    /// <summary>FNV-1a, then a multiplicative mix so the high bits (the slot) depend on every byte. Same as tools/RankTables.</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes)
        {
            h = (h ^ b) * 16777619;
        }

        return h * 0x9E3779B1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        // Embedded resources are UnmanagedMemoryStreams over the mapped assembly: this is one copy.
        var bytes = new byte[checked((int)stream.Length)];
        int read = 0;
        while (read < bytes.Length)
        {
            int n = stream.Read(bytes, read, bytes.Length - read);
            if (n <= 0)
            {
                throw new EndOfStreamException();
            }

            read += n;
        }

        return bytes;
    }

    private static int[] ReadInt32s(byte[] bytes, int offset, int count)
    {
        var values = new int[count];
        Buffer.BlockCopy(bytes, offset, values, 0, count * sizeof(int));
        if (!BitConverter.IsLittleEndian)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = ReadInt32(bytes, offset + (i * sizeof(int)));
            }
        }

        return values;
    }

    private static int ReadInt32(byte[] bytes, int offset)
        => bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);
}
