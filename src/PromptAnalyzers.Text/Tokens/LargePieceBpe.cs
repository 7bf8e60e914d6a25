using System;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// tiktoken's byte-pair merge for one long piece, in O(n log n): a run of thousands of spaces, dashes or letters with
/// no break would take quadratic time in the straightforward merge loop (seconds for 100 KB, hours for megabytes).
/// </summary>
/// <remarks>
/// Same result as tiktoken: repeatedly merge the adjacent pair whose concatenation has the lowest rank, the leftmost
/// one on ties, until no adjacent pair has a rank. Parts are a linked list keyed by their start offset, which never
/// changes; a min-heap of (rank, start) holds candidate merges, and stale entries are skipped when popped.
/// </remarks>
internal static class LargePieceBpe
{
    private const int NoRank = int.MaxValue;

    /// <summary>The number of tokens tiktoken encodes <paramref name="bytes"/>[0..<paramref name="length"/>) into.</summary>
    public static int Count(byte[] bytes, int length, BpeRanks ranks) => Count(bytes, length, ranks, out _);

    /// <summary>
    /// As <see cref="Count(byte[], int, BpeRanks)"/>, with the number of rank lookups made: at most three per byte (one
    /// per adjacent pair, then two per merge), the work count that shows a megabyte run costs linear work.
    /// </summary>
    internal static int Count(byte[] bytes, int length, BpeRanks ranks, out int rankLookups)
    {
        rankLookups = 0;
        if (length <= 1)
        {
            return length;
        }

        // Parts are identified by their start offset s; next[s] is the start of the following part (length at the end),
        // prev[s] the start of the preceding one (-1 at the beginning). pairRank[s] is the rank of part s merged with its
        // successor, NoRank when there is none.
        var next = new int[length];
        var prev = new int[length];
        var pairRank = new int[length];
        var heap = new MinHeap(length);
        for (int s = 0; s < length; s++)
        {
            next[s] = s + 1;
            prev[s] = s - 1;
        }

        for (int s = 0; s + 1 < length; s++)
        {
            rankLookups++;
            pairRank[s] = RankOf(bytes, s, s + 2, ranks);
            if (pairRank[s] != NoRank)
            {
                heap.Push(pairRank[s], s);
            }
        }

        pairRank[length - 1] = NoRank;
        int parts = length;
        while (heap.TryPop(out int rank, out int start))
        {
            if (pairRank[start] != rank || next[start] >= length)
            {
                continue; // stale: this part has merged or its successor changed since the entry was pushed
            }

            // Merge part 'start' with its successor.
            int removed = next[start];
            next[start] = next[removed];
            if (next[start] < length)
            {
                prev[next[start]] = start;
            }

            pairRank[removed] = NoRank;
            parts--;

            pairRank[start] = NoRank;
            if (next[start] < length)
            {
                rankLookups++;
                pairRank[start] = RankOf(bytes, start, next[next[start]], ranks);
            }

            if (pairRank[start] != NoRank)
            {
                heap.Push(pairRank[start], start);
            }

            int p = prev[start];
            if (p >= 0)
            {
                rankLookups++;
                pairRank[p] = RankOf(bytes, p, next[start], ranks);
                if (pairRank[p] != NoRank)
                {
                    heap.Push(pairRank[p], p);
                }
            }
        }

        return parts;
    }

    private static int RankOf(byte[] bytes, int from, int to, BpeRanks ranks)
        => ranks.TryGetRank(bytes, from, to - from, out int rank) ? rank : NoRank;

    /// <summary>A binary min-heap of (rank, start), ordered by rank then start (tiktoken's leftmost-on-ties).</summary>
    private sealed class MinHeap
    {
        private long[] _items;
        private int _count;

        public MinHeap(int capacity) => _items = new long[Math.Max(4, capacity)];

        public void Push(int rank, int start)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            long item = ((long)rank << 32) | (uint)start;
            int i = _count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (_items[parent] <= item)
                {
                    break;
                }

                _items[i] = _items[parent];
                i = parent;
            }

            _items[i] = item;
        }

        public bool TryPop(out int rank, out int start)
        {
            if (_count == 0)
            {
                rank = 0;
                start = 0;
                return false;
            }

            long top = _items[0];
            rank = (int)(top >> 32);
            start = (int)(uint)top;
            long last = _items[--_count];
            int i = 0;
            while (true)
            {
                int child = (2 * i) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && _items[child + 1] < _items[child])
                {
                    child++;
                }

                if (last <= _items[child])
                {
                    break;
                }

                _items[i] = _items[child];
                i = child;
            }

            _items[i] = last;
            return true;
        }
    }
}
