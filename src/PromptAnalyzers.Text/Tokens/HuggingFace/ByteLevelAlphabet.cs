using System.Text;

namespace PromptAnalyzers.Text.Tokens.HuggingFace;

/// <summary>
/// GPT-2's byte-to-character table (<c>bytes_to_unicode</c>), which byte-level BPE vocabularies are written in: printable
/// bytes stand for themselves, the other 68 bytes (space, control characters, ...) for U+0100 onwards in byte order, so
/// that a space is 'Ġ' and a newline 'Ċ'. Hugging Face's ByteLevel pre-tokenizer and Microsoft.ML.Tokenizers use the same.
/// </summary>
internal static class ByteLevelAlphabet
{
    private static readonly char[] CharOfByte = Build();

    /// <summary>The character that stands for <paramref name="value"/> in a byte-level vocabulary.</summary>
    public static char CharOf(byte value) => CharOfByte[value];

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, each written as its byte-level character.</summary>
    public static string Map(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = CharOfByte[bytes[i]];
        }

        return new string(chars);
    }

    private static char[] Build()
    {
        var table = new char[256];
        int next = 256;
        for (int b = 0; b < 256; b++)
        {
            bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            table[b] = printable ? (char)b : (char)next++;
        }

        return table;
    }
}
