using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// A tiktoken rank table (token bytes -> rank), read from the prebuilt table embedded in this assembly and looked up in
/// place: loading it copies nothing, parses nothing and builds no hash table.
/// </summary>
/// <remarks>
/// <para>
/// The table is written at build time by tools/RankTables (WriteRankTable.cs, which documents the layout) from the rank
/// files of the Microsoft.ML.Tokenizers.Data.* packages: an open-addressing hash table whose 16-byte slots hold a token's
/// first 8 bytes, its length and rank, so that a token of up to 8 bytes (most of the ones text is made of) is found by
/// reading one slot, and a longer one by comparing its tail in the token bytes.
/// </para>
/// <para>
/// Perf: an embedded resource of an assembly loaded from a file is an <see cref="UnmanagedMemoryStream"/> over the mapped
/// image, so the slots are read where they lie (the assembly, and so the image, stays loaded while this type is in use).
/// Only a host that hands out resources some other way gets a copy, pinned for the table's life. Reading in place saves
/// the 5-9 MB large-object copies per encoding a first use made (and the collections they brought on) and keeps them off
/// the managed heap of a long-running IDE or compiler server. Load checks every slot, so no read leaves the table.
/// </para>
/// </remarks>
internal sealed unsafe class BpeRanks
{
    private const int Magic = 0x52424150; // "PABR"
    private const int Version = 2;
    private const int HeaderBytes = 6 * sizeof(int);
    private const int SlotBytes = 16;
    private const int RankBits = 18;
    private const int RankMask = (1 << RankBits) - 1;

    private readonly byte* _slots;
    private readonly byte* _blob;
    private readonly int[] _pairRanks;
    private readonly int _slotShift;
    private readonly int _slotMask;
    private readonly object _owner; // what holds the memory: the resource stream (and through it the assembly), or the copy
    private GCHandle _pinned;
    private int[]? _offsetsByRank;

    private BpeRanks(byte* table, int slotBits, int[] pairRanks, int count, int maxTokenLength, object owner, GCHandle pinned)
    {
        _slots = table + HeaderBytes;
        _blob = _slots + ((long)SlotBytes << slotBits);
        _pairRanks = pairRanks;
        Count = count;
        _slotShift = 64 - slotBits;
        _slotMask = (1 << slotBits) - 1;
        MaxTokenLength = maxTokenLength;
        _owner = owner;
        _pinned = pinned;
    }

    /// <summary>
    /// Frees the pinned copy, when there is one (a table read in place has nothing to free). The methods that read through
    /// the pointers keep this object alive until their last read (<see cref="GC.KeepAlive"/>, free on .NET Core), so the
    /// copy cannot be unpinned while one of them runs.
    /// </summary>
    ~BpeRanks()
    {
        if (_pinned.IsAllocated)
        {
            _pinned.Free();
        }
    }

