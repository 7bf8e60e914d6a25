using System;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// What separates a real secret from a placeholder with the right prefix: randomness (Shannon entropy, no long runs of one
/// character or of a sequence such as "abcdef" or "123456") and no placeholder words ("your", "example", "dummy", "xxxx"...).
/// </summary>
internal static class SecretEvidence
{
    /// <summary>Words that mark a value as written to be replaced, or as not real; matched case-insensitively anywhere in it.</summary>
    private static readonly string[] PlaceholderMarkers =
    {
        "your", "example", "dummy", "test", "fake", "sample", "placeholder", "redacted", "xxxx", "****", "...", "…",
        "here", "insert", "replace", "change", "mock", "demo", "secret", "password", "passwd", "token", "apikey", "api_key",
        "api-key", "<", ">", "{", "}", "$(", "%", "[", "]", "0000", "1234", "abcd", "todo", "foobar",
    };

    /// <summary>True when <paramref name="text"/>[start..end) holds a placeholder marker.</summary>
    public static bool HasPlaceholderMarker(string text, int start, int end)
    {
        foreach (string marker in PlaceholderMarkers)
        {
            if (IndexOfIgnoreCase(text, marker, start, end) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/>[start..end) looks random: entropy per character close to what a random string of its
    /// length has, no character repeated 5 times in a row and no ascending run of 5 ("abcde", "12345").
    /// </summary>
    public static bool LooksRandom(string text, int start, int end)
    {
        int length = end - start;
        if (length <= 0 || HasRepeatedRun(text, start, end) || HasAscendingRun(text, start, end))
        {
            return false;
        }

        double required = Math.Min(3.2, Math.Log(length, 2) * 0.75);
        return Entropy(text, start, end) >= required;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string text, int start, int end)
    {
        int length = end - start;
        if (length <= 0)
        {
            return 0;
        }

        var counts = new int[128];
        int other = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (int count in counts)
        {
            entropy += Term(count, length);
        }

        return entropy + Term(other, length);
    }

    /// <summary>True when the span mixes at least two of lower case, upper case and digits (random keys do).</summary>
    public static bool MixesCharacterClasses(string text, int start, int end)
    {
        bool lower = false, upper = false, digit = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) >= 2;
    }

    public static bool IsKeyChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

    public static bool IsAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    public static bool IsBase64Char(char c) => IsAlphanumeric(c) || c == '+' || c == '/';

    public static int IndexOfIgnoreCase(string text, string value, int start, int end)
    {
        if (end - start < value.Length)
        {
            return -1;
        }

        return text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase);
    }

    public static bool StartsWithAt(string text, int index, string value, StringComparison comparison = StringComparison.Ordinal) =>
        index >= 0 && text.Length - index >= value.Length && string.Compare(text, index, value, 0, value.Length, comparison) == 0;

    private static double Term(int count, int length)
    {
        if (count == 0)
        {
            return 0;
        }

        double p = (double)count / length;
        return -p * Math.Log(p, 2);
    }

    private static bool HasRepeatedRun(string text, int start, int end)
    {
        int run = 1;
        for (int i = start + 1; i < end; i++)
        {
            run = text[i] == text[i - 1] ? run + 1 : 1;
            if (run >= 5)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAscendingRun(string text, int start, int end)
    {
        int run = 1;
        for (int i = start + 1; i < end; i++)
        {
            run = text[i] == text[i - 1] + 1 && IsAlphanumeric(text[i]) ? run + 1 : 1;
            if (run >= 5)
            {
                return true;
            }
        }

        return false;
    }
}
