using System.Runtime.CompilerServices;
using PromptAnalyzers.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Sorts the hashes of one scan in place: introsort (quicksort on a median of three, insertion sort for short ranges, heap
/// sort past a depth limit, so never quadratic).
/// </summary>
/// <remarks>
/// Perf: <c>Array.Sort</c> does the same, but its code is precompiled in the runtime's library, and a runtime with
/// profile-guided tiering first recompiles hot precompiled code with instrumentation: in a fresh process the gate ran 2-4
/// times slower for the first few thousand files of a project. This one is compiled optimized at once, as the scan is.
/// </remarks>
internal static class HashSort
{
    private const int InsertionLimit = 16;

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public static void Sort(int[] items)
    {
        var depthLimit = 2 * Log2(items.Length);
        Sort(items, 0, items.Length - 1, depthLimit);
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void Sort(int[] items, int low, int high, int depthLimit)
    {
        while (high - low >= InsertionLimit)
        {
            if (depthLimit-- == 0)
            {
                HeapSort(items, low, high);
                return;
            }

            var pivot = Partition(items, low, high);

            // Recurse into the shorter side, loop on the longer: the stack stays logarithmic.
            if (pivot - low < high - pivot)
            {
                Sort(items, low, pivot - 1, depthLimit);
                low = pivot + 1;
            }
            else
            {
                Sort(items, pivot + 1, high, depthLimit);
                high = pivot - 1;
            }
        }

        InsertionSort(items, low, high);
    }

    /// <summary>Hoare-style partition around the median of the first, middle and last items; returns the pivot's final place.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static int Partition(int[] items, int low, int high)
    {
        var middle = low + ((high - low) >> 1);
        SwapIfGreater(items, low, middle);
        SwapIfGreater(items, low, high);
        SwapIfGreater(items, middle, high);

        // The median goes next to the end; items[low] <= pivot <= items[high] guard the scans below.
        var pivot = items[middle];
        Swap(items, middle, high - 1);
        int left = low, right = high - 1;
        while (true)
        {
            while (items[++left] < pivot)
            {
            }

            while (pivot < items[--right])
            {
            }

            if (left >= right)
            {
                break;
            }

            Swap(items, left, right);
        }

        Swap(items, left, high - 1);
        return left;
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void InsertionSort(int[] items, int low, int high)
    {
        for (var i = low + 1; i <= high; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= low && items[j] > item)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void HeapSort(int[] items, int low, int high)
    {
        var count = high - low + 1;
        for (var i = count / 2; i >= 1; i--)
        {
            SiftDown(items, i, count, low);
        }

        for (var i = count; i > 1; i--)
        {
            Swap(items, low, low + i - 1);
            SiftDown(items, 1, i - 1, low);
        }
    }

    /// <summary>Sifts the item at heap position <paramref name="i"/> (1-based) down a heap of <paramref name="count"/> items.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void SiftDown(int[] items, int i, int count, int low)
    {
        var item = items[low + i - 1];
        while (i <= count / 2)
        {
            var child = 2 * i;
            if (child < count && items[low + child - 1] < items[low + child])
            {
                child++;
            }

            if (item >= items[low + child - 1])
            {
                break;
            }

            items[low + i - 1] = items[low + child - 1];
            i = child;
        }

        items[low + i - 1] = item;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SwapIfGreater(int[] items, int i, int j)
    {
        if (items[i] > items[j])
        {
            Swap(items, i, j);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(int[] items, int i, int j) => (items[i], items[j]) = (items[j], items[i]);

    private static int Log2(int value)
    {
        var log = 0;
        while (value > 1)
        {
            value >>= 1;
            log++;
        }

        return log;
    }
}
