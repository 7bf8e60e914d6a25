using System;
using System.Collections.Generic;
using System.Threading;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// Finds secrets in prompt text and training data (PA4002): API keys and tokens by their issuers' shapes, JWTs, private
/// key blocks, passwords in connection strings and URLs. Shape plus evidence: placeholders, redacted values and text that
/// describes a key format get nothing. Linear in the text; never throws except on cancellation.
/// </summary>
public static class SecretScanner
{
    /// <summary>The secrets in <paramref name="text"/>, in order, none overlapping another.</summary>
    public static IReadOnlyList<SecretFinding> Scan(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<SecretFinding>();
        }

        var found = new List<SecretFinding>();
        try
        {
            PrefixedKeyRecognizer.Recognize(text!, found, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            JwtRecognizer.Recognize(text!, found);
            PrivateKeyBlockRecognizer.Recognize(text!, found);
            ConnectionStringRecognizer.Recognize(text!, found);
            UrlCredentialRecognizer.Recognize(text!, found);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            // A recogniser bug must not break a build; what was found so far stands.
        }

        return WithoutOverlaps(found);
    }

    /// <summary>Keeps the earliest (then longest) of overlapping findings: an AWS key pair over the key ID, a PEM block over a key inside it.</summary>
    private static IReadOnlyList<SecretFinding> WithoutOverlaps(List<SecretFinding> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<SecretFinding>(found.Count);
        int end = -1;
        foreach (SecretFinding finding in found)
        {
            if (finding.Start >= end)
            {
                kept.Add(finding);
                end = finding.End;
            }
        }

        return kept;
    }
}
