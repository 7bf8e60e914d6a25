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
/// for exactly those bytes. Not thread-safe; each thread has its own (see <see cref="TokenCounter"/>).
/// </remarks>
internal sealed class PieceCountCache
{
    /// <summary>The longest piece (in UTF-8 bytes) kept here.</summary>
    public const int MaxBytes = 15;

    private const int IndexBits = 14;
    /// <summary>How many pieces the cache holds at most.</summary>
    public const int Entries = 1 << IndexBits;
    private const int TagShift = 56;

    private readonly Entry[] _entries = new Entry[Entries];

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

    private struct Entry
    {
        public ulong Low;
        public ulong HighAndTag;
    }
}
