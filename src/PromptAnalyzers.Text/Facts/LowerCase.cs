using System;

namespace PromptAnalyzers.Text.Facts;

/// <summary>
/// Lower-cased copies of parts of a text, as <c>text.Substring(start, length).ToLowerInvariant()</c> gives them but with
/// one allocation instead of two: the fact engine lower-cases every unit, word and sentence head it classifies, and the
/// intermediate substring was a third of everything it allocated. Where a caller only reads the lower case, the thread
/// lends it a buffer instead (<see cref="Lend"/>), and short words are shared through a per-thread cache (<see cref="Word"/>).
/// </summary>
internal static class LowerCase
{
    /// <summary>Parts longer than this get their own buffer rather than growing the thread's lent one.</summary>
    private const int MaxScratch = 4096;

    /// <summary>Words this long or shorter are shared through the thread's cache of recent words.</summary>
    internal const int MaxCachedWord = 24;

    /// <summary>Slots of the word cache (a power of two).</summary>
    private const int WordCacheSize = 1024;

    [ThreadStatic]
    private static string?[]? s_words;

    /// <summary>The buffer <see cref="Lend"/> and <see cref="LendPadded"/> fill; null while a caller reads it.</summary>
    [ThreadStatic]
    private static char[]? s_lent;

    /// <summary>The invariant lower case of [start, start + length) of <paramref name="text"/>.</summary>
    public static string Slice(string text, int start, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        ReadOnlySpan<char> source = text.AsSpan(start, length);
        if (IsLowerAscii(source))
        {
            return text.Substring(start, length); // nothing to change: one copy
        }

        char[] buffer = Lend(text, start, length);
        var lower = new string(buffer, 0, length);
        GiveBack(buffer);
        return lower;
    }

    /// <summary>
    /// <c>" " + Slice(text, start, length) + " "</c> with one allocation: the lower-cased part between two spaces, as the
    /// phrase indexes' whole-word searches read it.
    /// </summary>
    public static string Padded(string text, int start, int length)
    {
        length = Math.Max(length, 0);
        char[] buffer = LendPadded(text, start, length);
        var padded = new string(buffer, 0, length + 2);
        GiveBack(buffer);
        return padded;
    }

    /// <summary>
    /// A buffer whose first <paramref name="length"/> chars are the invariant lower case of [start, start + length) of
    /// <paramref name="text"/>, for a caller that reads it as a span and then gives it back (<see cref="GiveBack"/>). Perf:
    /// the thread's buffer, not a new string per call; it is taken until given back, so a nested call gets its own.
    /// </summary>
    public static char[] Lend(string text, int start, int length) => LendBuffer(text, start, Math.Max(length, 0), 0);

    /// <summary>
    /// <see cref="Lend"/> with a space before and after: the buffer's first length + 2 chars are
    /// <c>Padded(text, start, length)</c>, as the phrase indexes' whole-word searches read them.
    /// </summary>
    public static char[] LendPadded(string text, int start, int length) => LendBuffer(text, start, Math.Max(length, 0), 1);

    private static char[] LendBuffer(string text, int start, int length, int pad)
    {
        int size = length + (2 * pad);
        char[]? buffer = s_lent;
        if (buffer == null || buffer.Length < size)
        {
            buffer = new char[Math.Max(size, MaxScratch)]; // a longer part's buffer is not kept
        }
        else
        {
            s_lent = null; // taken: a nested call could not reuse it while the caller reads it
        }

        if (pad > 0)
        {
            buffer[0] = ' ';
            buffer[length + 1] = ' ';
        }

        text.AsSpan(start, length).ToLowerInvariant(buffer.AsSpan(pad, length));
        return buffer;
    }

    /// <summary>Gives back a buffer from <see cref="Lend"/> once its caller has done reading it.</summary>
    public static void GiveBack(char[] buffer)
    {
        if (buffer.Length <= MaxScratch)
        {
            s_lent = buffer;
        }
    }

    /// <summary>
    /// <c>Slice(text, start, length)</c>, but a short word already seen on this thread is the same string again. Perf: the
    /// tokenizer lower-cases every word of every unit it reads, and prompts repeat the same few hundred words.
    /// </summary>
    public static string Word(string text, int start, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        if (length > MaxCachedWord)
        {
            return Slice(text, start, length);
        }

        Span<char> lower = stackalloc char[MaxCachedWord];
        lower = lower.Slice(0, length);
        text.AsSpan(start, length).ToLowerInvariant(lower);
        return Shared(lower);
    }

    /// <summary>
    /// A string equal to <paramref name="chars"/>: the one this thread's word cache holds for them, or a new one it then
    /// holds. Longer runs than <see cref="MaxCachedWord"/> are not cached.
    /// </summary>
    public static string Shared(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > MaxCachedWord)
        {
            return chars.ToString();
        }

        uint hash = 2166136261; // FNV-1a
        foreach (char c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        string?[] words = s_words ??= new string?[WordCacheSize];
        int slot = (int)(hash & (WordCacheSize - 1));
        string? word = words[slot];
        if (word != null && chars.SequenceEqual(word.AsSpan()))
        {
            return word;
        }

        word = chars.ToString();
        words[slot] = word;
        return word;
    }

    /// <summary>True when no character of <paramref name="source"/> is an upper-case ASCII letter or outside ASCII.</summary>
    private static bool IsLowerAscii(ReadOnlySpan<char> source)
    {
        foreach (char c in source)
        {
            if (c >= 0x80 || (uint)(c - 'A') <= 'Z' - 'A')
            {
                return false;
            }
        }

        return true;
    }
}
