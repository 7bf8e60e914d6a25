using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// Secrets written as a key=value pair of a connection string: "Password=" / "Pwd=" next to other pairs of the same string
/// ("Server=db;User Id=app;Password=..."), and Azure's "AccountKey=" (storage) and "SharedAccessKey=" (Service Bus, Event Hubs,
/// IoT Hub) with a base64 key. A value that is a placeholder ("&lt;password&gt;", "{password}", "****", "$(DB_PASSWORD)",
/// "your-password") is not a secret.
/// </summary>
internal static class ConnectionStringRecognizer
{
    private static readonly Pair[] Keys =
    {
        new("password=", SecretKind.ConnectionStringPassword),
        new("pwd=", SecretKind.ConnectionStringPassword),
        new("accountkey=", SecretKind.AzureKey),
        new("sharedaccesskey=", SecretKind.AzureKey),
    };

    public static void Recognize(string text, List<SecretFinding> output)
    {
        foreach (Pair key in Keys)
        {
            int from = 0;
            while (from < text.Length)
            {
                int at = SecretEvidence.IndexOfIgnoreCase(text, key.Name, from, text.Length);
                if (at < 0)
                {
                    break;
                }

                from = at + key.Name.Length;
                if (at > 0 && (SecretEvidence.IsAlphanumeric(text[at - 1]) || text[at - 1] == '_'))
                {
                    continue; // "DbPassword=" in a settings file is another pair; "SharedAccessKeyName=" is not a key.
                }

                int valueStart = at + key.Name.Length;
                int valueEnd = ValueEnd(text, valueStart);
                from = Math.Max(from, valueEnd);
                if (key.Kind == SecretKind.AzureKey ? IsAzureKey(text, valueStart, valueEnd) : IsPassword(text, at, valueStart, valueEnd))
                {
                    output.Add(SecretFinding.Create(key.Kind, text, valueStart, valueEnd));
                }
            }
        }
    }

    /// <summary>A value ends at ';', a quote, a line break or white space.</summary>
    private static int ValueEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && end - start < 256)
        {
            char c = text[end];
            if (c == ';' || c == '"' || c == '\'' || c == '`' || char.IsWhiteSpace(c))
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static bool IsPassword(string text, int keyStart, int valueStart, int valueEnd)
    {
        return valueEnd - valueStart >= 4
            && IsInConnectionString(text, keyStart, valueEnd)
            && !SecretEvidence.HasPlaceholderMarker(text, valueStart, valueEnd)
            && !IsVariable(text, valueStart, valueEnd)
            && !IsOneCharacterRepeated(text, valueStart, valueEnd);
    }

    /// <summary>The pair is separated by ';' from another pair of the same string, before or after it.</summary>
    private static bool IsInConnectionString(string text, int keyStart, int valueEnd)
    {
        int before = keyStart - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        int window = Math.Min(before + 1, 200);
        if (before > 0 && text[before] == ';' && text.LastIndexOf('=', before, window) > text.LastIndexOf('\n', before, window))
        {
            return true;
        }

        return valueEnd + 1 < text.Length && text[valueEnd] == ';' && text.IndexOf('=', valueEnd, Math.Min(text.Length - valueEnd, 40)) > valueEnd + 1;
    }

    private static bool IsAzureKey(string text, int start, int end)
    {
        int length = end - start;
        return length >= 40
            && text[end - 1] == '='
            && !SecretEvidence.HasPlaceholderMarker(text, start, end)
            && SecretEvidence.LooksRandom(text, start, end)
            && SecretEvidence.MixesCharacterClasses(text, start, end);
    }

    /// <summary>"$DB_PASSWORD", "${DB_PASSWORD}", "@password" (a SQL parameter), "%DB_PASSWORD%".</summary>
    private static bool IsVariable(string text, int start, int end) => text[start] == '$' || text[start] == '@' || text[start] == ':';

    private static bool IsOneCharacterRepeated(string text, int start, int end)
    {
        for (int i = start + 1; i < end; i++)
        {
            if (text[i] != text[start])
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Pair
    {
        public Pair(string name, SecretKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public SecretKind Kind { get; }
    }
}
