using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// API keys and tokens that their issuers give a fixed prefix: OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), Google (AIza),
/// GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), Slack (xoxb-, xoxp-...), Stripe live keys (sk_live_, rk_live_) and
/// AWS access key IDs (AKIA, ASIA), with the AWS secret access key when one follows. The part after the prefix must have
/// the issuer's length and look random (<see cref="SecretEvidence"/>). One pass over the text: each run of key characters
/// is looked at once.
/// </summary>
internal static class PrefixedKeyRecognizer
{
    /// <summary>How far after an AWS access key ID its secret access key is looked for.</summary>
    private const int AwsSecretWindow = 300;

    /// <summary>Characters scanned between two checks of the cancellation token.</summary>
    private const int CancellationStride = 64 * 1024;

    private static readonly KeyShape[] Shapes =
    {
        // Longest prefixes first: sk-ant- and sk-proj- before sk-.
        new("sk-ant-", SecretKind.AnthropicKey, minBody: 32, maxBody: 200),
        new("sk-proj-", SecretKind.OpenAiKey, minBody: 32, maxBody: 300),
        new("sk-svcacct-", SecretKind.OpenAiKey, minBody: 32, maxBody: 300),
        new("sk-admin-", SecretKind.OpenAiKey, minBody: 32, maxBody: 300),
        new("sk-", SecretKind.OpenAiKey, minBody: 32, maxBody: 200),
        new("AIza", SecretKind.GoogleApiKey, minBody: 35, maxBody: 35),
        new("github_pat_", SecretKind.GitHubToken, minBody: 60, maxBody: 120),
        new("ghp_", SecretKind.GitHubToken, minBody: 36, maxBody: 36),
        new("gho_", SecretKind.GitHubToken, minBody: 36, maxBody: 36),
        new("ghu_", SecretKind.GitHubToken, minBody: 36, maxBody: 36),
        new("ghs_", SecretKind.GitHubToken, minBody: 36, maxBody: 36),
        new("ghr_", SecretKind.GitHubToken, minBody: 36, maxBody: 36),
        new("xoxb-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("xoxp-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("xoxa-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("xoxr-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("xoxs-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("xoxe-", SecretKind.SlackToken, minBody: 20, maxBody: 200),
        new("sk_live_", SecretKind.StripeKey, minBody: 24, maxBody: 200),
        new("rk_live_", SecretKind.StripeKey, minBody: 24, maxBody: 200),
        new("AKIA", SecretKind.AwsAccessKey, minBody: 16, maxBody: 16),
        new("ASIA", SecretKind.AwsAccessKey, minBody: 16, maxBody: 16),
    };

    /// <summary>
    /// Adds the prefixed keys of <paramref name="text"/> to <paramref name="output"/>. Perf: a loop over every char of every
    /// prompt, compiled optimized at its first call (<see cref="CompileOptions.AggressiveOptimization"/>) like the other
    /// per-char scans: in a compiler process tiering did not promote it during a large compilation's first analysis, where
    /// it ran unoptimized with a call per char (2026-12-07 profile).
    /// </summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    public static void Recognize(string text, List<SecretFinding> output, CancellationToken cancellationToken)
    {
        int i = 0;
        int nextCheck = 0;
        while (i < text.Length)
        {
            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationStride;
            }

            if (!SecretEvidence.IsKeyChar(text[i]))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < text.Length && SecretEvidence.IsKeyChar(text[end]))
            {
                end++;
            }

            if (end - i >= 20 && TryKey(text, i, end, out SecretFinding finding))
            {
                output.Add(finding);
            }

            i = end;
        }
    }

    private static bool TryKey(string text, int start, int end, out SecretFinding finding)
    {
        finding = default;
        foreach (KeyShape shape in Shapes)
        {
            if (!SecretEvidence.StartsWithAt(text, start, shape.Prefix))
            {
                continue;
            }

            int bodyStart = start + shape.Prefix.Length;
            int body = end - bodyStart;
            if (body < shape.MinBody || body > shape.MaxBody || !IsRealKey(text, bodyStart, end, shape))
            {
                return false;
            }

            finding = shape.Kind == SecretKind.AwsAccessKey ? WithAwsSecret(text, start, end) : SecretFinding.Create(shape.Kind, text, start, end);
            return true;
        }

        return false;
    }

    private static bool IsRealKey(string text, int bodyStart, int end, KeyShape shape)
    {
        if (SecretEvidence.HasPlaceholderMarker(text, bodyStart, end) || !SecretEvidence.LooksRandom(text, bodyStart, end))
        {
            return false;
        }

        if (shape.Kind == SecretKind.AwsAccessKey)
        {
            // AWS key IDs are upper-case letters and digits 2-7 (base32).
            for (int i = bodyStart; i < end; i++)
            {
                char c = text[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7')))
                {
                    return false;
                }
            }

            return true;
        }

        if (shape.Kind == SecretKind.SlackToken)
        {
            // xoxb-<team>-<user>-<secret>: numbered parts and a random one.
            int dashes = 0;
            for (int i = bodyStart; i < end; i++)
            {
                dashes += text[i] == '-' ? 1 : 0;
            }

            return dashes >= 2;
        }

        return SecretEvidence.MixesCharacterClasses(text, bodyStart, end);
    }

    /// <summary>The access key ID alone, or with the 40-character secret access key written after it.</summary>
    private static SecretFinding WithAwsSecret(string text, int start, int end)
    {
        int limit = Math.Min(text.Length, end + AwsSecretWindow);
        int i = end;
        while (i < limit)
        {
            if (!SecretEvidence.IsBase64Char(text[i]))
            {
                i++;
                continue;
            }

            int runEnd = i;
            while (runEnd < text.Length && SecretEvidence.IsBase64Char(text[runEnd]))
            {
                runEnd++;
            }

            if (runEnd - i == 40
                && !SecretEvidence.HasPlaceholderMarker(text, i, runEnd)
                && SecretEvidence.LooksRandom(text, i, runEnd)
                && SecretEvidence.MixesCharacterClasses(text, i, runEnd))
            {
                return SecretFinding.Create(SecretKind.AwsAccessKeyPair, text, start, runEnd);
            }

            i = runEnd;
        }

        return SecretFinding.Create(SecretKind.AwsAccessKey, text, start, end);
    }

    private readonly struct KeyShape
    {
        public KeyShape(string prefix, SecretKind kind, int minBody, int maxBody)
        {
            Prefix = prefix;
            Kind = kind;
            MinBody = minBody;
            MaxBody = maxBody;
        }

        public string Prefix { get; }

        public SecretKind Kind { get; }

        public int MinBody { get; }

        public int MaxBody { get; }
    }
}
