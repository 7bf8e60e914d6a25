using System;
using System.Collections.Generic;
using System.Text;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// JSON Web Tokens: three base64url parts joined by dots whose first part decodes to a JSON header with an "alg", and whose
/// second part decodes to a JSON object (the claims). A signed token (third part not empty) is a bearer credential.
/// </summary>
internal static class JwtRecognizer
{
    /// <summary>Longest header decoded: real headers are well under 1 KB.</summary>
    private const int MaxHeaderLength = 2048;

    public static void Recognize(string text, List<SecretFinding> output)
    {
        int from = 0;
        while (from < text.Length)
        {
            int start = text.IndexOf("eyJ", from, StringComparison.Ordinal);
            if (start < 0)
            {
                return;
            }

            from = start + 3;
            if (start > 0 && IsBase64UrlChar(text[start - 1]))
            {
                continue;
            }

            int headerEnd = RunEnd(text, start);
            int payloadEnd = headerEnd < text.Length && text[headerEnd] == '.' ? RunEnd(text, headerEnd + 1) : -1;
            int signatureEnd = payloadEnd >= 0 && payloadEnd < text.Length && text[payloadEnd] == '.' ? RunEnd(text, payloadEnd + 1) : -1;
            if (signatureEnd < 0)
            {
                from = Math.Max(from, headerEnd);
                continue;
            }

            from = signatureEnd;
            bool signed = signatureEnd - payloadEnd - 1 >= 16;
            if (signed
                && headerEnd - start <= MaxHeaderLength
                && DecodesToJson(text, start, headerEnd, out string header) && header.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0
                && payloadEnd - headerEnd - 1 >= 4
                && text[headerEnd + 1] == 'e' && DecodesToJson(text, headerEnd + 1, Math.Min(payloadEnd, headerEnd + 1 + 8), out _, prefixOnly: true)
                && !SecretEvidence.HasPlaceholderMarker(text, payloadEnd + 1, signatureEnd))
            {
                output.Add(SecretFinding.Create(SecretKind.Jwt, text, start, signatureEnd));
            }
        }
    }

    private static int RunEnd(string text, int index)
    {
        while (index < text.Length && IsBase64UrlChar(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsBase64UrlChar(char c) => SecretEvidence.IsAlphanumeric(c) || c == '-' || c == '_';

    /// <summary>Decodes base64url <paramref name="text"/>[start..end); true when it reads as a JSON object (its start, when <paramref name="prefixOnly"/>).</summary>
    private static bool DecodesToJson(string text, int start, int end, out string json, bool prefixOnly = false)
    {
        json = string.Empty;
        int length = end - start;
        if (prefixOnly)
        {
            length -= length % 4;
        }

        var bytes = new List<byte>(length);
        int buffer = 0;
        int bits = 0;
        for (int i = start; i < start + length; i++)
        {
            int value = Base64UrlValue(text[i]);
            if (value < 0)
            {
                return false;
            }

            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }

        json = Encoding.UTF8.GetString(bytes.ToArray());
        string trimmed = json.TrimStart();
        return trimmed.StartsWith("{", StringComparison.Ordinal) && (prefixOnly || json.TrimEnd().EndsWith("}", StringComparison.Ordinal));
    }

    private static int Base64UrlValue(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
