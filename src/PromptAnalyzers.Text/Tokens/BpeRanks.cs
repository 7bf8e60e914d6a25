using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// A tiktoken rank table (token bytes -> rank), read from the prebuilt table embedded in this assembly and looked up in
/// place: loading it is a copy of the resource, with no parsing and no hash table to build.
/// </summary>
/// <remarks>
/// The table is written at build time by tools/RankTables (WriteRankTable.cs, which documents the layout) from the rank
/// files of the Microsoft.ML.Tokenizers.Data.* packages: an open-addressing hash table whose 16-byte slots hold a token's
/// first 8 bytes, its length and rank, so that a token of up to 8 bytes (most of the ones text is made of) is found by
/// reading one slot, and a longer one by comparing its tail in the token bytes.
/// </remarks>
internal sealed class BpeRanks
{
    private const int Magic = 0x52424150; // "PABR"
    private const int Version = 2;
    private const int HeaderBytes = 6 * sizeof(int);
    private const int SlotBytes = 16;
    private const int RankBits = 18;
    private const int RankMask = (1 << RankBits) - 1;

    private readonly Slot[] _slots;
    private readonly int[] _pairRanks;
    private readonly byte[] _table;
    private readonly int _blobStart;
    private readonly int _slotShift;
    private readonly int _slotMask;
    private int[]? _offsetsByRank;

    private BpeRanks(Slot[] slots, int[] pairRanks, int count, int slotBits, byte[] table, int blobStart, int maxTokenLength)
    {
        _slots = slots;
        _pairRanks = pairRanks;
        Count = count;
        _slotShift = 64 - slotBits;
        _slotMask = slots.Length - 1;
        _table = table;
        _blobStart = blobStart;
        MaxTokenLength = maxTokenLength;
    }

    /// <summary>The length in bytes of the longest token; no longer byte run can have a rank.</summary>
    public int MaxTokenLength { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    public bool TryGetRank(byte[] bytes, int offset, int length, out int rank)
        => TryGetRank(new ReadOnlySpan<byte>(bytes, offset, length), out rank);

    /// <summary>The rank of the two-byte token (<paramref name="first"/>, <paramref name="second"/>), <see cref="int.MaxValue"/> when there is none.</summary>
    /// <remarks>Perf: one read in a dense 256 KB table; the first step of every merge looks up each adjacent pair.</remarks>
    public int PairRank(byte first, byte second)
    {
        int rankPlusOne = _pairRanks[first | (second << 8)];
        return rankPlusOne == 0 ? int.MaxValue : rankPlusOne - 1;
    }

    public bool TryGetRank(ReadOnlySpan<byte> bytes, out int rank)
    {
        if (bytes.Length == 2)
        {
            rank = PairRank(bytes[0], bytes[1]);
            return rank != int.MaxValue;
        }

        if (bytes.Length > MaxTokenLength || bytes.Length == 0)
        {
            rank = 0;
            return false;
        }

        ulong prefix = Prefix(bytes);
        int meta = bytes.Length << RankBits;
        int index = (int)(Hash(prefix, bytes) >> _slotShift);
        while (true)
        {
            ref Slot slot = ref _slots[index];
            if (slot.Meta == 0)
            {
                rank = 0;
                return false;
            }

            if (slot.Prefix == prefix && (slot.Meta & ~RankMask) == meta
                && (bytes.Length <= 8 || bytes.Slice(8).SequenceEqual(new ReadOnlySpan<byte>(_table, _blobStart + slot.Offset + 8, bytes.Length - 8))))
            {
                rank = (slot.Meta & RankMask) - 1;
                return true;
            }

            index = (index + 1) & _slotMask;
        }
    }

    /// <summary>The bytes of the token of rank <paramref name="rank"/> (empty for a rank no token has). For tests: the first call indexes the slots by rank.</summary>
    internal ReadOnlySpan<byte> TokenBytes(int rank)
    {
        int[]? offsets = Volatile.Read(ref _offsetsByRank);
        if (offsets is null)
        {
            offsets = new int[(RankMask + 1) * 2];
            foreach (Slot slot in _slots)
            {
                if (slot.Meta != 0)
                {
                    int r = (slot.Meta & RankMask) - 1;
                    offsets[2 * r] = slot.Offset;
                    offsets[(2 * r) + 1] = slot.Meta >> RankBits;
                }
            }

            Volatile.Write(ref _offsetsByRank, offsets);
        }

        return new ReadOnlySpan<byte>(_table, _blobStart + offsets[2 * rank], offsets[(2 * rank) + 1]);
    }

    /// <summary>Reads the embedded table of <paramref name="encodingName"/> (o200k_base, cl100k_base); throws on failure.</summary>
    public static BpeRanks Load(string encodingName)
    {
        string resourceName = $"PromptAnalyzers.Text.Tokens.{encodingName}.ranks";
        using Stream stream = typeof(BpeRanks).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"PromptAnalyzers.Text has no resource {resourceName}.");
        byte[] table = ReadAll(stream);
        int Header(int index) => BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(index * sizeof(int)));
        if (table.Length < HeaderBytes || Header(0) != Magic || Header(1) != Version)
        {
            throw new InvalidDataException($"{resourceName} is not a version {Version} rank table.");
        }

