using System;
using System.Runtime.CompilerServices;
using PromptAnalyzers.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Gathers the distinct hashes of one scan in an open-addressing table, so that only the distinct names are sorted (a file
/// repeats its identifiers several times over). One per thread, reused from scan to scan: clearing it costs the number of
/// names it holds, not its capacity.
/// </summary>
internal sealed class DistinctHashes
{
    [ThreadStatic]
    private static DistinctHashes? t_instance;

    private int[] _slots = new int[1024]; // 0 marks an empty slot; the hash 0 itself is kept in _hasZero.
    private int[] _items = new int[512];
    private int[] _positions = new int[512]; // The slot of each item, so that clearing touches those slots only.
    private int _count;
    private bool _hasZero;

    /// <summary>A table grown past this many slots (a file with some 32,000 distinct names) is not kept for the next scan.</summary>
    private const int MaxKeptSlots = 1 << 16;

    /// <summary>This thread's table, empty.</summary>
    public static DistinctHashes Rent()
    {
        var table = t_instance;
        if (table is null || table._slots.Length > MaxKeptSlots)
        {
            // A giant file's table is dropped rather than held by the thread for good.
            table = t_instance = new DistinctHashes();
        }

        table.Clear();
        return table;
    }

    /// <remarks>Inlined into the scan's loop, which is compiled optimized at once (see <see cref="IdentifierIndex.Scan(Microsoft.CodeAnalysis.Text.SourceText, int, int, System.Threading.CancellationToken)"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int hash)
    {
        if (hash == 0)
        {
            if (!_hasZero)
            {
                _hasZero = true;
                Append(0, -1);
            }

            return;
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = SlotOf(hash, mask);
        while (true)
        {
            var current = slots[slot];
            if (current == hash)
            {
                return;
            }

            if (current == 0)
            {
                slots[slot] = hash;
                Append(hash, slot);
                if (_count * 2 > slots.Length)
                {
                    Grow();
                }

                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The distinct hashes added since <see cref="Rent"/>, sorted.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public int[] ToSortedArray()
    {
        var result = new int[_count];
        Array.Copy(_items, result, _count);
        HashSort.Sort(result);
        return result;
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private void Append(int hash, int slot)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _positions, _positions.Length * 2);
        }

        _items[_count] = hash;
        _positions[_count] = slot;
        _count++;
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var hash = _items[i];
            if (hash == 0)
            {
                continue;
            }

            var slot = SlotOf(hash, mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = hash;
            _positions[i] = slot;
        }

        _slots = slots;
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            if (_positions[i] >= 0)
            {
                _slots[_positions[i]] = 0;
            }
        }

        _count = 0;
        _hasZero = false;
    }

    /// <summary>Fibonacci hashing: the FNV hash's high bits after a multiply spread names over the table.</summary>
    private static int SlotOf(int hash, int mask)
        => (int)(((ulong)(uint)hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
