using System;
using System.IO;
using System.Threading;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Splits text into JSONL lines on '\n' only (a trailing '\r' is dropped), as JSON Lines defines them: U+2028,
/// U+2029 and U+0085 may appear raw inside JSON strings and do not end a record. Reads in chunks and keeps one
/// line at a time; a line longer than the cap is measured but not kept.
/// </summary>
public sealed class JsonlLineReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly TextReader _reader;
    private readonly int _maxLineLength;
    private readonly char[] _chunk = new char[ChunkSize];
    private int _chunkLength;
    private int _chunkPosition;
    private long _chunkStart;
    private bool _endOfText;
    private bool _atTextStart = true;

    private char[] _line = new char[256];

    public JsonlLineReader(TextReader reader, int maxLineLength = int.MaxValue)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _maxLineLength = Math.Max(1, maxLineLength);
    }

    /// <summary>The current line's chars (valid up to <see cref="Length"/>, until the next <see cref="ReadLine"/>).</summary>
    public char[] Buffer => _line;

    /// <summary>Chars of the current line, without its terminator; when <see cref="IsOverlong"/> only the first chars are kept.</summary>
    public int Length { get; private set; }

    /// <summary>The current line's full length in chars, kept or not.</summary>
    public int FullLength { get; private set; }

    /// <summary>True when the line was longer than the cap: <see cref="Buffer"/> holds only its beginning.</summary>
    public bool IsOverlong => FullLength > Length;

    /// <summary>1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Offset of the current line's first char in the whole text.</summary>
    public long Start { get; private set; }

    /// <summary>True when the current line is empty or holds only JSON whitespace.</summary>
    public bool IsBlank
    {
        get
        {
            for (int i = 0; i < Length; i++)
            {
                char c = _line[i];
                if (c != ' ' && c != '\t' && c != '\r')
                {
                    return false;
                }
            }

            return !IsOverlong;
        }
    }

    /// <summary>Moves to the next line; false at the end of the text (a final '\n' does not start an empty line).</summary>
    public bool ReadLine(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!FillIfNeeded())
        {
            return false;
        }

        if (_atTextStart)
        {
            _atTextStart = false;
            if (_chunk[_chunkPosition] == '\uFEFF')
            {
                _chunkPosition++;
                if (!FillIfNeeded())
                {
                    return false;
                }
            }
        }

        LineNumber++;
        Start = _chunkStart + _chunkPosition;
        Length = 0;
        FullLength = 0;

        while (FillIfNeeded())
        {
            int newline = Array.IndexOf(_chunk, '\n', _chunkPosition, _chunkLength - _chunkPosition);
            int end = newline < 0 ? _chunkLength : newline;
            Append(_chunkPosition, end - _chunkPosition);
            _chunkPosition = end;
            if (newline >= 0)
            {
                _chunkPosition++;
                break;
            }
        }

        if (Length > 0 && Length == FullLength && _line[Length - 1] == '\r')
        {
            Length--;
            FullLength--;
        }
        else if (IsOverlong && _lastChar == '\r')
        {
            FullLength--;
        }

        return true;
    }

    private char _lastChar;

    private void Append(int from, int count)
    {
        if (count == 0)
        {
            return;
        }

        _lastChar = _chunk[from + count - 1];
        FullLength = FullLength + count < 0 ? int.MaxValue : FullLength + count;
        int room = _maxLineLength - Length;
        int take = Math.Min(room, count);
        if (take <= 0)
        {
            return;
        }

        if (Length + take > _line.Length)
        {
            long size = Math.Max((long)_line.Length * 2, Length + take);
            Array.Resize(ref _line, (int)Math.Min(size, _maxLineLength));
        }

        Array.Copy(_chunk, from, _line, Length, take);
        Length += take;
    }

    private bool FillIfNeeded()
    {
        if (_chunkPosition < _chunkLength)
        {
            return true;
        }

        if (_endOfText)
        {
            return false;
        }

        _chunkStart += _chunkLength;
        _chunkLength = _reader.Read(_chunk, 0, _chunk.Length);
        _chunkPosition = 0;
        if (_chunkLength <= 0)
        {
            _chunkLength = 0;
            _endOfText = true;
            return false;
        }

        return true;
    }
}