        int tokenCount = Header(2);
        int slotBits = Header(3);
        int maxTokenLength = Header(4);
        int blobLength = Header(5);
        if (slotBits is < 1 or > 24 || tokenCount is < 0 or >= RankMask || maxTokenLength is < 1 or > 255
            || HeaderBytes + ((1L << slotBits) * SlotBytes) + blobLength != table.Length)
        {
            throw new InvalidDataException($"{resourceName} has an inconsistent header.");
        }

        var slots = new Slot[1 << slotBits];
        var pairRanks = new int[1 << 16]; // rank + 1 of each two-byte token, indexed by its bytes; 0 for none
        int count = 0;
        for (int i = 0, at = HeaderBytes; i < slots.Length; i++, at += SlotBytes)
        {
            ReadOnlySpan<byte> bytes = new(table, at, SlotBytes);
            var slot = new Slot(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8)), BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(12)));
            slots[i] = slot;
            if (slot.Meta != 0)
            {
                count++;
                if (slot.Meta >> RankBits == 2)
                {
                    pairRanks[(int)(slot.Prefix & 0xFFFF)] = slot.Meta & RankMask;
                }
            }
        }

        return new BpeRanks(slots, pairRanks, count, slotBits, table, HeaderBytes + (slots.Length * SlotBytes), maxTokenLength);
    }

    /// <summary>The first 8 bytes, little-endian, zero-padded. Same as tools/RankTables.</summary>
    private static ulong Prefix(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }

        ulong prefix = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            prefix |= (ulong)bytes[i] << (8 * i);
        }

        return prefix;
    }

    /// <summary>The prefix and the length mixed, then FNV-1a over the bytes after 8, then a final mix. Same as tools/RankTables.</summary>
    private static ulong Hash(ulong prefix, ReadOnlySpan<byte> bytes)
    {
        ulong h = (prefix * 0x9E3779B97F4A7C15) ^ ((ulong)bytes.Length * 0xC2B2AE3D27D4EB4F);
        for (int i = 8; i < bytes.Length; i++)
        {
            h = (h ^ bytes[i]) * 0x100000001B3;
        }

        h ^= h >> 29;
        return h * 0xBF58476D1CE4E5B9;
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

    /// <summary>One slot of the table: the token's first 8 bytes; (length &lt;&lt; 18) | (rank + 1), 0 when empty; where its bytes are.</summary>
    private readonly struct Slot
    {
        public readonly ulong Prefix;
        public readonly int Meta;
        public readonly int Offset;

        public Slot(ulong prefix, int meta, int offset)
        {
            Prefix = prefix;
            Meta = meta;
            Offset = offset;
        }
    }
}
