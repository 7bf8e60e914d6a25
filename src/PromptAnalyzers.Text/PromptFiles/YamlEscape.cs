using System;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>The escape sequences of YAML double-quoted scalars (\n, \t, \", \\, \x41, \u00e9, \U0001F600, \N, \_ ...).</summary>
internal static class YamlEscape
{
    /// <summary>
    /// Decodes the escape whose backslash is at <paramref name="start"/> (a character follows it before <paramref name="end"/>)
    /// and returns its length. An unknown escape, or one with missing hex digits, decodes to the character after the
    /// backslash: YAML rejects it, but a half-typed file still reads.
    /// </summary>
    public static int Decode(string text, int start, int end, out string value)
    {
        char code = text[start + 1];
        int digits = code switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };

        if (digits > 0 && TryReadHex(text, start + 2, digits, end, out int codePoint) && TryFromCodePoint(codePoint, out value))
        {
            return 2 + digits;
        }

        value = code switch
        {
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001B",
            'N' => "\u0085",
            '_' => "\u00A0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => code.ToString(), // space, ", /, \ and unknown escapes
        };
        return 2;
    }

    private static bool TryReadHex(string text, int start, int digits, int end, out int value)
    {
        value = 0;
        if (start + digits > end)
        {
            return false;
        }

        for (int i = start; i < start + digits; i++)
        {
            int digit = HexValue(text[i]);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>A code point as text; a lone surrogate from \uD83D stays one char (its pair may follow).</summary>
    private static bool TryFromCodePoint(int codePoint, out string value)
    {
        if (codePoint is >= 0 and <= 0xFFFF)
        {
            value = ((char)codePoint).ToString();
            return true;
        }

        if (codePoint is > 0xFFFF and <= 0x10FFFF)
        {
            value = char.ConvertFromUtf32(codePoint);
            return true;
        }

        value = string.Empty;
        return false;
    }
}
