using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>One piece of a prompt: static text known at compile time, or a hole that is not.</summary>
public sealed class PromptPart
{
    private PromptPart(string? text, SyntaxNode? origin, IParameterSymbol? parameter, string? holeDescription, SyntaxNode? document = null, bool documentNamesPrompt = false)
    {
        Text = text;
        Origin = origin;
        Parameter = parameter;
        HoleDescription = holeDescription;
        Document = document;
        DocumentNamesPrompt = documentNamesPrompt;
    }

    /// <summary>For a hole filled with a whole file or stream (File.ReadAllText, ReadToEnd...): the expression that reads it.</summary>
    public SyntaxNode? Document { get; }

    /// <summary>For a document hole: a name the developer chose says the file is a prompt (see <see cref="DocumentReads"/>).</summary>
    public bool DocumentNamesPrompt { get; }

    /// <summary>The static text, or null for a hole.</summary>
    public string? Text { get; }

    /// <summary>The literal (or interpolated-string text) the static text comes from, when known.</summary>
    public SyntaxNode? Origin { get; }

    /// <summary>For a hole that is a parameter of the enclosing method: the parameter (prompt helper methods substitute it).</summary>
    public IParameterSymbol? Parameter { get; }

    /// <summary>What the hole stands for (for messages and tests).</summary>
    public string? HoleDescription { get; }

    /// <summary>True for a dynamic part (a hole); false for static text.</summary>
    public bool IsHole => Text is null;

    /// <summary>Static text written in the code, with the literal it comes from.</summary>
    public static PromptPart Static(string text, SyntaxNode? origin) => new(text, origin, null, null);

    /// <summary>A dynamic value whose text is not known statically, described for messages.</summary>
    public static PromptPart Hole(string description) => new(null, null, null, description);

    /// <summary>A hole that is a parameter of the enclosing method: a helper's caller can fill it with its argument.</summary>
    public static PromptPart ParameterHole(IParameterSymbol parameter) => new(null, null, parameter, parameter.Name);

    /// <summary>A hole filled with a whole file or stream; <paramref name="namesPrompt"/> when its name says the file is the prompt itself.</summary>
    public static PromptPart DocumentHole(string description, SyntaxNode read, bool namesPrompt = false) => new(null, null, null, description, read, namesPrompt);
}

/// <summary>A prompt's text as the code builds it: static parts and dynamic holes, in order.</summary>
public sealed class PromptText
{
    /// <summary>A prompt with no parts (nothing found).</summary>
    public static readonly PromptText Empty = new(ImmutableArray<PromptPart>.Empty);

    private static readonly string HoleMarkerText = HoleMarker.ToString();

    // Memoized forms (a PromptText never changes): two threads may both build one, and either is kept.
    private string? _rendered;
    private string? _flattened;

    public PromptText(ImmutableArray<PromptPart> parts)
    {
        Parts = parts;
    }

    /// <summary>The static parts and holes, in the order the model receives them.</summary>
    public ImmutableArray<PromptPart> Parts { get; }

    /// <summary>A prompt of one static text.</summary>
    public static PromptText Static(string text, SyntaxNode? origin) => new(ImmutableArray.Create(PromptPart.Static(text, origin)));

    /// <summary>A prompt that is one dynamic value.</summary>
    public static PromptText Hole(string description) => new(ImmutableArray.Create(PromptPart.Hole(description)));

    /// <summary>True when at least one part is static text that is not blank.</summary>
    public bool HasStaticText
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.Text is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A prompt is reported when it has static text, or when it inserts a whole document (PA1003).</summary>
    internal bool IsReportable => HasStaticText || !Documents().IsEmpty;

