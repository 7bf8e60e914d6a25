using System.Collections.Generic;
using System.Text;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// Text assembled from pieces of a file (YAML block-scalar lines, a template body), remembering where each piece
/// came from, so that an offset in the text maps back to a position in the file.
/// </summary>
public sealed class MappedText
{
    private readonly List<Chunk> _chunks;

    private MappedText(string text, List<Chunk> chunks)
    {
        Text = text;
        _chunks = chunks;
    }

    public static MappedText Empty { get; } = new(string.Empty, new List<Chunk>());

    public string Text { get; }

    /// <summary>The whole text is one piece of the file starting at <paramref name="fileOffset"/>.</summary>
    public static MappedText Verbatim(string text, int fileOffset)
    {
        var builder = new Builder();
        builder.Append(text, fileOffset);
        return builder.ToMappedText();
    }

    /// <summary>The file offset of <paramref name="textOffset"/>, or -1 when that character was not copied from the file.</summary>
    public int ToFile(int textOffset)
    {
        int low = 0;
        int high = _chunks.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            Chunk chunk = _chunks[mid];
            if (textOffset < chunk.TextStart)
            {
                high = mid - 1;
            }
            else if (textOffset >= chunk.TextStart + chunk.Length)
            {
                low = mid + 1;
            }
            else
            {
                return chunk.FileStart + (textOffset - chunk.TextStart);
            }
        }

        return -1;
    }

    /// <summary>The file span of a text span when it was copied from one contiguous piece of the file; otherwise false.</summary>
    public bool TryMapSpan(int textStart, int length, out int fileStart)
    {
        fileStart = ToFile(textStart);
        if (fileStart < 0 || length <= 0)
        {
            return false;
        }

        int fileEnd = ToFile(textStart + length - 1);
        return fileEnd == fileStart + length - 1;
    }

    /// <summary>The file span from the first to the last non-blank character that came from the file, or false if none did.</summary>
    public bool TryGetTrimmedFileSpan(out int fileStart, out int fileEnd)
    {
        fileStart = -1;
        fileEnd = -1;
        for (int i = 0; i < Text.Length; i++)
        {
            if (!char.IsWhiteSpace(Text[i]) && ToFile(i) is int mapped and >= 0)
            {
                fileStart = mapped;
                break;
            }
        }

        for (int i = Text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(Text[i]) && ToFile(i) is int mapped and >= 0)
            {
                fileEnd = mapped + 1;
                break;
            }
        }

        return fileStart >= 0 && fileEnd > fileStart;
    }

    /// <summary>A sub-range of this text, still mapped to the file.</summary>
    public MappedText Slice(int start, int length)
    {
        var builder = new Builder();
        int end = start + length;
        foreach (Chunk chunk in _chunks)
        {
            int from = System.Math.Max(start, chunk.TextStart);
            int to = System.Math.Min(end, chunk.TextStart + chunk.Length);
            if (from < to)
            {
                builder.AppendSynthetic(Text.Substring(builder.Length + start, from - (builder.Length + start)));
                builder.Append(Text.Substring(from, to - from), chunk.FileStart + (from - chunk.TextStart));
            }
        }

        if (builder.Length < length)
        {
            builder.AppendSynthetic(Text.Substring(start + builder.Length, length - builder.Length));
        }

        return builder.ToMappedText();
    }

    private readonly struct Chunk
    {
        public Chunk(int textStart, int fileStart, int length)
        {
            TextStart = textStart;
            FileStart = fileStart;
            Length = length;
        }

        public int TextStart { get; }

        public int FileStart { get; }

        public int Length { get; }
    }

    /// <summary>Builds a <see cref="MappedText"/> piece by piece.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Chunk> _chunks = new();

        public int Length => _text.Length;

        /// <summary>Appends text copied verbatim from the file at <paramref name="fileOffset"/>.</summary>
        public void Append(string text, int fileOffset)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_chunks.Count > 0)
            {
                Chunk last = _chunks[_chunks.Count - 1];
                if (last.TextStart + last.Length == _text.Length && last.FileStart + last.Length == fileOffset)
                {
                    _chunks[_chunks.Count - 1] = new Chunk(last.TextStart, last.FileStart, last.Length + text.Length);
                    _text.Append(text);
                    return;
                }
            }

            _chunks.Add(new Chunk(_text.Length, fileOffset, text.Length));
            _text.Append(text);
        }

        /// <summary>Appends text that is not in the file as such (a folded line break, an unescaped character).</summary>
        public void AppendSynthetic(string text) => _text.Append(text);

        /// <summary>Appends a piece of another mapped text, keeping its mapping.</summary>
        public void Append(MappedText source, int start, int length)
        {
            MappedText slice = start == 0 && length == source.Text.Length ? source : source.Slice(start, length);
            int copied = 0;
            foreach (Chunk chunk in slice._chunks)
            {
                if (chunk.TextStart > copied)
                {
                    _text.Append(slice.Text, copied, chunk.TextStart - copied);
                }

                Append(slice.Text.Substring(chunk.TextStart, chunk.Length), chunk.FileStart);
                copied = chunk.TextStart + chunk.Length;
            }

            if (copied < slice.Text.Length)
            {
                _text.Append(slice.Text, copied, slice.Text.Length - copied);
            }

        }

        public MappedText ToMappedText() => new(_text.ToString(), new List<Chunk>(_chunks));
    }
}
