using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// One dataset line as UTF-8 bytes (what <see cref="Utf8JsonReader"/> reads) and the first problem found in it. Readers
/// work in byte offsets; the error is given in UTF-16 columns of the line, as the reports and diagnostics place it. One
/// instance per parser, reused line after line.
/// </summary>
internal sealed class Utf8ExampleLine
{
    /// <summary>A buffer grown past this for one huge line is dropped at the next line rather than kept for the file.</summary>
    private const int KeptBufferBytes = 1024 * 1024;

    private byte[] _bytes = new byte[4096];

    // The first problem: a composite format with {0} for the 1-based column, and its byte span.
    private FineTuningErrorKind _problemKind;
    private string? _problemFormat;
    private long _problemStart;
    private long _problemLength;

    /// <summary>The line's bytes; valid up to <see cref="Count"/>.</summary>
    public byte[] Bytes => _bytes;

    /// <summary>Bytes of the line.</summary>
    public int Count { get; private set; }

    /// <summary>True once a problem was recorded for this line.</summary>
    public bool HasProblem => _problemFormat is not null;

    /// <summary>Starts a new line: encodes <paramref name="chars"/>[0..<paramref name="length"/>) and forgets the last problem.</summary>
    public void Load(char[] chars, int length)
    {
        Reserve(Encoding.UTF8.GetByteCount(chars, 0, length));
        Encoding.UTF8.GetBytes(chars, 0, length, _bytes, 0);
    }

    /// <summary>Starts a new line: encodes <paramref name="line"/> and forgets the last problem.</summary>
    public void Load(string line)
    {
        Reserve(Encoding.UTF8.GetByteCount(line));
        Encoding.UTF8.GetBytes(line, 0, line.Length, _bytes, 0);
    }

    private void Reserve(int count)
    {
        _problemFormat = null;
        if (_bytes.Length > KeptBufferBytes)
        {
            _bytes = new byte[4096];
        }

        Count = count;
        if (_bytes.Length < count)
        {
            _bytes = new byte[Math.Max(count, Math.Min(_bytes.Length * 2, int.MaxValue / 2))];
        }
    }

    /// <summary>A JSON reader over the whole line.</summary>
    public Utf8JsonReader Reader(JsonReaderOptions options) =>
        new(new ReadOnlySpan<byte>(_bytes, 0, Count), isFinalBlock: true, new JsonReaderState(options));

    /// <summary>The text of the bytes [<paramref name="start"/>, +<paramref name="length"/>), as written (escapes kept).</summary>
    public string Slice(long start, long length) => Encoding.UTF8.GetString(_bytes, (int)start, (int)length);

    /// <summary>The UTF-16 column of a byte offset in the line.</summary>
    public int CharOffset(long byteOffset)
    {
        int count = (int)Math.Max(0, Math.Min(byteOffset, Count));
        return Encoding.UTF8.GetCharCount(_bytes, 0, count);
    }

    /// <summary>Records a problem at the bytes [<paramref name="start"/>, +<paramref name="length"/>) unless one was recorded first.</summary>
    public void Fail(FineTuningErrorKind kind, long start, long length, string messageFormat)
    {
        if (_problemFormat is not null)
        {
            return;
        }

        _problemKind = kind;
        _problemFormat = messageFormat;
        _problemStart = Math.Max(0, Math.Min(start, Count));
        _problemLength = Math.Max(0, length);
    }

    /// <summary>
    /// Records the reader's syntax error, replacing any problem found before it: a line that is not JSON is reported as
    /// such. <paramref name="depth"/> is the reader's depth when it stopped (an open object at the end means a cut record).
    /// </summary>
    public void FailSyntax(JsonException exception, long bytesConsumed, int depth)
    {
        long position = exception.BytePositionInLine ?? bytesConsumed;
        string reason = position >= Count && depth > 0
            ? "the line ends with an object or array still open (a truncated record, or one record split over several lines?)"
            : Reason(exception.Message);
        _problemFormat = null;
        Fail(FineTuningErrorKind.InvalidJson, position, 0, "invalid JSON at column {0}: " + reason);
    }

    /// <summary>Records a string the reader could not decode (an invalid escape such as a lone surrogate), replacing any other problem.</summary>
    public void FailString(InvalidOperationException exception, long tokenStart)
    {
        _problemFormat = null;
        Fail(FineTuningErrorKind.InvalidJson, tokenStart, 0, "invalid JSON string at column {0}: " + Reason(exception.Message));
    }

    /// <summary>The recorded problem with its column and length in chars, or null when the line has none.</summary>
    public FineTuningError? Problem()
    {
        if (_problemFormat is null)
        {
            return null;
        }

        int column = CharOffset(_problemStart);
        int end = CharOffset(Math.Min(Count, _problemStart + _problemLength));
        return new FineTuningError(_problemKind, string.Format(CultureInfo.InvariantCulture, _problemFormat, column + 1), column, Math.Max(0, end - column));
    }
}
