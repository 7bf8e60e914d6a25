using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// PEM private keys ("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----", PGP private key blocks) with a
/// body of real key material: enough base64 characters that look random. A block whose body is "..." or "&lt;key&gt;" is a
/// placeholder; a public key or certificate is not a secret.
/// </summary>
internal static class PrivateKeyBlockRecognizer
{
    private const string Begin = "-----BEGIN ";
    private const string Dashes = "-----";

    /// <summary>Longest body looked at: a 4096-bit RSA key is about 3,300 characters.</summary>
    private const int MaxBody = 16 * 1024;

    /// <summary>Fewest base64 characters of key material (the shortest EC keys have about 160).</summary>
    private const int MinKeyCharacters = 64;

    public static void Recognize(string text, List<SecretFinding> output)
    {
        int from = 0;
        while (from < text.Length)
        {
            int start = text.IndexOf(Begin, from, StringComparison.Ordinal);
            if (start < 0)
            {
                return;
            }

            int labelStart = start + Begin.Length;
            int labelEnd = text.IndexOf(Dashes, labelStart, Math.Min(64, text.Length - labelStart), StringComparison.Ordinal);
            from = labelStart;
            if (labelEnd < 0)
            {
                continue;
            }

            string label = text.Substring(labelStart, labelEnd - labelStart);
            if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.EndsWith("PRIVATE KEY BLOCK", StringComparison.Ordinal))
            {
                continue;
            }

            int bodyStart = labelEnd + Dashes.Length;
            int searchLength = Math.Min(MaxBody, text.Length - bodyStart);
            int endMarker = text.IndexOf("-----END ", bodyStart, searchLength, StringComparison.Ordinal);
            int bodyEnd = endMarker >= 0 ? endMarker : bodyStart + searchLength;
            int blockEnd = endMarker >= 0 ? EndOfEndMarker(text, endMarker) : bodyEnd;
            from = Math.Max(from, blockEnd);
            if (IsKeyMaterial(text, bodyStart, bodyEnd))
            {
                output.Add(SecretFinding.Create(SecretKind.PrivateKey, text, start, blockEnd));
            }
        }
    }

    private static int EndOfEndMarker(string text, int endMarker)
    {
        int close = text.IndexOf(Dashes, endMarker + 9, Math.Min(64, text.Length - endMarker - 9), StringComparison.Ordinal);
        return close >= 0 ? close + Dashes.Length : endMarker + 9;
    }

    /// <summary>The base64 characters of the body (line breaks, and headers such as "Proc-Type:" skipped) look random.</summary>
    private static bool IsKeyMaterial(string text, int start, int end)
    {
        if (SecretEvidence.IndexOfIgnoreCase(text, "...", start, end) >= 0 || SecretEvidence.IndexOfIgnoreCase(text, "…", start, end) >= 0
            || SecretEvidence.HasPlaceholderMarker(text, start, Math.Min(end, start + 80)))
        {
            return false;
        }

        var material = new System.Text.StringBuilder(Math.Min(end - start, 4096));
        for (int i = start; i < end && material.Length < 4096; i++)
        {
            if (SecretEvidence.IsBase64Char(text[i]))
            {
                material.Append(text[i]);
            }
        }

        string key = material.ToString();
        return key.Length >= MinKeyCharacters && SecretEvidence.Entropy(key, 0, key.Length) >= 4.5;
    }
}
