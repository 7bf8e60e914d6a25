using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Pieces of the fine-tuning error messages: what a JSON value is, the JSON reader's reason, a value quoted from the
/// line. Messages are composite formats with {0} for the column, so text taken from the line has its braces doubled.
/// </summary>
internal static class FineTuningErrorText
{
    private const int MaxQuotedLength = 40;

    /// <summary>"a string", "a number", "an array"...: what a JSON value is, for "... is X, not Y" messages.</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => "not a JSON value",
    };

    /// <summary>The reader's reason without its "LineNumber: 0 | BytePositionInLine: n." tail (we give the column).</summary>
    public static string Reason(string message)
    {
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        string reason = (tail >= 0 ? message.Substring(0, tail) : message).Trim();
        if (reason.Length > 200)
        {
            reason = reason.Substring(0, 200) + "...";
        }

        return EscapeBraces(reason);
    }

    /// <summary>A value from the line in double quotes, cut after 40 characters, control characters escaped.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        string shown = value.Length > MaxQuotedLength ? value.Substring(0, MaxQuotedLength) + "..." : value;
        return EscapeBraces("\"" + Escape(shown) + "\"");
    }

    /// <summary>Control characters and lone surrogates as \uXXXX, so a message stays one readable line.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Doubles braces so that text from the line survives the message's composite format.</summary>
    public static string EscapeBraces(string text) => text.Replace("{", "{{").Replace("}", "}}");
}
