using System;
using System.Buffers.Binary;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// The token counts of recently merged short pieces, for one encoding on one thread: prompts repeat their words, and a
/// piece seen before costs one look-up here instead of a byte-pair merge (as tiktoken-rs and the tryAGI port cache).
/// </summary>
/// <remarks>
/// A fixed-size two-way set-associative table (<see cref="Entries"/> entries of 16 bytes, 256 KB; a piece's two places
/// are adjacent): a new piece replaces the less recently used of its set, so memory stays bounded however much text a
/// thread counts. The key is the whole piece, compared in full on every look-up: its UTF-8 bytes packed little-endian
/// into 15 bytes, zero above, and its length in the 16th byte (next to the count), so a hit is the count the merge gave
/// for exactly those bytes. Pieces of 16 to 30 bytes (a word in Cyrillic, Greek or with accents: two bytes a letter) have a
/// second table of 2,048 entries of 32 bytes (64 KB). Not thread-safe; each thread has its own (see <see cref="TokenCounter"/>).
/// </remarks>
internal sealed class PieceCountCache
{
    /// <summary>The longest piece (in UTF-8 bytes) kept here.</summary>
    public const int MaxBytes = 15;

    private const int IndexBits = 14;
    /// <summary>How many pieces the cache holds at most.</summary>
    public const int Entries = 1 << IndexBits;
    private const int TagShift = 56;

    /// <summary>The shortest and longest piece (in UTF-8 bytes) kept in the second, direct-mapped table of 32-byte entries.</summary>
    public const int MinLongBytes = MaxBytes + 1;

    public const int MaxLongBytes = 30;

    private const int LongIndexBits = 11;

    private readonly Entry[] _entries = new Entry[Entries];
    private readonly LongEntry[] _longEntries = new LongEntry[1 << LongIndexBits];

    /// <summary>
    /// The count stored for the piece of <paramref name="length"/> bytes (1 to 15) whose first 8 are <paramref name="low"/>
    /// and the rest <paramref name="high"/> (zero above).
    /// </summary>
    public bool TryGet(ulong low, ulong high, int length, out int count)
    {
        int set = SetOf(low, high, length);
        ulong tagged = high | ((ulong)length << TagShift);
        ref Entry first = ref _entries[set];
        if (Matches(ref first, low, tagged))
        {
            count = CountOf(ref first);
            return true;
        }

        ref Entry second = ref _entries[set + 1];
        if (Matches(ref second, low, tagged))
        {
            count = CountOf(ref second);
            (first, second) = (second, first); // the set's most recently used piece comes first
            return true;
        }

        count = 0;
        return false;
    }

    public void Add(ulong low, ulong high, int length, int count)
    {
        // The set's older piece is dropped. The tag byte holds the length (low 4 bits, never 0 for a piece, so an empty
        // entry matches nothing) and the count (high 4 bits; a piece of at most 15 bytes has at most 15 tokens).
        int set = SetOf(low, high, length);
        _entries[set + 1] = _entries[set];
        _entries[set] = new Entry { Low = low, HighAndTag = high | ((ulong)(length | (count << 4)) << TagShift) };
    }

    private static bool Matches(ref Entry entry, ulong low, ulong tagged)
        => entry.Low == low && (entry.HighAndTag & ~(0xF0UL << TagShift)) == tagged;

    private static int CountOf(ref Entry entry) => (int)(entry.HighAndTag >> (TagShift + 4));

    /// <summary>The first of the two entries of the piece's set.</summary>
    private static int SetOf(ulong low, ulong high, int length)
    {
        ulong mixed = (low ^ ((high << 29) | (high >> 35)) ^ (ulong)length) * 0x9E3779B97F4A7C15;
        return (int)(mixed >> (64 - IndexBits + 1)) << 1;
    }

    /// <summary>The count stored for a piece of <see cref="MinLongBytes"/> to <see cref="MaxLongBytes"/> bytes.</summary>
    public bool TryGetLong(ReadOnlySpan<byte> piece, out int count)
    {
        LongEntry key = LongKey(piece, count: 0);
        ref LongEntry entry = ref _longEntries[LongIndexOf(ref key)];
        if (entry.W0 == key.W0 && entry.W1 == key.W1 && entry.W2 == key.W2 && (entry.W3AndTag & ~(0xF0UL << TagShift)) == key.W3AndTag)
        {
            count = (int)(entry.W3AndTag >> (TagShift + 4));
            return true;
        }

        count = 0;
        return false;
    }

    /// <summary>Remembers a piece of <see cref="MinLongBytes"/> to <see cref="MaxLongBytes"/> bytes and at most 15 tokens.</summary>
    public void AddLong(ReadOnlySpan<byte> piece, int count)
    {
        LongEntry entry = LongKey(piece, count);
        _longEntries[LongIndexOf(ref entry)] = entry;
    }

    /// <summary>The piece's bytes as four little-endian words, zero above; the tag byte holds length - 15 and the count.</summary>
    private static LongEntry LongKey(ReadOnlySpan<byte> piece, int count)
    {
        Span<byte> padded = stackalloc byte[32];
        piece.CopyTo(padded);
        return new LongEntry
        {
            W0 = BinaryPrimitives.ReadUInt64LittleEndian(padded),
            W1 = BinaryPrimitives.ReadUInt64LittleEndian(padded.Slice(8)),
            W2 = BinaryPrimitives.ReadUInt64LittleEndian(padded.Slice(16)),
            W3AndTag = BinaryPrimitives.ReadUInt64LittleEndian(padded.Slice(24)) | ((ulong)((piece.Length - 15) | (count << 4)) << TagShift),
        };
    }

    private static int LongIndexOf(ref LongEntry key)
    {
        ulong mixed = (key.W0 ^ ((key.W1 << 29) | (key.W1 >> 35)) ^ ((key.W2 << 17) | (key.W2 >> 47)) ^ (key.W3AndTag & ~(0xF0UL << TagShift))) * 0x9E3779B97F4A7C15;
        return (int)(mixed >> (64 - LongIndexBits));
    }

    /// <summary>Bytes 0-7, 8-15, 16-23, then 24-29 with the tag byte (length - 15 in the low 4 bits, count in the high 4).</summary>
    private struct LongEntry
    {
        public ulong W0;
        public ulong W1;
        public ulong W2;
        public ulong W3AndTag;
    }

    private struct Entry
    {
        public ulong Low;
        public ulong HighAndTag;
    }
}
