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
    private readonly Utf8ExampleLine _line = new();

    private readonly bool _collectMessages;

    /// <param name="collectMessages">True to give <see cref="Fill"/> the turns as messages for the security rules.</param>
    public FormatExampleParser(FineTuningFormat format, bool collectMessages = false)
    {
        Format = format;
        _format = FormatReaders.For(format);
        _collectMessages = collectMessages;
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
        _line.Load(chars, length);
        Root = ReadTree();
        if (Root is not null && !_line.HasProblem)
        {
            _format.Read(Root, this);
            if (!_line.HasProblem && !HasTrainedTurn())
            {
                Fail(FineTuningErrorKind.NoAssistant, Root, _format.NothingTrained);
            }
        }

        if (_line.HasProblem)
        {
            Error = _line.Problem();
            return false;
        }

        CollectTexts();
        return true;
    }

    public void Fill(ParsedExampleLine line)
    {
        line.AssistantText = AssistantText;
        line.UserText = UserText;
        line.SystemText = SystemText;
        line.AssistantContentColumn = AssistantContentColumn;
        line.AssistantContentLength = AssistantContentLength;
        bool conversational = _turns.Count > 1 || Format != FineTuningFormat.PlainText;
        line.FramingTokens = conversational ? ChatTokenCounting.TokensPerReplyPriming + ((long)ChatTokenCounting.TokensPerMessage * _turns.Count) : 0;
        var texts = new string[(_turns.Count * 2) + _countedTexts.Count];
        for (int i = 0; i < _turns.Count; i++)
        {
            texts[2 * i] = _turns[i].Role;
            texts[(2 * i) + 1] = _turns[i].Text;
        }

        _countedTexts.CopyTo(texts, _turns.Count * 2);
        line.TokenTexts = texts;
        if (_collectMessages)
        {
            line.Messages = Messages();
        }
    }

    /// <summary>The turns with text as messages, placed at their values in the line.</summary>
    private ExampleMessage[] Messages()
    {
        var messages = new List<ExampleMessage>(_turns.Count);
        for (int i = 0; i < _turns.Count; i++)
        {
            TrainingTurn turn = _turns[i];
            if (turn.Text.Length > 0)
            {
                int column = CharOffset(turn.Start);
                int end = CharOffset(turn.Start + turn.Length);
                messages.Add(new ExampleMessage(i, turn.Role, turn.Text, column, end - column, turn.Label));
            }
        }

        return messages.ToArray();
    }

    /// <summary>Adds a turn whose text is the string <paramref name="value"/> (a reader has checked it is one).</summary>
    internal void AddTurn(string role, string label, JsonLineNode value, bool trained) =>
        _turns.Add(new TrainingTurn(role, label, value.String ?? string.Empty, trained, value.Start, value.Length));

    /// <summary>Adds a turn whose text is made of several values (parts, content blocks) that start at <paramref name="at"/>.</summary>
    internal void AddTurn(string role, string label, string text, JsonLineNode at, bool trained) =>
        _turns.Add(new TrainingTurn(role, label, text, trained, at.Start, at.Length));

    /// <summary>Text that is trained and billed but is no turn (tool definitions).</summary>
    internal void Count(JsonLineNode value) =>
        _countedTexts.Add(_line.Slice(value.Start, value.Length));

    internal bool Failed => _line.HasProblem;

    /// <summary>Reports the first problem of the line at <paramref name="at"/>; <paramref name="messageFormat"/> has {0} for the column.</summary>
    internal void Fail(FineTuningErrorKind kind, JsonLineNode at, string messageFormat) =>
        _line.Fail(kind, at.Start, at.Length, messageFormat);

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
        _turns.Clear();
        _countedTexts.Clear();
        AssistantText = string.Empty;
        UserText = string.Empty;
        SystemText = string.Empty;
        AssistantContentColumn = 0;
        AssistantContentLength = 0;
    }

    /// <summary>The line's root object, or null with the error set (not JSON, or not an object).</summary>
    private JsonLineNode? ReadTree()
    {
        Utf8JsonReader reader = _line.Reader(ReaderOptions);
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
                _line.Fail(FineTuningErrorKind.NotObject, root.Start, root.Length,
                    "the line is " + Describe(root.Type) + " at column {0}, not a JSON object; each line must be one " + Format.DisplayName() + " example");
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            _line.FailSyntax(ex, reader.BytesConsumed, reader.CurrentDepth);
        }
        catch (InvalidOperationException ex)
        {
            _line.FailString(ex, reader.TokenStartIndex);
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

    /// <summary>The UTF-16 column of a byte offset in the last line.</summary>
    internal int CharOffset(long byteOffset) => _line.CharOffset(byteOffset);
}
