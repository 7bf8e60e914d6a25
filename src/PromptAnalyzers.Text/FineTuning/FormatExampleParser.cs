using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PromptAnalyzers.Text.FineTuning.Formats;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Reads one JSONL line as an example of a dataset format other than OpenAI chat (see <see cref="FineTuningFormat"/>):
/// the line becomes a small tree with positions, the format's reader turns it into <see cref="TrainingTurn"/>s or
/// reports the first problem at the value that has it. One instance per dataset; the first problem in a line wins,
/// except that a JSON syntax error replaces any other.
/// </summary>
internal sealed class FormatExampleParser : IExampleLineParser
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = 64,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly IFormatReader _format;
    private readonly List<TrainingTurn> _turns = new();
    private readonly List<string> _countedTexts = new();
    private byte[] _bytes = new byte[4096];
    private int _byteCount;

    private FineTuningErrorKind _errorKind;
    private string? _errorMessage;
    private long _errorStart;
    private long _errorLength;

    public FormatExampleParser(FineTuningFormat format)
    {
        Format = format;
        _format = FormatReaders.For(format);
    }

    public FineTuningFormat Format { get; }

    public FineTuningError? Error { get; private set; }

    /// <summary>The turns of the last line (also of an invalid one: what was read before the problem).</summary>
    public IReadOnlyList<TrainingTurn> Turns => _turns;

    public string AssistantText { get; private set; } = string.Empty;

    public string UserText { get; private set; } = string.Empty;

    public string SystemText { get; private set; } = string.Empty;

    public int AssistantContentColumn { get; private set; }

    public int AssistantContentLength { get; private set; }

    /// <summary>The root of the last line when it was a JSON object, else null.</summary>
    internal JsonLineNode? Root { get; private set; }

    public bool Parse(char[] chars, int length)
    {
        Reset();
        EncodeLine(chars, length);
        Root = ReadTree();
        if (Root is not null && _errorMessage is null)
        {
            _format.Read(Root, this);
            if (_errorMessage is null && !HasTrainedTurn())
            {
                Fail(FineTuningErrorKind.NoAssistant, Root, _format.NothingTrained);
            }
        }

        if (_errorMessage is not null)
        {
            Error = CreateError();
            return false;
        }

        CollectTexts();
        return true;
    }

    public int CountTokens(FineTuningValidationOptions options)
    {
        long tokens = 0;
        bool conversational = _turns.Count > 1 || Format != FineTuningFormat.PlainText;
        if (conversational)
        {
            tokens += ChatTokenCounting.TokensPerReplyPriming + ((long)ChatTokenCounting.TokensPerMessage * _turns.Count);
        }

        foreach (TrainingTurn turn in _turns)
        {
            tokens += options.CountTokens(turn.Role) + options.CountTokens(turn.Text);
        }

        foreach (string text in _countedTexts)
        {
            tokens += options.CountTokens(text);
        }

        return (int)Math.Min(tokens, int.MaxValue);
    }

    /// <summary>Adds a turn whose text is the string <paramref name="value"/> (a reader has checked it is one).</summary>
    internal void AddTurn(string role, string label, JsonLineNode value, bool trained) =>
        _turns.Add(new TrainingTurn(role, label, value.String ?? string.Empty, trained, value.Start, value.Length));

    /// <summary>Adds a turn whose text is made of several values (parts, content blocks) that start at <paramref name="at"/>.</summary>
    internal void AddTurn(string role, string label, string text, JsonLineNode at, bool trained) =>
        _turns.Add(new TrainingTurn(role, label, text, trained, at.Start, at.Length));

    /// <summary>Text that is trained and billed but is no turn (tool definitions).</summary>
    internal void Count(JsonLineNode value) =>
        _countedTexts.Add(Encoding.UTF8.GetString(_bytes, (int)value.Start, (int)value.Length));

    internal bool Failed => _errorMessage is not null;

    /// <summary>Reports the first problem of the line at <paramref name="at"/>; <paramref name="messageFormat"/> has {0} for the column.</summary>
    internal void Fail(FineTuningErrorKind kind, JsonLineNode at, string messageFormat) =>
        SetError(kind, at.Start, at.Length, messageFormat);

    private bool HasTrainedTurn()
    {
        foreach (TrainingTurn turn in _turns)
        {
            if (turn.Trained)
            {
                return true;
            }
        }

        return false;
    }

    private void Reset()
    {
        Error = null;
        Root = null;
        _errorMessage = null;
        _turns.Clear();
        _countedTexts.Clear();
        AssistantText = string.Empty;
        UserText = string.Empty;
        SystemText = string.Empty;
        AssistantContentColumn = 0;
        AssistantContentLength = 0;
        if (_bytes.Length > 1024 * 1024)
        {
            _bytes = new byte[4096];
        }
    }

    private void EncodeLine(char[] chars, int length)
    {
        _byteCount = Encoding.UTF8.GetByteCount(chars, 0, length);
        if (_bytes.Length < _byteCount)
        {
            _bytes = new byte[Math.Max(_byteCount, Math.Min(_bytes.Length * 2, int.MaxValue / 2))];
        }

        Encoding.UTF8.GetBytes(chars, 0, length, _bytes, 0);
    }

    /// <summary>The line's root object, or null with the error set (not JSON, or not an object).</summary>
    private JsonLineNode? ReadTree()
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, 0, _byteCount), isFinalBlock: true, new JsonReaderState(ReaderOptions));
        try
        {
            reader.Read();
            JsonLineNode root = JsonLineNode.Read(ref reader);
            while (reader.Read())
            {
                // Anything after the record is a syntax error that Read throws for.
            }

            if (!root.IsObject)
            {
                SetError(FineTuningErrorKind.NotObject, root.Start, root.Length,
                    "the line is " + Describe(root.Type) + " at column {0}, not a JSON object; each line must be one " + Format.DisplayName() + " example");
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            long position = ex.BytePositionInLine ?? reader.BytesConsumed;
            string reason = position >= _byteCount && reader.CurrentDepth > 0
                ? "the line ends with an object or array still open (a truncated record, or one record split over several lines?)"
                : Reason(ex.Message);
            SetError(FineTuningErrorKind.InvalidJson, position, 0, "invalid JSON at column {0}: " + reason);
        }
        catch (InvalidOperationException ex)
        {
            SetError(FineTuningErrorKind.InvalidJson, reader.TokenStartIndex, 0, "invalid JSON string at column {0}: " + Reason(ex.Message));
        }

        return null;
    }

    private void CollectTexts()
    {
        var trained = new StringBuilder();
        var user = new StringBuilder();
        var system = new StringBuilder();
        TrainingTurn? first = null;
        foreach (TrainingTurn turn in _turns)
        {
            if (turn.Trained && turn.Text.Length > 0)
            {
                first ??= turn;
                (trained.Length > 0 ? trained.Append("\n\n") : trained).Append(turn.Text);
            }
            else if (turn.Role == TurnRoles.User)
            {
                user.Append(turn.Text).Append('\n');
            }
            else if (turn.Role == TurnRoles.System)
            {
                system.Append(turn.Text).Append('\n');
            }
        }

        AssistantText = trained.ToString();
        UserText = user.ToString();
        SystemText = system.ToString().TrimEnd('\n');
        if (first is not null)
        {
            AssistantContentColumn = CharOffset(first.Start);
            AssistantContentLength = CharOffset(first.Start + first.Length) - AssistantContentColumn;
        }
    }

    private void SetError(FineTuningErrorKind kind, long start, long length, string messageFormat)
    {
        if (_errorMessage is not null)
        {
            return;
        }

        _errorKind = kind;
        _errorMessage = messageFormat;
        _errorStart = Math.Max(0, Math.Min(start, _byteCount));
        _errorLength = Math.Max(0, length);
    }

    private FineTuningError CreateError()
    {
        int column = CharOffset(_errorStart);
        int end = CharOffset(Math.Min(_byteCount, _errorStart + _errorLength));
        return new FineTuningError(_errorKind, string.Format(CultureInfo.InvariantCulture, _errorMessage!, column + 1), column, Math.Max(0, end - column));
    }

    internal int CharOffset(long byteOffset)
    {
        int count = (int)Math.Max(0, Math.Min(byteOffset, _byteCount));
        return Encoding.UTF8.GetCharCount(_bytes, 0, count);
    }
}
