using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PromptAnalyzers.Text.Formatting;

/// <summary>A piece of a composite format string: literal text, or a format item between braces.</summary>
public readonly struct FormatSegment
{
    private FormatSegment(string text, bool isItem, int? index)
    {
        Text = text;
        IsItem = isItem;
        Index = index;
    }

    /// <summary>The literal text (doubled braces already undoubled), or for an item the text between its braces ("0,-10:N2").</summary>
    public string Text { get; }

    public bool IsItem { get; }

    /// <summary>
    /// For an item that is a bare argument index (<c>{0}</c>, <c>{ 1 }</c>), the index; null when the item has an alignment
    /// or a format string (the argument's text is then not known from the argument alone) or is not a number.
    /// </summary>
    public int? Index { get; }

    public static FormatSegment Literal(string text) => new(text, isItem: false, index: null);

    public static FormatSegment Item(string text, int? index) => new(text, isItem: true, index);
}

/// <summary>
/// Splits a composite format string (<c>string.Format</c>, <c>StringBuilder.AppendFormat</c>) into literal text and format
/// items, as <c>string.Format</c> reads it: <c>{{</c> and <c>}}</c> are literal braces, <c>{...}</c> is an item.
/// </summary>
public static class CompositeFormatScanner
{
    /// <summary>The segments of <paramref name="format"/> in order, or null when an item is not closed.</summary>
    public static IReadOnlyList<FormatSegment>? Scan(string format)
    {
        var segments = new List<FormatSegment>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (IsDoubled(format, i, '{') || IsDoubled(format, i, '}'))
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = format.IndexOf('}', i);
                if (close < 0)
                {
                    return null;
                }

                FlushLiteral(literal, segments);
                var item = format.Substring(i + 1, close - i - 1);
                segments.Add(FormatSegment.Item(item, BareIndex(item)));
                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        FlushLiteral(literal, segments);
        return segments;
    }

    private static bool IsDoubled(string format, int i, char brace) => format[i] == brace && i + 1 < format.Length && format[i + 1] == brace;

    private static void FlushLiteral(StringBuilder literal, List<FormatSegment> segments)
    {
        if (literal.Length > 0)
        {
            segments.Add(FormatSegment.Literal(literal.ToString()));
            literal.Clear();
        }
    }

    /// <summary>The argument index of an item with neither alignment (<c>,</c>) nor format (<c>:</c>).</summary>
    private static int? BareIndex(string item)
    {
        if (item.IndexOfAny(new[] { ',', ':' }) >= 0)
        {
            return null;
        }

        return int.TryParse(item.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
