using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text;

namespace PromptAnalyzers.Discovery;

/// <summary>The scan of a text into identifier hashes, the only pass over the text of a document that holds no prompt.</summary>
internal sealed partial class IdentifierIndex
{
    [ThreadStatic]
    private static char[]? t_buffer;

    private const byte Other = 0;
    private const byte Letter = 1; // a letter or '_': starts a name
    private const byte Digit = 2; // starts a number, continues a name

    /// <summary>The class of each ASCII character; other characters are asked of the compiler's rules.</summary>
    private static readonly byte[] AsciiClasses = CreateAsciiClasses();

    /// <summary>
    /// Hashes every identifier-like run of characters in <paramref name="text"/> between <paramref name="start"/> and
    /// <paramref name="end"/>, and, for a run followed by a single '=' (not '==' or '=>'), its assigned form; sorted, distinct.
    /// </summary>
    /// <remarks>
    /// Perf: the text is read in chunks into a reused buffer, never copied whole into a string (a 1,000-line document is a
    /// large-object-heap string, on every keystroke); names are gathered distinct, so only those are sorted. The scan, its
    /// table and its sort are compiled optimized at once: a compiler process scans a whole project's files before tiered
    /// compilation would have optimized the loop.
    /// </remarks>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    internal static int[] Scan(SourceText text, int start, int end, CancellationToken cancellationToken)
    {
        var buffer = t_buffer ??= new char[4096];
        var classes = AsciiClasses;
        var found = DistinctHashes.Rent();
        var inName = false;
        var inNumber = false;
        var hash = Offset;
        for (var chunk = start; chunk < end; chunk += buffer.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(buffer.Length, end - chunk);
            text.CopyTo(chunk, buffer, 0, length);

            // One tight loop per state (in a name, in a number, between them); a name or number cut by the end of the
            // chunk goes on in the next one.
            var k = 0;
            while (true)
            {
                if (inName)
                {
                    while (k < length && ClassOf(buffer[k], classes) != Other)
                    {
                        hash = (hash ^ buffer[k]) * Prime;
                        k++;
                    }

                    if (k == length)
                    {
                        break;
                    }

                    found.Add(unchecked((int)hash));

                    // Only a name followed by a space, a tab or '=' can be assigned: the call is made for those alone.
                    var next = buffer[k];
                    if ((next == '=' || next == ' ' || next == '\t') && IsAssignedAt(buffer, k, length, text, chunk, end))
                    {
                        found.Add(Assigned(unchecked((int)hash)));
                    }

                    inName = false;
                    k++; // The character that ended the name starts nothing.
                }
                else if (inNumber)
                {
                    while (k < length && ClassOf(buffer[k], classes) != Other)
                    {
                        k++; // The tail of a number (0x1F, 1e5): not a name.
                    }

                    if (k == length)
                    {
                        break;
                    }

                    inNumber = false;
                    k++;
                }

                var kind = Other;
                while (k < length && (kind = ClassOf(buffer[k], classes)) == Other)
                {
                    k++;
                }

                if (k == length)
                {
                    break;
                }

                if (kind == Letter)
                {
                    inName = true;
                    hash = (Offset ^ buffer[k]) * Prime;
                }
                else
                {
                    inNumber = true; // Only ASCII digits are Digit: other digits start a name, as the compiler reads them.
                }

                k++;
            }
        }

        if (inName)
        {
            found.Add(unchecked((int)hash));
        }

        return found.ToSortedArray();
    }

    /// <summary>The sorted, distinct hashes of the identifiers in text[start..end).</summary>
    internal static int[] Scan(string text, int start, int end, CancellationToken cancellationToken)
        => Scan(SourceText.From(text), start, end, cancellationToken);

    /// <summary>
    /// After a name ending at <paramref name="k"/> in the chunk read at <paramref name="chunk"/>: spaces or tabs, then a single
    /// '=' (not '==' or '=>'). Read from the buffer, or from the text when the answer lies past the chunk.
    /// </summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static bool IsAssignedAt(char[] buffer, int k, int length, SourceText text, int chunk, int end)
    {
        while (k < length && buffer[k] is ' ' or '\t')
        {
            k++;
        }

        return k + 1 < length
            ? buffer[k] == '=' && buffer[k + 1] is not ('=' or '>')
            : IsAssignedAt(text, chunk + k, end);
    }

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static bool IsAssignedAt(SourceText text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position < end && text[position] == '=' && (position + 1 >= end || text[position + 1] is not ('=' or '>'));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ClassOf(char c, byte[] asciiClasses) => c < 128 ? asciiClasses[c] : ClassOfNonAscii(c);

    /// <summary>A character past ASCII: part of a name when the compiler says so; it then starts one too (only ASCII digits start numbers).</summary>
    private static byte ClassOfNonAscii(char c) => SyntaxFacts.IsIdentifierPartCharacter(c) ? Letter : Other;

    private static byte[] CreateAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = Letter;
            classes[char.ToUpperInvariant(c)] = Letter;
        }

        classes['_'] = Letter;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit;
        }

        return classes;
    }
}
