using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// URLs that carry a password: "scheme://user:password@host" (databases, message brokers, proxies, git remotes). A password
/// that is a placeholder ("user:password@", "&lt;password&gt;", "${PASSWORD}", "****") is not a secret.
/// </summary>
internal static class UrlCredentialRecognizer
{
    private const int MaxUserInfo = 256;

    public static void Recognize(string text, List<SecretFinding> output)
    {
        int from = 0;
        while (from < text.Length)
        {
            int scheme = text.IndexOf("://", from, StringComparison.Ordinal);
            if (scheme < 0)
            {
                return;
            }

            int userStart = scheme + 3;
            from = userStart;
            int at = UserInfoEnd(text, userStart, out int colon);
            if (at < 0 || colon < 0)
            {
                continue;
            }

            from = at + 1;
            int passwordStart = colon + 1;
            if (colon > userStart && at - passwordStart >= 3 && HasHost(text, at + 1) && IsPassword(text, passwordStart, at))
            {
                output.Add(SecretFinding.Create(SecretKind.UrlPassword, text, passwordStart, at));
            }
        }
    }

    /// <summary>The '@' that ends the user info, with the ':' before the password; -1 when the URL has no user info.</summary>
    private static int UserInfoEnd(string text, int start, out int colon)
    {
        colon = -1;
        int limit = Math.Min(text.Length, start + MaxUserInfo);
        for (int i = start; i < limit; i++)
        {
            char c = text[i];
            if (c == '@')
            {
                return i;
            }

            if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || char.IsWhiteSpace(c))
            {
                return -1;
            }

            if (c == ':' && colon < 0)
            {
                colon = i;
            }
        }

        return -1;
    }

    private static bool HasHost(string text, int index) => index < text.Length && (SecretEvidence.IsAlphanumeric(text[index]) || text[index] == '[');

    private static bool IsPassword(string text, int start, int end) =>
        !SecretEvidence.HasPlaceholderMarker(text, start, end)
        && text[start] != '$'
        && !string.Equals(text.Substring(start, end - start), "pass", StringComparison.OrdinalIgnoreCase);
}
