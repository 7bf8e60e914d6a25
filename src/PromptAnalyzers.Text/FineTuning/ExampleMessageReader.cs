using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>One message of a chat example as the security rules read it: where it is and what it says.</summary>
public sealed class ExampleMessage
{
    internal ExampleMessage(int index, string role, string text, int column, int length, string? label = null)
    {
        Index = index;
        Role = role;
        Text = text;
        Column = column;
        Length = length;
        _label = label;
    }

    private readonly string? _label;

    /// <summary>0-based index in the example's <c>messages</c> array.</summary>
    public int Index { get; }

    /// <summary>The role as written ("user", "assistant"...), or "unknown".</summary>
    public string Role { get; }

    /// <summary>The content text (text parts joined), with the names and arguments of the message's tool calls after it.</summary>
    public string Text { get; }

    /// <summary>0-based column of the <c>content</c> value in the line (where a finding that cannot be placed exactly goes).</summary>
    public int Column { get; }

    /// <summary>Length in chars of the <c>content</c> value as written in the line.</summary>
    public int Length { get; }

    /// <summary>"messages[1] (user)", or where the format puts the turn ("conversations[2] (gpt)", "completion").</summary>
    public string Label => _label ?? "messages[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] (" + Role + ")";
}

/// <summary>
/// Reads the messages of one JSONL line of a chat dataset, whatever else is wrong with it (the validator reports that): every
/// message object with text gives one <see cref="ExampleMessage"/>. Bad JSON gives what was read before it; never throws.
/// </summary>
public sealed class ExampleMessageReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private readonly ChatMessageFields _fields = new();
    private readonly List<string> _toolTexts = new();
    private readonly Utf8ExampleLine _line = new();

    private FormatExampleParser? _formatParser;

    /// <summary>
    /// The turns with text of <paramref name="line"/> in a dataset of <paramref name="format"/>: chat messages as
    /// <see cref="Read(string)"/> reads them, other formats' turns as their reader finds them (up to a problem).
    /// </summary>
    public IReadOnlyList<ExampleMessage> Read(string line, FineTuningFormat format)
    {
        if (format == FineTuningFormat.OpenAiChat)
        {
            return Read(line);
        }

        if (_formatParser is null || _formatParser.Format != format)
        {
            _formatParser = new FormatExampleParser(format);
        }

        var messages = new List<ExampleMessage>();
        char[] chars = line.ToCharArray();
        try
        {
            _formatParser.Parse(chars, chars.Length);
        }
        catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
        {
            return messages;
        }

        IReadOnlyList<TrainingTurn> turns = _formatParser.Turns;
        for (int i = 0; i < turns.Count; i++)
        {
            TrainingTurn turn = turns[i];
            if (turn.Text.Length > 0)
            {
                int column = _formatParser.CharOffset(turn.Start);
                int end = _formatParser.CharOffset(turn.Start + turn.Length);
                messages.Add(new ExampleMessage(i, turn.Role, turn.Text, column, end - column, turn.Label));
            }
        }

        return messages;
    }

    /// <summary>The messages of <paramref name="line"/> that have text.</summary>
    public IReadOnlyList<ExampleMessage> Read(string line)
    {
        var messages = new List<ExampleMessage>();
        if (string.IsNullOrEmpty(line))
        {
            return messages;
        }

        _line.Load(line);
        try
        {
            ReadRecord(messages);
        }
        catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
        {
            // What was read before the bad JSON is kept.
        }

        return messages;
    }

    private void ReadRecord(List<ExampleMessage> messages)
    {
        Utf8JsonReader reader = _line.Reader(ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isMessages = reader.ValueTextEquals("messages");
            reader.Read();
            if (isMessages && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadMessages(ref reader, messages);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private void ReadMessages(ref Utf8JsonReader reader, List<ExampleMessage> messages)
    {
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                _toolTexts.Clear();
                _fields.Read(ref reader, _toolTexts);
                string text = TextOf(_fields.Content, _toolTexts);
                if (text.Length > 0)
                {
                    int column = _line.CharOffset(_fields.ContentLength > 0 ? _fields.ContentStart : _fields.Start);
                    int end = _line.CharOffset(_fields.ContentLength > 0 ? _fields.ContentStart + _fields.ContentLength : _fields.Start + _fields.Length);
                    messages.Add(new ExampleMessage(index, _fields.Role ?? "unknown", text, column, end - column));
                }
            }
            else
            {
                reader.Skip();
            }

            index++;
        }
    }

    private static string TextOf(string? content, List<string> toolTexts)
    {
        if (toolTexts.Count == 0)
        {
            return content ?? string.Empty;
        }

        var builder = new StringBuilder(content ?? string.Empty);
        foreach (string text in toolTexts)
        {
            builder.Append('\n').Append(text);
        }

        return builder.ToString();
    }
}
