using System;
using System.Buffers.Binary;
using System.Text;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Counts tokens exactly as OpenAI's tiktoken does, with special-token text counted as ordinary text.</summary>
/// <remarks>
/// Thread-safe. The first count in an encoding loads that encoding's ranks (once per process); later counts reuse them.
/// Never throws: null counts as empty, lone surrogates count as U+FFFD (as tiktoken sees them).
/// </remarks>
public static class TokenCounter
{
    /// <summary>Returns the number of tokens of <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    /// <remarks>
    /// Exact. Only if the encoding's data cannot be loaded (a broken install) does this fall back to an estimate of one
    /// token per four UTF-8 bytes; <see cref="TryCount"/> tells the two cases apart.
    /// </remarks>
    public static int Count(string text, TokenEncoding encoding)
        => TryCount(text, encoding, out int count) ? count : Estimate(text);

    /// <summary>Counts exactly; false (and 0) only when the encoding's data cannot be loaded or counting failed.</summary>
    public static bool TryCount(string? text, TokenEncoding encoding, out int count)
    {
        count = 0;
        try
        {
            TiktokenEncoding? tiktoken = TiktokenEncodings.Get(encoding);
            if (tiktoken is null)
            {
                return false;
            }

            if (!string.IsNullOrEmpty(text))
            {
                count = CountPieces(ReplaceLoneSurrogates(text!), encoding, tiktoken);
            }

            return true;
        }
        catch (Exception)
        {
            // An analyzer must not throw; the caller reports no exact count rather than a crash.
            count = 0;
            return false;
        }
    }

    private static int CountPieces(string text, TokenEncoding encoding, TiktokenEncoding tiktoken)
    {
        int total = 0;
        byte[] buffer = s_buffer ??= new byte[3 * SmallPieceBpe.MaxBytes];
        PieceCountCache cache = encoding == TokenEncoding.Cl100kBase
            ? s_cl100kCache ??= new PieceCountCache()
            : s_o200kCache ??= new PieceCountCache();
        TiktokenPreTokenizer preTokenizer = tiktoken.PreTokenizer;
        BpeRanks ranks = tiktoken.Ranks;
        for (int offset = 0, end; offset < text.Length; offset = end)
        {
            end = preTokenizer.PieceEnd(text, offset);
            int length = end - offset;
            if (length <= PieceCountCache.MaxBytes && TryPackAscii(text, offset, length, out ulong low, out ulong high))
            {
                total += CountShortPiece(low, high, length, buffer, ranks, cache); // most pieces: a short ASCII word
                continue;
            }

            byte[] bytes = 3 * length <= buffer.Length ? buffer : new byte[3 * length];
            int written = EncodeUtf8(text, offset, end, bytes);
            if (written <= PieceCountCache.MaxBytes)
            {
                low = ReadPadded(bytes, 0, Math.Min(written, 8));
                high = written > 8 ? ReadPadded(bytes, 8, written - 8) : 0;
                total += CountShortPiece(low, high, written, buffer, ranks, cache);
            }
            else if (written <= PieceCountCache.MaxLongBytes)
            {
                total += CountLongerPiece(new ReadOnlySpan<byte>(bytes, 0, written), ranks, cache);
            }
            else
            {
                total += written <= SmallPieceBpe.MaxBytes
                    ? SmallPieceBpe.Count(new ReadOnlySpan<byte>(bytes, 0, written), ranks)
                    : LargePieceBpe.Count(bytes, written, ranks);
            }
        }

        return total;
    }

