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

        // Boundaries: parts i is piece[starts[i] .. starts[i + 1]); starts[n - 1] == piece.Length. pairRanks[i] is the rank
        // of parts i and i + 1 merged, NoRank when they do not merge (or i + 1 is the end).
        int n = piece.Length + 1;
        Span<int> starts = stackalloc int[n];
        Span<int> pairRanks = stackalloc int[n];
        for (int i = 0; i < n; i++)
        {
            starts[i] = i;
            pairRanks[i] = i + 2 < n ? RankOf(piece, i, i + 2, ranks) : NoRank;
        }

        while (true)
        {
            int best = -1;
            int bestRank = NoRank;
            for (int i = 0; i + 1 < n; i++)
            {
                if (pairRanks[i] < bestRank)
                {
                    bestRank = pairRanks[i];
                    best = i;
                }
            }

            if (best < 0)
            {
                return n - 1;
            }

            // Merge parts best and best + 1: the pairs on either side of the merged part change, boundary best + 1 goes.
            if (best > 0)
            {
                pairRanks[best - 1] = RankOf(piece, starts[best - 1], starts[best + 2], ranks);
            }

            pairRanks[best] = best + 3 < n ? RankOf(piece, starts[best], starts[best + 3], ranks) : NoRank;
            starts.Slice(best + 2, n - best - 2).CopyTo(starts.Slice(best + 1));
            pairRanks.Slice(best + 2, n - best - 2).CopyTo(pairRanks.Slice(best + 1));
            n--;
        }
    }

    private static int RankOf(ReadOnlySpan<byte> piece, int from, int to, BpeRanks ranks)
        => ranks.TryGetRank(piece.Slice(from, to - from), out int rank) ? rank : NoRank;
}