    /// <summary>The length in bytes of the longest token; no longer byte run can have a rank.</summary>
    public int MaxTokenLength { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>True when the table is read where the assembly's resource lies; false for a pinned copy.</summary>
    internal bool ReadsInPlace => !_pinned.IsAllocated;

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
            byte* slot = _slots + ((long)index * SlotBytes);
            int slotMeta = ReadInt32(slot + 8);
            if (slotMeta == 0)
            {
                rank = 0;
                GC.KeepAlive(this); // the pinned copy must outlive every read through the pointers (see the finalizer)
                return false;
            }

            if (ReadUInt64(slot) == prefix && (slotMeta & ~RankMask) == meta
                && (bytes.Length <= 8 || bytes.Slice(8).SequenceEqual(new ReadOnlySpan<byte>(_blob + ReadInt32(slot + 12) + 8, bytes.Length - 8))))
            {
                rank = (slotMeta & RankMask) - 1;
                GC.KeepAlive(this);
                return true;
            }

            index = (index + 1) & _slotMask;
        }
    }

    /// <summary>
    /// The bytes of the token of rank <paramref name="rank"/> (empty for a rank no token has). For tests: the first call
    /// indexes the slots by rank. The span points into the table: valid while this object is alive.
    /// </summary>
    internal ReadOnlySpan<byte> TokenBytes(int rank)
    {
        int[]? offsets = Volatile.Read(ref _offsetsByRank);
        if (offsets is null)
        {
            offsets = new int[(RankMask + 1) * 2];
            for (int index = 0; index <= _slotMask; index++)
            {
                byte* slot = _slots + ((long)index * SlotBytes);
                int meta = ReadInt32(slot + 8);
                if (meta != 0)
                {
                    int r = (meta & RankMask) - 1;
                    offsets[2 * r] = ReadInt32(slot + 12);
                    offsets[(2 * r) + 1] = meta >> RankBits;
                }
            }

            Volatile.Write(ref _offsetsByRank, offsets);
        }

        return new ReadOnlySpan<byte>(_blob + offsets[2 * rank], offsets[(2 * rank) + 1]);
    }

    /// <summary>Reads the embedded table of <paramref name="encodingName"/> (o200k_base, cl100k_base); throws on failure.</summary>
    public static BpeRanks Load(string encodingName)
    {
        string resourceName = $"PromptAnalyzers.Text.Tokens.{encodingName}.ranks";
        Stream stream = typeof(BpeRanks).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"PromptAnalyzers.Text has no resource {resourceName}.");
        return FromStream(stream, resourceName);
    }

    /// <summary>
    /// The table in <paramref name="stream"/>, named <paramref name="name"/> in errors: read in place from an
    /// <see cref="UnmanagedMemoryStream"/> (kept, never disposed: a resource stream keeps its assembly, whose memory it is,
    /// alive), otherwise copied into a pinned array. Throws <see cref="InvalidDataException"/> when the table is not one.
    /// </summary>
    internal static BpeRanks FromStream(Stream stream, string name)
    {
        if (stream is UnmanagedMemoryStream mapped && mapped.Position == 0)
        {
            return Read(mapped.PositionPointer, mapped.Length, name, mapped, default);
        }

        byte[] copy;
        using (stream)
        {
            copy = ReadAll(stream);
        }

        GCHandle pinned = GCHandle.Alloc(copy, GCHandleType.Pinned);
        try
        {
            return Read((byte*)pinned.AddrOfPinnedObject(), copy.Length, name, copy, pinned);
        }
        catch
        {
            pinned.Free();
            throw;
        }
    }

    private static BpeRanks Read(byte* table, long length, string name, object owner, GCHandle pinned)
    {
        int Header(int index) => ReadInt32(table + (index * sizeof(int)));
        if (length < HeaderBytes || Header(0) != Magic || Header(1) != Version)
        {
            throw new InvalidDataException($"{name} is not a version {Version} rank table.");
        }

        int tokenCount = Header(2);
        int slotBits = Header(3);
        int maxTokenLength = Header(4);
        int blobLength = Header(5);
        if (slotBits is < 1 or > 24 || tokenCount is < 0 or >= RankMask || maxTokenLength is < 1 or > 255 || blobLength < 0
            || HeaderBytes + ((1L << slotBits) * SlotBytes) + blobLength != length)
        {
            throw new InvalidDataException($"{name} has an inconsistent header.");
        }

        // One pass over the slots: the dense table of two-byte tokens, the count, and a check of every slot, so that no
        // look-up can read outside the table.
        var pairRanks = new int[1 << 16]; // rank + 1 of each two-byte token, indexed by its bytes; 0 for none
        int count = 0;
        byte* slot = table + HeaderBytes;
        for (int i = 0; i < 1 << slotBits; i++, slot += SlotBytes)
        {
            int meta = ReadInt32(slot + 8);
            if (meta == 0)
            {
                continue;
            }

            int tokenLength = meta >> RankBits;
            int rank = (meta & RankMask) - 1;
            int offset = ReadInt32(slot + 12);
            if (tokenLength < 1 || tokenLength > maxTokenLength || rank < 0 || rank >= tokenCount || offset < 0 || offset > blobLength - tokenLength)
            {
                throw new InvalidDataException($"{name} has an inconsistent slot ({i}).");
            }

            count++;
            if (tokenLength == 2)
            {
                pairRanks[(int)(ReadUInt64(slot) & 0xFFFF)] = rank + 1;
            }
        }

        return new BpeRanks(table, slotBits, pairRanks, count, maxTokenLength, owner, pinned);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadInt32(byte* at) => BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(at, sizeof(int)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadUInt64(byte* at) => BinaryPrimitives.ReadUInt64LittleEndian(new ReadOnlySpan<byte>(at, sizeof(ulong)));

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
}
