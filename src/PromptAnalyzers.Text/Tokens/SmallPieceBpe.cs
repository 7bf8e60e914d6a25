using System;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// tiktoken's byte-pair merge for an ordinary piece (a word, a number, a run of punctuation), as tiktoken's own
/// <c>_byte_pair_merge</c> does it: scan for the adjacent pair with the lowest rank (leftmost on ties), merge it, repeat.
/// Quadratic in the piece length, which is why pieces longer than <see cref="MaxBytes"/> go to <see cref="LargePieceBpe"/>.
/// </summary>
internal static class SmallPieceBpe
{
    /// <summary>The longest piece (in UTF-8 bytes) merged here; its working arrays live on the stack.</summary>
    public const int MaxBytes = 128;

    private const int NoRank = int.MaxValue;

    /// <summary>The number of tokens tiktoken encodes <paramref name="piece"/> into; at most <see cref="MaxBytes"/> bytes.</summary>
    public static int Count(ReadOnlySpan<byte> piece, BpeRanks ranks)
    {
        if (piece.Length <= 1)
        {
            return piece.Length;
        }

        if (ranks.TryGetRank(piece, out _))
        {
            return 1; // most pieces are one token
        }

        // Parts are a linked list keyed by their start offset (which never changes): part s is piece[s .. next[s]), the
        // last part's next is piece.Length. pairRank[s] is the rank of part s merged with its successor, NoRank when they
        // do not merge or s is the last part. Scanning the list in order finds the lowest rank, leftmost on ties.
        int length = piece.Length;
        Span<int> next = stackalloc int[length];
        Span<int> pairRank = stackalloc int[length];
        for (int s = 0; s < length; s++)
        {
            next[s] = s + 1;
            pairRank[s] = s + 2 <= length ? ranks.PairRank(piece[s], piece[s + 1]) : NoRank;
        }

        int parts = length;
        while (true)
        {
            int best = -1;
            int bestRank = NoRank;
            int before = -1; // the part preceding best
            for (int s = 0, previous = -1; s < length; previous = s, s = next[s])
            {
                if (pairRank[s] < bestRank)
                {
                    bestRank = pairRank[s];
                    best = s;
                    before = previous;
                }
            }

            if (best < 0)
            {
                return parts;
            }

            // Merge part best with its successor; the pairs on either side of the merged part change.
            next[best] = next[next[best]];
            parts--;
            pairRank[best] = next[best] < length ? RankOf(piece, best, next[next[best]], ranks) : NoRank;
            if (before >= 0)
            {
                pairRank[before] = RankOf(piece, before, next[best], ranks);
            }
        }
    }

    private static int RankOf(ReadOnlySpan<byte> piece, int from, int to, BpeRanks ranks)
        => ranks.TryGetRank(piece.Slice(from, to - from), out int rank) ? rank : NoRank;
}
