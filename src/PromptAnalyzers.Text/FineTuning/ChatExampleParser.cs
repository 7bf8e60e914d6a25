using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Reads one JSONL line as an OpenAI chat fine-tuning example with <see cref="Utf8JsonReader"/>, in one pass, and
/// keeps what counting and fact detection need. One instance per dataset; its buffers are reused line after line.
/// The first problem in a line wins, except that a JSON syntax error anywhere in the line replaces any other.
/// </summary>
internal sealed class ChatExampleParser : IExampleLineParser
{
    private const string ExpectedRoles = "system, developer, user, assistant or tool";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = 64,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    // The line, as UTF-8 (positions below are byte offsets in it), and the first problem found in it.
    private readonly Utf8ExampleLine _line = new();

    // The example read so far.
    private readonly ChatMessageFields _message = new();
    private readonly List<string> _countedTexts = new();
    private readonly StringBuilder _assistantText = new();
    private readonly StringBuilder _userText = new();
    private readonly StringBuilder _systemText = new();
    private bool _sawMessagesArray;
    private bool _sawAssistant;
    private long _messagesStart;
    private long _messagesLength;
    private int _messageCount;
    private int _nameCount;
    private long _assistantContentStart;
    private long _assistantContentLength;

    // Every message object with text, valid or not, when the security rules need them (else null).
    private readonly List<ExampleMessage>? _messages;

    /// <param name="collectMessages">True to keep the line's messages for <see cref="Fill"/>.</param>
    public ChatExampleParser(bool collectMessages = false)
    {
        _messages = collectMessages ? new List<ExampleMessage>() : null;
    }

    /// <summary>The problem found by the last <see cref="Parse"/>, or null for a valid example.</summary>
    public FineTuningError? Error { get; private set; }

    /// <summary>Trained (weight not 0) assistant answers of the last valid example, joined by blank lines.</summary>
    public string AssistantText => _assistantText.ToString();

    /// <summary>The user messages of the last example: what the assistant's answers reply to.</summary>
    public string UserText => _userText.ToString();

    /// <summary>The system and developer messages of the last example.</summary>
    public string SystemText => _systemText.ToString().TrimEnd('\n');

    /// <summary>0-based column of the first trained assistant <c>content</c> value.</summary>
    public int AssistantContentColumn { get; private set; }

    /// <summary>Length in chars of the first trained assistant <c>content</c> value.</summary>
    public int AssistantContentLength { get; private set; }

    /// <summary>Parses <paramref name="chars"/>[0..<paramref name="length"/>); returns true for a valid example.</summary>
    public bool Parse(char[] chars, int length)
    {
        Reset();
        _line.Load(chars, length);
        ReadLine();
        if (_line.HasProblem)
        {
            Error = _line.Problem();
            return false;
        }

        if (_assistantContentLength > 0)
        {
            AssistantContentColumn = _line.CharOffset(_assistantContentStart);
            AssistantContentLength = _line.CharOffset(_assistantContentStart + _assistantContentLength) - AssistantContentColumn;
        }

        return true;
    }

    public void Fill(ParsedExampleLine line)
    {
        line.AssistantText = AssistantText;
        line.UserText = UserText;
        line.SystemText = SystemText;
        line.AssistantContentColumn = AssistantContentColumn;
        line.AssistantContentLength = AssistantContentLength;
        line.FramingTokens = ChatTokenCounting.TokensPerReplyPriming
            + ((long)ChatTokenCounting.TokensPerMessage * _messageCount)
            + ((long)ChatTokenCounting.TokensPerName * _nameCount);
        line.TokenTexts = _countedTexts.ToArray();
        if (_messages is not null)
        {
            line.Messages = _messages.ToArray();
        }
    }

    private void Reset()
    {
        Error = null;
        _messages?.Clear();
        _countedTexts.Clear();
        _assistantText.Clear();
        _userText.Clear();
        _systemText.Clear();
        _sawMessagesArray = false;
        _sawAssistant = false;
        _messageCount = 0;
        _nameCount = 0;
        _assistantContentStart = 0;
        _assistantContentLength = 0;
        AssistantContentColumn = 0;
        AssistantContentLength = 0;
    }

    /// <summary>Reads the line as one record; a JSON syntax error anywhere replaces any problem found before it.</summary>
    private void ReadLine()
    {
        Utf8JsonReader reader = _line.Reader(ReaderOptions);
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRecord(ref reader);
            }
            else
            {
                ReportNotAnObject(ref reader);
            }