    /// <summary>True when the prompt has no hole: the code fixes its whole text.</summary>
    public bool IsFullyStatic
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.IsHole)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The number of dynamic parts.</summary>
    public int HoleCount
    {
        get
        {
            var count = 0;
            foreach (var part in Parts)
            {
                if (part.IsHole)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>The expressions that insert a whole document into the text.</summary>
    public ImmutableArray<SyntaxNode> Documents()
    {
        var builder = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var part in Parts)
        {
            if (part.Document is { } document)
            {
                builder.Add(document);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>True when the text contains a hole bound to one of the given parameters.</summary>
    public bool ContainsParameter(IParameterSymbol parameter)
    {
        foreach (var part in Parts)
        {
            if (part.Parameter is { } p && SymbolEqualityComparer.Default.Equals(p, parameter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The runs of static text between holes.</summary>
    public IEnumerable<string> StaticRuns()
    {
        // Perf: a literal prompt is one static part, returned as it is instead of copied.
        if (Parts.Length == 1)
        {
            return Parts[0].Text is { Length: > 0 } only ? new[] { only } : Array.Empty<string>();
        }

        var runs = new List<string>();
        var start = 0;
        for (var i = 0; i <= Parts.Length; i++)
        {
            if (i == Parts.Length || Parts[i].IsHole)
            {
                if (i > start && Join(start, i, holeText: null) is { Length: > 0 } run)
                {
                    runs.Add(run);
                }

                start = i + 1;
            }
        }

        return runs;
    }

    /// <summary>The text with each hole rendered as a template placeholder, which the text engine treats as a hole.</summary>
    public string Render(string holePlaceholder = DefaultHolePlaceholder)
    {
        // Perf: most rules render the same prompt with the default placeholder (facts, tokens, cost, kinds): built once.
        if (holePlaceholder != DefaultHolePlaceholder)
        {
            return Join(0, Parts.Length, holePlaceholder);
        }

        return _rendered ??= Join(0, Parts.Length, holePlaceholder);
    }

    /// <summary>The placeholder <see cref="Render"/> writes for a hole unless told otherwise.</summary>
    public const string DefaultHolePlaceholder = "{…}";

    /// <summary>
    /// The parts from <paramref name="start"/> to <paramref name="end"/> (exclusive) one after the other, each hole written
    /// as <paramref name="holeText"/> (none of them holes when it is null). One part is returned as it is; more are copied
    /// once, into the string itself (<c>string.Concat</c> sizes it first), not through a builder's buffer and a second copy.
    /// </summary>
    private string Join(int start, int end, string? holeText)
    {
        if (end - start == 1 && Parts[start].Text is { } single)
        {
            return single;
        }

        // A text longer than a string can hold throws in Concat (OutOfMemoryException), as it threw in a builder before.
        var pieces = new string?[end - start];
        for (var i = start; i < end; i++)
        {
            pieces[i - start] = Parts[i].Text ?? holeText;
        }

        return string.Concat(pieces);
    }

    /// <summary>The syntax nodes the static text comes from, in order, without duplicates.</summary>
    public ImmutableArray<SyntaxNode> Origins()
    {
        var builder = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var part in Parts)
        {
            if (part.Origin is { } origin && !builder.Contains(origin))
            {
                builder.Add(origin);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Replaces every hole bound to <paramref name="parameter"/> with <paramref name="value"/>.</summary>
    public PromptText Substitute(IParameterSymbol parameter, PromptText value)
    {
        var builder = ImmutableArray.CreateBuilder<PromptPart>(Parts.Length);
        foreach (var part in Parts)
        {
            if (part.Parameter is { } p && SymbolEqualityComparer.Default.Equals(p, parameter))
            {
                builder.AddRange(value.Parts);
            }
            else
            {
                builder.Add(part);
            }
        }

        return new PromptText(builder.ToImmutable());
    }

    /// <summary>The character that stands for a hole in <see cref="Flatten"/>'s text.</summary>
    public const char HoleMarker = '\uFFFC';

    /// <summary>The text with each hole as one <see cref="HoleMarker"/>: offsets into it can be sliced back with <see cref="Slice"/>.</summary>
    public string Flatten() => _flattened ??= Join(0, Parts.Length, HoleMarkerText);

    /// <summary>The parts between two offsets of <see cref="Flatten"/>'s text (static parts cut, holes kept whole).</summary>
    public PromptText Slice(int start, int end)
    {
        var builder = ImmutableArray.CreateBuilder<PromptPart>();
        var offset = 0;
        foreach (var part in Parts)
        {
            var length = part.Text?.Length ?? 1;
            var from = System.Math.Max(start, offset);
            var to = System.Math.Min(end, offset + length);
            if (from < to)
            {
                builder.Add(part.Text is { } text
                    ? (from == offset && to == offset + length ? part : PromptPart.Static(text.Substring(from - offset, to - from), part.Origin))
                    : part);
            }

            offset += length;
        }

        return new PromptText(builder.ToImmutable());
    }

    /// <summary>The texts one after the other (a concatenation, an interpolation, appended lines).</summary>
    public static PromptText Concat(IEnumerable<PromptText> texts)
    {
        var builder = ImmutableArray.CreateBuilder<PromptPart>();
        foreach (var text in texts)
        {
            builder.AddRange(text.Parts);
        }

        return new PromptText(builder.ToImmutable());
    }

    /// <summary>The two texts one after the other.</summary>
    public static PromptText Concat(PromptText left, PromptText right) => new(left.Parts.AddRange(right.Parts));
}
