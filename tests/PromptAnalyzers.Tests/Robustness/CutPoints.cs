using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>Where an editor holds half-typed code: the positions at which the typing simulation cuts a source.</summary>
internal static class CutPoints
{
    public enum Kind
    {
        StatementEnd,
        EverySeventhCharacter,
        InsideStringLiteral,
        InsideInterpolation,
        InsideRawStringDelimiter,
    }

    /// <summary>Every cut position of <paramref name="text"/>, distinct, with the first reason it was chosen, in text order.</summary>
    public static ImmutableArray<(int Position, Kind Kind)> Of(string text)
    {
        var found = new SortedDictionary<int, Kind>();
        void Add(int position, Kind kind)
        {
            if (position > 0 && position < text.Length)
            {
                found.TryAdd(position, kind);
            }
        }

        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case StatementSyntax or MemberDeclarationSyntax:
                    Add(node.Span.End, Kind.StatementEnd);
                    break;
                case InterpolationSyntax interpolation:
                    Add(interpolation.OpenBraceToken.Span.End, Kind.InsideInterpolation);
                    Add(interpolation.Expression.Span.Start + (interpolation.Expression.Span.Length / 2), Kind.InsideInterpolation);
                    Add(interpolation.CloseBraceToken.SpanStart, Kind.InsideInterpolation);
                    break;
            }
        }

        foreach (var token in root.DescendantTokens())
        {
            var span = token.Span;
            switch (token.Kind())
            {
                case SyntaxKind.SemicolonToken or SyntaxKind.CloseBraceToken:
                    Add(span.End, Kind.StatementEnd);
                    break;
                case SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.Utf8StringLiteralToken:
                    Add(span.Start + 1, Kind.InsideStringLiteral);
                    Add(span.Start + (span.Length / 2), Kind.InsideStringLiteral);
                    Add(span.End - 1, Kind.InsideStringLiteral);
                    break;
                case SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken:
                    AddDelimiters(token.Text, span.Start, Add);
                    Add(span.Start + (span.Length / 2), Kind.InsideStringLiteral);
                    break;
                case SyntaxKind.InterpolatedRawStringEndToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    for (var i = 1; i < span.Length; i++)
                    {
                        Add(span.Start + i, Kind.InsideRawStringDelimiter);
                    }

                    break;
            }
        }

        for (var position = 7; position < text.Length; position += 7)
        {
            Add(position, Kind.EverySeventhCharacter);
        }

        return found.Select(p => (p.Key, p.Value)).ToImmutableArray();
    }

    /// <summary>Positions inside the opening and closing quote runs of a raw string token.</summary>
    private static void AddDelimiters(string tokenText, int start, Action<int, Kind> add)
    {
        var open = 0;
        while (open < tokenText.Length && tokenText[open] == '"')
        {
            open++;
        }

        var close = 0;
        while (close < tokenText.Length - open && tokenText[tokenText.Length - 1 - close] == '"')
        {
            close++;
        }

        for (var i = 1; i < open; i++)
        {
            add(start + i, Kind.InsideRawStringDelimiter);
        }

        for (var i = 1; i < close; i++)
        {
            add(start + tokenText.Length - i, Kind.InsideRawStringDelimiter);
        }
    }
}
