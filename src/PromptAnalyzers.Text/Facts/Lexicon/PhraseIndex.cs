using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>
/// Finds any of many lower-case phrases in one pass over a text. Phrases are bucketed by their first character after
/// leading spaces, and a phrase that starts with a letter of a spaced script is only tried where a word starts, so a
/// text of n characters costs about one look-up per word plus a few short comparisons, instead of one search per
/// phrase. Lexicons with hundreds of phrases stay linear and cheap.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Entry[]?[] ascii = new Entry[128][];
    private readonly Dictionary<char, Entry[]> other = new();

    public PhraseIndex(params string[][] phraseLists)
    {
        var buckets = new Dictionary<char, List<Entry>>();
        foreach (string[] list in phraseLists)
        {
            foreach (string phrase in list)
            {
                int lead = 0;
                while (lead < phrase.Length && phrase[lead] == ' ')
                {
                    lead++;
                }

                if (lead == phrase.Length)
                {
                    continue;
                }

                if (!buckets.TryGetValue(phrase[lead], out List<Entry>? bucket))
                {
                    buckets[phrase[lead]] = bucket = new List<Entry>();
                }

                bucket.Add(new Entry(phrase, lead));
            }
        }

        foreach (var kv in buckets)
        {
            kv.Value.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length)); // the longest phrase at a position wins
            Entry[] entries = kv.Value.ToArray();
            if (kv.Key < 128)
            {
                ascii[kv.Key] = entries;
            }
            else
            {
                other[kv.Key] = entries;
            }
        }
    }

    private readonly struct Entry
    {
        public Entry(string phrase, int lead)
        {
            Phrase = phrase;
            Lead = lead;
        }

        public string Phrase { get; }

        /// <summary>Leading spaces: the phrase is found by its first other character.</summary>
        public int Lead { get; }
    }

    /// <summary>
    /// Position of the first phrase found in [from, <paramref name="text"/>.Length), or -1. The text is a lower-cased
    /// window: its first char starts a word, and no phrase runs past its end. Perf: the fact engine searches a unit's lower
    /// case in a buffer the thread lends (<see cref="LowerCase.Lend"/>) rather than in a new string per unit.
    /// </summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public int IndexOf(ReadOnlySpan<char> text, int from, out string phrase)
    {
        int i = from;
        while (i < text.Length)
        {
            char c = text[i];
            bool spaced = IsSpacedLetter(c);
            if (!spaced || i == 0 || !IsSpacedLetter(text[i - 1]))
            {
                Entry[]? bucket = c < 128 ? ascii[c] : other.TryGetValue(c, out Entry[]? b) ? b : null;
                if (bucket != null)
                {
                    foreach (Entry entry in bucket)
                    {
                        int start = i - entry.Lead;
                        if (start >= from && entry.Phrase.Length <= text.Length - start && IsAt(text, start, entry.Phrase))
                        {
                            phrase = entry.Phrase;
                            return start;
                        }
                    }
                }
            }

            i++;
            if (spaced)
            {
                // the rest of a word: no phrase starts in the middle of a word of a spaced script
                while (i < text.Length && IsSpacedLetter(text[i]))
                {
                    i++;
                }
            }
        }

        phrase = string.Empty;
        return -1;
    }

    /// <summary>Position of the first phrase found in [from, end), or -1.</summary>
    public int IndexOf(string text, int from, int end, out string phrase) => IndexOf(text.AsSpan(0, end), from, out phrase);

    public int IndexOf(string text, int from, out string phrase) => IndexOf(text.AsSpan(), from, out phrase);

    /// <summary>Position of the first phrase that starts a word (or is written in a script without spaces), or -1.</summary>
    public int IndexOfWord(ReadOnlySpan<char> text, int from, out string phrase)
    {
        for (int at = IndexOf(text, from, out phrase); at >= 0; at = IndexOf(text, at + 1, out phrase))
        {
            if (at == 0 || !char.IsLetter(text[at - 1]) || !char.IsLetter(phrase[0]) || Recognizers.Tokenizer.IsCjk(phrase[0]))
            {
                return at;
            }
        }

        return -1;
    }

    public int IndexOfWord(string text, int from, out string phrase) => IndexOfWord(text.AsSpan(), from, out phrase);

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOf(text, 0, out _) >= 0;

    public bool ContainsAny(string text) => ContainsAny(text.AsSpan());

    /// <summary>The longest phrase that starts at <paramref name="start"/>, or false.</summary>
    public bool StartsWith(ReadOnlySpan<char> text, int start, out string phrase)
    {
        phrase = string.Empty;
        if (start >= text.Length)
        {
            return false;
        }

        char c = text[start];
        Entry[]? bucket = c < 128 ? ascii[c] : other.TryGetValue(c, out Entry[]? b) ? b : null;
        if (bucket == null)
        {
            return false;
        }

        foreach (Entry entry in bucket)
        {
            if (entry.Lead == 0 && entry.Phrase.Length <= text.Length - start && IsAt(text, start, entry.Phrase))
            {
                phrase = entry.Phrase;
                return true;
            }
        }

        return false;
    }

    public bool StartsWith(string text, int start, out string phrase) => StartsWith(text.AsSpan(), start, out phrase);

    /// <summary>True when a phrase starts at <paramref name="start"/> and ends a word ("no" is not the start of "not"; scripts without spaces need no boundary).</summary>
    public bool StartsWithWord(ReadOnlySpan<char> text, int start)
    {
        if (!StartsWith(text, start, out string phrase))
        {
            return false;
        }

        int end = start + phrase.Length;
        return end == text.Length || !char.IsLetter(text[end]) || Recognizers.Tokenizer.IsCjk(phrase[phrase.Length - 1]);
    }

    public bool StartsWithWord(string text, int start) => StartsWithWord(text.AsSpan(), start);

    /// <summary>
    /// True when <paramref name="phrase"/> is found at <paramref name="start"/> of <paramref name="text"/> (the caller checked that
    /// it fits), compared char by char. Perf: <c>string.CompareOrdinal</c> ends in the runtime's vectorized span comparison,
    /// and a profile of a large compilation's first analysis (2026-12-07, .NET 10 on an AVX-512 machine) showed that method
    /// compiled again by the JIT, unoptimized, and left so for the whole analysis (tiering waits for a pause in compiling that
    /// a compiler process busy with new methods does not make): the phrase search called it for every candidate.
    /// Candidates mostly differ within their first chars, so a plain loop, inlined into the optimized search, is enough.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAt(ReadOnlySpan<char> text, int start, string phrase)
    {
        for (int k = 0; k < phrase.Length; k++)
        {
            if (text[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter of a script written with spaces between words (Latin, Cyrillic, Greek...), where phrases start at word starts.</summary>
    private static bool IsSpacedLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c) && !Recognizers.Tokenizer.IsCjk(c);
}