    /// <summary>
    /// A piece of 1 to 15 bytes, given as its bytes packed little-endian into (<paramref name="low"/>,
    /// <paramref name="high"/>): from the thread's cache, else merged (in <paramref name="buffer"/>) and remembered.
    /// </summary>
    private static int CountShortPiece(ulong low, ulong high, int length, byte[] buffer, BpeRanks ranks, PieceCountCache cache)
    {
        if (cache.TryGet(low, high, length, out int count))
        {
            return count;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(new Span<byte>(buffer, 0, 8), low);
        BinaryPrimitives.WriteUInt64LittleEndian(new Span<byte>(buffer, 8, 8), high);
        count = SmallPieceBpe.Count(new ReadOnlySpan<byte>(buffer, 0, length), ranks);
        cache.Add(low, high, length, count);
        return count;
    }

    /// <summary>A piece of 16 to 30 bytes: from the thread's cache, else merged and remembered (when it has at most 15 tokens).</summary>
    private static int CountLongerPiece(ReadOnlySpan<byte> piece, BpeRanks ranks, PieceCountCache cache)
    {
        if (cache.TryGetLong(piece, out int count))
        {
            return count;
        }

        count = SmallPieceBpe.Count(piece, ranks);
        if (count <= 15)
        {
            cache.AddLong(piece, count);
        }

        return count;
    }

    /// <summary>
    /// When text[start .. start + length) (at most 15 chars) is all ASCII, its UTF-8 bytes (the chars themselves) packed
    /// little-endian, zero above; false when a char is not ASCII.
    /// </summary>
    private static bool TryPackAscii(string text, int start, int length, out ulong low, out ulong high)
    {
        ulong all = 0; // every char ORed: ASCII when below 0x80
        low = 0;
        high = 0;
        int lowEnd = start + Math.Min(length, 8);
        for (int i = start; i < lowEnd; i++)
        {
            ulong c = text[i];
            all |= c;
            low |= c << (8 * (i - start));
        }

        for (int i = lowEnd; i < start + length; i++)
        {
            ulong c = text[i];
            all |= c;
            high |= c << (8 * (i - lowEnd));
        }

        return all < 0x80;
    }

    /// <summary>bytes[offset .. offset + count) (count 1 to 8) as a little-endian number, zero above.</summary>
    private static ulong ReadPadded(byte[] bytes, int offset, int count)
    {
        ulong value = BinaryPrimitives.ReadUInt64LittleEndian(new ReadOnlySpan<byte>(bytes, offset, 8));
        return count == 8 ? value : value & ((1UL << (8 * count)) - 1);
    }

    /// <summary>
    /// Writes text[start..end) as UTF-8 (at most 3 bytes per char) and returns the byte count. The text has no lone
    /// surrogate (<see cref="ReplaceLoneSurrogates"/>), and a piece never splits a surrogate pair.
    /// </summary>
    /// <remarks>Perf: most pieces are a few ASCII chars, for which Encoding.UTF8's per-call overhead was a tenth of the count.</remarks>
    private static int EncodeUtf8(string text, int start, int end, byte[] bytes)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                bytes[n++] = (byte)c;
            }
            else if (c < 0x800)
            {
                bytes[n++] = (byte)(0xC0 | (c >> 6));
                bytes[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32((char)c, text[++i]);
                bytes[n++] = (byte)(0xF0 | (codePoint >> 18));
                bytes[n++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                bytes[n++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                bytes[n++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else
            {
                if (char.IsSurrogate((char)c))
                {
                    c = 0xFFFD; // not reached: lone surrogates are replaced before counting
                }

                bytes[n++] = (byte)(0xE0 | (c >> 12));
                bytes[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return n;
    }

    /// <summary>The UTF-8 bytes of one ordinary piece, reused by each thread's counts (longer pieces get their own array).</summary>
    [ThreadStatic]
    private static byte[]? s_buffer;

    /// <summary>Each thread's recent pieces and their counts, one cache per encoding (the same bytes merge differently).</summary>
    [ThreadStatic]
    private static PieceCountCache? s_o200kCache;

    [ThreadStatic]
    private static PieceCountCache? s_cl100kCache;

    /// <summary>The encoding's name as tiktoken spells it (o200k_base, cl100k_base).</summary>
    public static string NameOf(TokenEncoding encoding) => encoding == TokenEncoding.Cl100kBase ? "cl100k_base" : "o200k_base";

    /// <summary>
    /// Replaces each unpaired surrogate with U+FFFD, as tiktoken does before encoding (its input must be valid UTF-8);
    /// the pre-tokenizer and the UTF-8 encoding then see what tiktoken sees. Returns <paramref name="text"/> itself
    /// when it has none.
    /// </summary>
    internal static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }

    private static int Estimate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        try
        {
            return (Encoding.UTF8.GetByteCount(text) + 3) / 4;
        }
        catch (Exception)
        {
            return (text!.Length + 3) / 4;
        }
    }
}
