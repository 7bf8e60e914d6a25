using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Reads one JSONL line as an OpenAI chat fine-tuning example with <see cref="Utf8JsonReader"/>, in one pass, and
/// keeps what counting and fact detection need. One instance per dataset; its buffers are reused line after line.
/// The first problem in a line wins, except that a JSON syntax error anywhere in the line replaces any other.
/// </summary>
internal sealed class ChatExampleParser
{
    private const int MaxQuotedLength = 40;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = 64,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly List<string> _countedTexts = new();
    private readonly StringBuilder _assistantText = new();
    private readonly StringBuilder _userText = new();
    private byte[] _bytes = new byte[4096];
    private int _byteCount;

    private FineTuningErrorKind _errorKind;
    private string? _errorMessage;
    private long _errorStart;
    private long _errorLength;

    private bool _sawMessagesArray;
    private bool _sawAssistant;
    private long _messagesStart;
    private long _messagesLength;
    private int _messageCount;
    private int _nameCount;
    private long _assistantContentStart;
    private long _assistantContentLength;

    /// <summary>The problem found by the last <see cref="Parse"/>, or null for a valid example.</summary>
    public FineTuningError? Error { get; private set; }

    /// <summary>True when the last line was a JSON object with a <c>messages</c> array (valid or not).</summary>
    public bool HasMessagesArray => _sawMessagesArray;

    /// <summary>Trained (weight not 0) assistant answers of the last valid example, joined by blank lines.</summary>
    public string AssistantText => _assistantText.ToString();

    /// <summary>The user messages of the example: what the assistant's answer replies to.</summary>
    public string UserText => _userText.ToString();

    public int AssistantContentColumn { get; private set; }

    public int AssistantContentLength { get; private set; }

