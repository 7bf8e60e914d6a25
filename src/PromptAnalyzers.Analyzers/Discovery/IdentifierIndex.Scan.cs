using System;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>The scan of a text into identifier hashes, the only pass over the text of a document that holds no prompt.</summary>
internal sealed partial class IdentifierIndex
{
    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>
    /// Hashes every identifier-like run of characters in <paramref name="text"/> between <paramref name="start"/> and
    /// <paramref name="end"/>, and, for a run followed by a single '=' (not '==' or '=>'), its assigned form; sorted, distinct.
    /// </summary>
    internal static long[] Scan(SourceText text, int start, int end, CancellationToken cancellationToken)
    {
        // Perf: the text is read in chunks into a reused buffer, never copied whole into a string (a 1,000-line document
        // is a large-object-heap string, on every keystroke); names are gathered distinct, so only those are sorted.
        var buffer = t_buffer ??= new char[4096];
        var found = DistinctHashes.Rent();
        var state = 0; // 0: between names, 1: in a name, 2: in a number
        var hash = Offset;
        for (var chunk = start; chunk < end; chunk += buffer.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(buffer.Length, end - chunk);
            text.CopyTo(chunk, buffer, 0, length);
            for (var k = 0; k < length; k++)
            {
                var c = buffer[k];
                if (state == 1)
                {
                    if (IsIdentifierPart(c))
                    {
                        hash = (hash ^ c) * Prime;
                        continue;
                    }

                    found.Add(unchecked((long)hash));
                    if (IsAssignedAt(text, chunk + k, end))
                    {
                        found.Add(Assigned(unchecked((long)hash)));
                    }

                    state = 0;
                }
                else if (state == 2)
                {
                    if (IsIdentifierPart(c))
                    {
                        continue; // The tail of a number (0x1F, 1e5): not a name.
                    }

                    state = 0;
                }

                if (IsDigit(c))
                {
                    state = 2;
                }
                else if (IsIdentifierPart(c))
                {
                    state = 1;
                    hash = (Offset ^ c) * Prime;
                }
            }
        }

        if (state == 1)
        {
            found.Add(unchecked((long)hash));
        }

        return found.ToSortedArray();
    }

    /// <summary>The sorted, distinct hashes of the identifiers in text[start..end).</summary>
    internal static long[] Scan(string text, int start, int end, CancellationToken cancellationToken)
        => Scan(SourceText.From(text), start, end, cancellationToken);

    /// <summary>After a name ending at <paramref name="position"/>: spaces or tabs, then a single '=' (not '==' or '=>').</summary>
    private static bool IsAssignedAt(SourceText text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position < end && text[position] == '=' && (position + 1 >= end || text[position + 1] is not ('=' or '>'));
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentifierPart(char c)
        => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'
           || (c > 127 && SyntaxFacts.IsIdentifierPartCharacter(c));
}
