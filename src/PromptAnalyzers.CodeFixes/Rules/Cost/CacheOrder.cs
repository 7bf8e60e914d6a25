using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.CodeFixes.Rules.Cost;

/// <summary>
/// The reordering behind the PA2003 fix, on the source text of an interpolated string (<c>$"..."</c> or <c>$@"..."</c>).
/// The string is cut into lines (when it has line breaks) or else sentences (after <c>.</c>, <c>!</c> or <c>?</c> and a
/// space); a segment with a hole that is not a constant is dynamic. The first run of dynamic segments changes place with
/// the static segments right after it, so the string starts with all its leading static text:
/// <c>$"Today is {today}. {Instructions}"</c> becomes <c>$"{Instructions} Today is {today}."</c>. Nothing is rewritten
/// inside a segment and nothing is dropped: the new contents have the same characters as the old. No reorder (null)
/// for raw strings, for a string without a dynamic segment followed by static text, or when that static text is blank.
/// </summary>
internal static class CacheOrder
{
    /// <summary>One sentence or line in source text; <see cref="SeparatorLength"/> is the line break or spaces that end it.</summary>
    private sealed class Segment
    {
        public StringBuilder Source { get; } = new();

        public bool IsDynamic { get; set; }

        public bool HasVisibleText { get; set; }

        public int SeparatorLength { get; set; }
    }

    public static InterpolatedStringExpressionSyntax? Reorder(InterpolatedStringExpressionSyntax interpolated, Func<ExpressionSyntax, bool> isConstant)
    {
        var start = interpolated.StringStartToken;
        var verbatim = start.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken);
        if (!verbatim && !start.IsKind(SyntaxKind.InterpolatedStringStartToken))
        {
            return null; // Raw strings: moving a line would change its indentation rules.
        }

        var segments = Split(interpolated, verbatim, isConstant);
        var first = segments.FindIndex(segment => segment.IsDynamic);
        if (first < 0)
        {
            return null;
        }

        var afterDynamic = first;
        while (afterDynamic < segments.Count && segments[afterDynamic].IsDynamic)
        {
            afterDynamic++;
        }

        var next = afterDynamic;
        while (next < segments.Count && !segments[next].IsDynamic)
        {
            next++;
        }

        if (next == afterDynamic || !segments.Skip(afterDynamic).Take(next - afterDynamic).Any(segment => segment.HasVisibleText))
        {
            return null;
        }

        var contents = Join(segments, first, afterDynamic, next);
        var before = string.Concat(interpolated.Contents.Select(content => content.ToString()));
        if (contents.Length != before.Length)
        {
            return null;
        }

        return SyntaxFactory.ParseExpression(start.Text + contents + interpolated.StringEndToken.Text) is InterpolatedStringExpressionSyntax reordered
            && !reordered.ContainsDiagnostics
                ? reordered
                : null;
    }

    /// <summary>
    /// Segments before <paramref name="first"/>, the static ones from <paramref name="afterDynamic"/> to
    /// <paramref name="next"/>, the moved dynamic ones, then the rest. When the static text ends the string without a
    /// separator, the last moved segment gives its separator to the place between them.
    /// </summary>
    private static string Join(List<Segment> segments, int first, int afterDynamic, int next)
    {
        var text = new StringBuilder();
        for (var i = 0; i < first; i++)
        {
            text.Append(segments[i].Source);
        }

        for (var i = afterDynamic; i < next; i++)
        {
            text.Append(segments[i].Source);
        }

        var lastMoved = segments[afterDynamic - 1];
        var separator = string.Empty;
        if (next == segments.Count && segments[next - 1].SeparatorLength == 0)
        {
            separator = lastMoved.Source.ToString(lastMoved.Source.Length - lastMoved.SeparatorLength, lastMoved.SeparatorLength);
            text.Append(separator);
        }

        for (var i = first; i < afterDynamic; i++)
        {
            var source = segments[i].Source.ToString();
            text.Append(i == afterDynamic - 1 ? source.Substring(0, source.Length - separator.Length) : source);
        }

        for (var i = next; i < segments.Count; i++)
        {
            text.Append(segments[i].Source);
        }

        return text.ToString();
    }

    private static List<Segment> Split(InterpolatedStringExpressionSyntax interpolated, bool verbatim, Func<ExpressionSyntax, bool> isConstant)
    {
        var byLine = interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Any(text => Boundaries(text.TextToken.Text, verbatim, byLine: true).Count > 0);
        var segments = new List<Segment> { new() };
        foreach (var content in interpolated.Contents)
        {
            var current = segments[segments.Count - 1];
            if (content is InterpolationSyntax hole)
            {
                current.Source.Append(hole.ToString());
                current.HasVisibleText = true;
                current.IsDynamic |= !isConstant(hole.Expression);
                continue;
            }

            var source = ((InterpolatedStringTextSyntax)content).TextToken.Text;
            var from = 0;
            foreach (var (end, separatorLength) in Boundaries(source, verbatim, byLine))
            {
                AppendText(current, source.Substring(from, end - from));
                current.SeparatorLength = separatorLength;
                current = new Segment();
                segments.Add(current);
                from = end;
            }

            AppendText(current, source.Substring(from));
        }

        if (segments.Count > 1 && segments[segments.Count - 1].Source.Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    private static void AppendText(Segment segment, string source)
    {
        segment.Source.Append(source);
        segment.HasVisibleText |= source.Replace("\\n", string.Empty).Replace("\\r", string.Empty).Replace("\\t", string.Empty).Trim().Length > 0;
        segment.SeparatorLength = 0;
    }

    /// <summary>
    /// Where segments end in a text part's source: after a line break (<c>\n</c> escape, or a real one in a verbatim string)
    /// or, without line breaks, after the spaces that follow a sentence's end. The separator is the break or the spaces.
    /// </summary>
    private static List<(int End, int SeparatorLength)> Boundaries(string source, bool verbatim, bool byLine)
    {
        var boundaries = new List<(int, int)>();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (!verbatim && c == '\\' && i + 1 < source.Length)
            {
                if (byLine && source[i + 1] == 'n')
                {
                    var separator = i >= 2 && source[i - 2] == '\\' && source[i - 1] == 'r' ? 4 : 2;
                    boundaries.Add((i + 2, separator));
                }

                i++; // an escape is one character of the text
                continue;
            }

            if (byLine && verbatim && c == '\n')
            {
                boundaries.Add((i + 1, i >= 1 && source[i - 1] == '\r' ? 2 : 1));
            }
            else if (!byLine && c is '.' or '!' or '?' && i + 1 < source.Length && source[i + 1] == ' ')
            {
                var end = i + 1;
                while (end < source.Length && source[end] == ' ')
                {
                    end++;
                }

                boundaries.Add((end, end - i - 1));
                i = end - 1;
            }
        }

        return boundaries;
    }
}