    /// <summary>Parses <paramref name="chars"/>[0..<paramref name="length"/>); returns true for a valid example.</summary>
    public bool Parse(char[] chars, int length)
    {
        Reset();
        _byteCount = Encoding.UTF8.GetByteCount(chars, 0, length);
        if (_bytes.Length < _byteCount)
        {
            _bytes = new byte[Math.Max(_byteCount, Math.Min(_bytes.Length * 2, int.MaxValue / 2))];
        }

        Encoding.UTF8.GetBytes(chars, 0, length, _bytes, 0);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, 0, _byteCount), isFinalBlock: true, new JsonReaderState(ReaderOptions));
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRecord(ref reader);
            }
            else
            {
                long start = reader.TokenStartIndex;
                JsonTokenType type = reader.TokenType;
                reader.Skip();
                SetError(FineTuningErrorKind.NotObject, start, reader.BytesConsumed - start,
                    "the line is " + Describe(type) + " at column {0}, not a JSON object; each line must be one example such as {{\"messages\": [...]}}");
            }

            while (reader.Read())
            {
                // Anything after the record is a syntax error that Read throws for.
            }
        }
        catch (JsonException ex)
        {
            long position = ex.BytePositionInLine ?? reader.BytesConsumed;
            _errorMessage = null;
            string reason = position >= _byteCount && reader.CurrentDepth > 0
                ? "the line ends with an object or array still open (a truncated record, or one record split over several lines?)"
                : Reason(ex.Message);
            SetError(FineTuningErrorKind.InvalidJson, position, 0, "invalid JSON at column {0}: " + reason);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a string with an invalid escape such as a lone surrogate.
            _errorMessage = null;
            SetError(FineTuningErrorKind.InvalidJson, reader.TokenStartIndex, 0, "invalid JSON string at column {0}: " + Reason(ex.Message));
        }

        if (_errorMessage is not null)
        {
            int column = CharOffset(_errorStart);
            int end = CharOffset(Math.Min(_byteCount, _errorStart + _errorLength));
            Error = new FineTuningError(
                _errorKind,
                string.Format(CultureInfo.InvariantCulture, _errorMessage, column + 1),
                column,
                Math.Max(0, end - column));
            return false;
        }

        if (_assistantContentLength > 0)
        {
            AssistantContentColumn = CharOffset(_assistantContentStart);
            AssistantContentLength = CharOffset(_assistantContentStart + _assistantContentLength) - AssistantContentColumn;
        }

        return true;
    }

    /// <summary>Training tokens of the last valid example (see <see cref="ChatTokenCounting"/>).</summary>
    public int CountTokens(TokenEncoding encoding)
    {
        long tokens = ChatTokenCounting.TokensPerReplyPriming
            + ((long)ChatTokenCounting.TokensPerMessage * _messageCount)
            + ((long)ChatTokenCounting.TokensPerName * _nameCount);
        foreach (string text in _countedTexts)
        {
            tokens += ChatTokenCounting.Count(text, encoding);
        }

        return (int)Math.Min(tokens, int.MaxValue);
    }

    private void Reset()
    {
        Error = null;
        _errorMessage = null;
        _countedTexts.Clear();
        _assistantText.Clear();
        _userText.Clear();
        _sawMessagesArray = false;
        _sawAssistant = false;
        _messageCount = 0;
        _nameCount = 0;
        _assistantContentStart = 0;
        _assistantContentLength = 0;
        AssistantContentColumn = 0;
        AssistantContentLength = 0;
        if (_bytes.Length > 1024 * 1024)
        {
            // Do not keep a buffer sized for one huge line for the rest of the file.
            _bytes = new byte[4096];
        }
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
                _countedTexts.Add(Encoding.UTF8.GetString(_bytes, (int)start, (int)(reader.BytesConsumed - start)));
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
            SetError(FineTuningErrorKind.MessagesMissing, recordStart, reader.BytesConsumed - recordStart,
                "the example has no \"messages\" array (" + found + ")" + hint);
        }
        else if (_sawMessagesArray && !_sawAssistant)
        {
            SetError(FineTuningErrorKind.NoAssistant, _messagesStart, _messagesLength,
                _messageCount == 0 && _errorMessage is null
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
            SetError(FineTuningErrorKind.MessagesNotArray, start, reader.BytesConsumed - start,
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
                SetError(FineTuningErrorKind.MessageNotObject, elementStart, reader.BytesConsumed - elementStart,
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

    private void ReadMessage(ref Utf8JsonReader reader, int index)
    {
        long messageStart = reader.TokenStartIndex;
        string? role = null;
        JsonTokenType roleType = JsonTokenType.None;
        long roleStart = 0;
        long roleLength = 0;
        JsonTokenType contentType = JsonTokenType.None;
        string? content = null;
        long contentStart = 0;
        long contentLength = 0;
        string? partError = null;
        bool hasImagePart = false;
        bool hasToolCalls = false;
        bool weightPresent = false;
        bool weightValid = true;
        bool weightZero = false;
        long weightStart = 0;
        long weightLength = 0;
        string? name = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("role"))
            {
                reader.Read();
                roleType = reader.TokenType;
                roleStart = reader.TokenStartIndex;
                if (roleType == JsonTokenType.String)
                {
                    role = reader.GetString();
                }

                reader.Skip();
                roleLength = reader.BytesConsumed - roleStart;
            }
            else if (reader.ValueTextEquals("content"))
            {
                reader.Read();
                contentType = reader.TokenType;
                contentStart = reader.TokenStartIndex;
                if (contentType == JsonTokenType.String)
                {
                    content = reader.GetString();
                }
                else if (contentType == JsonTokenType.StartArray)
                {
                    content = ReadContentParts(ref reader, out partError, out hasImagePart);
                }
                else
                {
                    reader.Skip();
                }

                contentLength = reader.BytesConsumed - contentStart;
            }
            else if (reader.ValueTextEquals("weight"))
            {
                reader.Read();
                weightPresent = true;
                weightStart = reader.TokenStartIndex;
                weightValid = reader.TokenType == JsonTokenType.Number
                    && reader.TryGetDecimal(out decimal weight)
                    && (weight == 0m || weight == 1m);
                weightZero = weightValid && reader.TryGetDecimal(out decimal w) && w == 0m;
                reader.Skip();
                weightLength = reader.BytesConsumed - weightStart;
            }
            else if (reader.ValueTextEquals("name"))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString();
                }

                reader.Skip();
            }
            else if (reader.ValueTextEquals("tool_calls") || reader.ValueTextEquals("function_call"))
            {
                reader.Read();
                hasToolCalls |= reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject;
                ReadToolCalls(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        long messageLength = reader.BytesConsumed - messageStart;
        if (_errorMessage is not null)
        {
            return;
        }

        if (roleType == JsonTokenType.None)
        {
            SetError(FineTuningErrorKind.RoleMissing, messageStart, messageLength, $"messages[{index}] at column {{0}} has no \"role\"");
            return;
        }

        if (roleType != JsonTokenType.String)
        {
            SetError(FineTuningErrorKind.UnknownRole, roleStart, roleLength,
                $"messages[{index}] \"role\" at column {{0}} is {Describe(roleType)}, not a string; expected system, developer, user, assistant or tool");
            return;
        }

        if (!IsKnownRole(role!))
        {
            SetError(FineTuningErrorKind.UnknownRole, roleStart, roleLength,
                $"messages[{index}] has unknown role {Quote(role)} at column {{0}}; expected system, developer, user, assistant or tool");
            return;
        }

        bool isAssistant = role == "assistant";
        string label = $"messages[{index}] ({role})";
        bool toolCallOnly = isAssistant && hasToolCalls;
        switch (contentType)
        {
            case JsonTokenType.None when !toolCallOnly:
                SetError(FineTuningErrorKind.MissingContent, messageStart, messageLength,
                    label + " at column {0} has no \"content\"" + (isAssistant ? " (and no \"tool_calls\")" : string.Empty));
                return;
            case JsonTokenType.Null when !toolCallOnly:
                SetError(FineTuningErrorKind.InvalidContent, contentStart, contentLength,
                    label + " has null \"content\" at column {0}; null content is only valid on an assistant message with \"tool_calls\"");
                return;
            case JsonTokenType.None:
            case JsonTokenType.Null:
            case JsonTokenType.String:
                break;
            case JsonTokenType.StartArray:
                if (partError is not null)
                {
                    SetError(FineTuningErrorKind.InvalidContentPart, contentStart, contentLength, label + " \"content\" at column {0}: " + partError);
                    return;
                }

                if (hasImagePart && role != "user")
                {
                    SetError(FineTuningErrorKind.InvalidContentPart, contentStart, contentLength,
                        label + " \"content\" at column {0} has an image part; images are only allowed in user messages");
                    return;
                }

                break;
            default:
                SetError(FineTuningErrorKind.InvalidContent, contentStart, contentLength,
                    label + $" \"content\" at column {{0}} is {Describe(contentType)}; expected a string or an array of content parts");
                return;
        }

        if (weightPresent && !weightValid)
        {
            string raw = Encoding.UTF8.GetString(_bytes, (int)weightStart, (int)Math.Min(weightLength, 20));
            SetError(FineTuningErrorKind.BadWeight, weightStart, weightLength,
                label + " has \"weight\": " + Escape(raw).Replace("{", "{{").Replace("}", "}}") + " at column {0}; weight must be 0 or 1");
            return;
        }

        _messageCount++;
        _countedTexts.Add(role!);
        if (content is not null)
        {
            _countedTexts.Add(content);
        }

        if (name is not null)
        {
            _nameCount++;
            _countedTexts.Add(name);
        }

        if (role == "user" && !string.IsNullOrEmpty(content))
        {
            _userText.Append(content).Append('\n');
        }

        if (isAssistant)
        {
            _sawAssistant = true;
            if (!weightZero && !string.IsNullOrEmpty(content))
            {
                if (_assistantText.Length > 0)
                {
                    _assistantText.Append("\n\n");
                }

                _assistantText.Append(content);
                if (_assistantContentLength == 0)
                {
                    _assistantContentStart = contentStart;
                    _assistantContentLength = contentLength;
                }
            }
        }
    }

    /// <summary>Reads an array of content parts; returns their text, and the first problem found in them.</summary>
    private string ReadContentParts(ref Utf8JsonReader reader, out string? error, out bool hasImagePart)
    {
        error = null;
        hasImagePart = false;
        var text = new StringBuilder();
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonTokenType partType = reader.TokenType;
                reader.Skip();
                error ??= $"part [{index}] is {Describe(partType)}, not a content part object";
                index++;
                continue;
            }

            string? type = null;
            JsonTokenType textType = JsonTokenType.None;
            string? partText = null;
            bool hasImage = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"))
                {
                    reader.Read();
                    type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("text"))
                {
                    reader.Read();
                    textType = reader.TokenType;
                    partText = textType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("image_url"))
                {
                    reader.Read();
                    hasImage = reader.TokenType == JsonTokenType.StartObject;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (type is null)
            {
                error ??= $"part [{index}] has no string \"type\"";
            }
            else if (type == "text")
            {
                if (textType != JsonTokenType.String)
                {
                    error ??= $"part [{index}] of type \"text\" has no string \"text\"";
                }
                else
                {
                    text.Append(partText);
                }
            }
            else if (type == "image_url")
            {
                hasImagePart = true;
                if (!hasImage)
                {
                    error ??= $"part [{index}] of type \"image_url\" has no \"image_url\" object";
                }
            }
            else
            {
                error ??= $"part [{index}] has unknown type {Quote(type)}; expected \"text\" or \"image_url\"";
            }

            index++;
        }

        if (index == 0)
        {
            error ??= "the array of content parts is empty";
        }

        if (error is not null)
        {
            error = error.Replace("{", "{{").Replace("}", "}}");
        }

        return text.ToString();
    }

    /// <summary>Collects the function names and arguments of tool calls, which are trained and billed.</summary>
    private void ReadToolCalls(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray && reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        int depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if ((reader.TokenType == JsonTokenType.EndArray || reader.TokenType == JsonTokenType.EndObject) && reader.CurrentDepth == depth)
            {
                return;
            }

            if (reader.TokenType == JsonTokenType.PropertyName && (reader.ValueTextEquals("name") || reader.ValueTextEquals("arguments")))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    _countedTexts.Add(reader.GetString() ?? string.Empty);
                }
                else
                {
                    reader.Skip();
                }
            }
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

    private int CharOffset(long byteOffset)
    {
        int count = (int)Math.Max(0, Math.Min(byteOffset, _byteCount));
        return Encoding.UTF8.GetCharCount(_bytes, 0, count);
    }

    private static bool IsKnownRole(string role) =>
        role == "system" || role == "developer" || role == "user" || role == "assistant" || role == "tool";

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => "not a JSON value",
    };

    /// <summary>The reader's reason without its "LineNumber: 0 | BytePositionInLine: n." tail (we give the column).</summary>
    private static string Reason(string message)
    {
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        string reason = (tail >= 0 ? message.Substring(0, tail) : message).Trim();
        if (reason.Length > 200)
        {
            reason = reason.Substring(0, 200) + "...";
        }

        return reason.Replace("{", "{{").Replace("}", "}}");
    }

    private static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        string shown = value.Length > MaxQuotedLength ? value.Substring(0, MaxQuotedLength) + "..." : value;
        return ("\"" + Escape(shown) + "\"").Replace("{", "{{").Replace("}", "}}");
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