            while (reader.Read())
            {
                // Anything after the record is a syntax error that Read throws for.
            }
        }
        catch (JsonException ex)
        {
            _line.FailSyntax(ex, reader.BytesConsumed, reader.CurrentDepth);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a string with an invalid escape such as a lone surrogate.
            _line.FailString(ex, reader.TokenStartIndex);
        }
    }

    private void ReportNotAnObject(ref Utf8JsonReader reader)
    {
        long start = reader.TokenStartIndex;
        JsonTokenType type = reader.TokenType;
        reader.Skip();
        _line.Fail(FineTuningErrorKind.NotObject, start, reader.BytesConsumed - start,
            "the line is " + Describe(type) + " at column {0}, not a JSON object; each line must be one example such as {{\"messages\": [...]}}");
    }

    private void ReadRecord(ref Utf8JsonReader reader)
    {
        long recordStart = reader.TokenStartIndex;
        bool sawMessages = false;
        bool sawPrompt = false;
        var otherNames = new List<string>(3);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("messages"))
            {
                sawMessages = true;
                reader.Read();
                ReadMessages(ref reader);
            }
            else if (reader.ValueTextEquals("tools") || reader.ValueTextEquals("functions"))
            {
                reader.Read();
                long start = reader.TokenStartIndex;
                reader.Skip();
                _countedTexts.Add(_line.Slice(start, reader.BytesConsumed - start));
            }
            else
            {
                if (reader.ValueTextEquals("prompt") || reader.ValueTextEquals("completion"))
                {
                    sawPrompt = true;
                }

                if (otherNames.Count < 3)
                {
                    otherNames.Add(Quote(reader.GetString()));
                }

                reader.Read();
                reader.Skip();
            }
        }

        if (!sawMessages)
        {
            string found = otherNames.Count == 0 ? "the object is empty" : "found " + string.Join(", ", otherNames);
            string hint = sawPrompt ? "; \"prompt\"/\"completion\" is the legacy completions format, chat models need \"messages\"" : string.Empty;
            _line.Fail(FineTuningErrorKind.MessagesMissing, recordStart, reader.BytesConsumed - recordStart,
                "the example has no \"messages\" array (" + found + ")" + hint);
        }
        else if (_sawMessagesArray && !_sawAssistant)
        {
            _line.Fail(FineTuningErrorKind.NoAssistant, _messagesStart, _messagesLength,
                _messageCount == 0 && !_line.HasProblem
                    ? "\"messages\" at column {0} is empty; an example needs at least one assistant message to learn from"
                    : "the example has no assistant message; an example needs at least one assistant reply to learn from");
        }
    }

    private void ReadMessages(ref Utf8JsonReader reader)
    {
        long start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            JsonTokenType type = reader.TokenType;
            reader.Skip();
            _line.Fail(FineTuningErrorKind.MessagesNotArray, start, reader.BytesConsumed - start,
                $"\"messages\" at column {{0}} is {Describe(type)}, not an array of messages");
            return;
        }

        _sawMessagesArray = true;
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                long elementStart = reader.TokenStartIndex;
                JsonTokenType type = reader.TokenType;
                reader.Skip();
                _line.Fail(FineTuningErrorKind.MessageNotObject, elementStart, reader.BytesConsumed - elementStart,
                    $"messages[{index}] at column {{0}} is {Describe(type)}, not a message object");
            }
            else
            {
                ReadMessage(ref reader, index);
            }

            index++;
        }

        _messagesStart = start;
        _messagesLength = reader.BytesConsumed - start;
    }

    /// <summary>Reads messages[<paramref name="index"/>], checks its role, content and weight, and adds it to the example.</summary>
    private void ReadMessage(ref Utf8JsonReader reader, int index)
    {
        int toolTexts = _countedTexts.Count;
        _message.Read(ref reader, _countedTexts);
        CollectMessage(index, toolTexts);
        if (_line.HasProblem || !HasKnownRole(index))
        {
            return;
        }

        string label = $"messages[{index}] ({_message.Role})";
        if (!HasValidContent(label) || !HasValidWeight(label))
        {
            return;
        }

        CountMessage();
        if (_message.Role == "user" && !string.IsNullOrEmpty(_message.Content))
        {
            _userText.Append(_message.Content).Append('\n');
        }
        else if ((_message.Role == "system" || _message.Role == "developer") && !string.IsNullOrEmpty(_message.Content))
        {
            _systemText.Append(_message.Content).Append('\n');
        }
        else if (_message.Role == "assistant")
        {
            _sawAssistant = true;
            CollectTrainedAnswer();
        }
    }

    /// <summary>Keeps messages[<paramref name="index"/>] with its content and the tool-call texts read after <paramref name="toolTextsFrom"/>.</summary>
    private void CollectMessage(int index, int toolTextsFrom)
    {
        if (_messages is null)
        {
            return;
        }

        string text = ExampleMessage.JoinTexts(_message.Content, _countedTexts, toolTextsFrom);
        if (text.Length == 0)
        {
            return;
        }

        bool hasContent = _message.ContentLength > 0;
        int column = _line.CharOffset(hasContent ? _message.ContentStart : _message.Start);
        int end = _line.CharOffset(hasContent ? _message.ContentStart + _message.ContentLength : _message.Start + _message.Length);
        _messages.Add(new ExampleMessage(index, _message.Role ?? "unknown", text, column, end - column));
    }

    /// <summary>A string role among system, developer, user, assistant and tool; otherwise reports why not.</summary>
    private bool HasKnownRole(int index)
    {
        if (_message.RoleType == JsonTokenType.None)
        {
            _line.Fail(FineTuningErrorKind.RoleMissing, _message.Start, _message.Length, $"messages[{index}] at column {{0}} has no \"role\"");
            return false;
        }

        if (_message.RoleType != JsonTokenType.String)
        {
            _line.Fail(FineTuningErrorKind.UnknownRole, _message.RoleStart, _message.RoleLength,
                $"messages[{index}] \"role\" at column {{0}} is {Describe(_message.RoleType)}, not a string; expected {ExpectedRoles}");
            return false;
        }

        if (!IsKnownRole(_message.Role!))
        {
            _line.Fail(FineTuningErrorKind.UnknownRole, _message.RoleStart, _message.RoleLength,
                $"messages[{index}] has unknown role {Quote(_message.Role)} at column {{0}}; expected {ExpectedRoles}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A string or valid content parts (images only from the user); no content or null content only on an assistant
    /// message that calls tools. Otherwise reports why not.
    /// </summary>
    private bool HasValidContent(string label)
    {
        bool isAssistant = _message.Role == "assistant";
        bool toolCallOnly = isAssistant && _message.HasToolCalls;
        switch (_message.ContentType)
        {
            case JsonTokenType.None when !toolCallOnly:
                _line.Fail(FineTuningErrorKind.MissingContent, _message.Start, _message.Length,
                    label + " at column {0} has no \"content\"" + (isAssistant ? " (and no \"tool_calls\")" : string.Empty));
                return false;
            case JsonTokenType.Null when !toolCallOnly:
                _line.Fail(FineTuningErrorKind.InvalidContent, _message.ContentStart, _message.ContentLength,
                    label + " has null \"content\" at column {0}; null content is only valid on an assistant message with \"tool_calls\"");
                return false;
            case JsonTokenType.None:
            case JsonTokenType.Null:
            case JsonTokenType.String:
                return true;
            case JsonTokenType.StartArray:
                return HasValidContentParts(label);
            default:
                _line.Fail(FineTuningErrorKind.InvalidContent, _message.ContentStart, _message.ContentLength,
                    label + $" \"content\" at column {{0}} is {Describe(_message.ContentType)}; expected a string or an array of content parts");
                return false;
        }
    }

    private bool HasValidContentParts(string label)
    {
        if (_message.ContentPartError is not null)
        {
            _line.Fail(FineTuningErrorKind.InvalidContentPart, _message.ContentStart, _message.ContentLength,
                label + " \"content\" at column {0}: " + _message.ContentPartError);
            return false;
        }

        if (_message.HasImagePart && _message.Role != "user")
        {
            _line.Fail(FineTuningErrorKind.InvalidContentPart, _message.ContentStart, _message.ContentLength,
                label + " \"content\" at column {0} has an image part; images are only allowed in user messages");
            return false;
        }

        return true;
    }

    /// <summary>No weight, or the number 0 or 1; otherwise reports the weight found.</summary>
    private bool HasValidWeight(string label)
    {
        if (!_message.HasWeight || _message.IsWeightValid)
        {
            return true;
        }

        string raw = _line.Slice(_message.WeightStart, Math.Min(_message.WeightLength, 20));
        _line.Fail(FineTuningErrorKind.BadWeight, _message.WeightStart, _message.WeightLength,
            label + " has \"weight\": " + EscapeBraces(Escape(raw)) + " at column {0}; weight must be 0 or 1");
        return false;
    }

    /// <summary>Adds the message's role, content and name to the texts that training tokens are counted on.</summary>
    private void CountMessage()
    {
        _messageCount++;
        _countedTexts.Add(_message.Role!);
        if (_message.Content is not null)
        {
            _countedTexts.Add(_message.Content);
        }

        if (_message.Name is not null)
        {
            _nameCount++;
            _countedTexts.Add(_message.Name);
        }
    }

    /// <summary>Keeps an assistant answer that is trained on (weight not 0) for fact detection, and where the first one is.</summary>
    private void CollectTrainedAnswer()
    {
        if (_message.IsWeightZero || string.IsNullOrEmpty(_message.Content))
        {
            return;
        }

        if (_assistantText.Length > 0)
        {
            _assistantText.Append("\n\n");
        }

        _assistantText.Append(_message.Content);
        if (_assistantContentLength == 0)
        {
            _assistantContentStart = _message.ContentStart;
            _assistantContentLength = _message.ContentLength;
        }
    }

    private static bool IsKnownRole(string role) =>
        role == "system" || role == "developer" || role == "user" || role == "assistant" || role == "tool";
}
