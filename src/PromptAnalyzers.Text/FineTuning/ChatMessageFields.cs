using System.Collections.Generic;
using System.Text.Json;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// The fields of one message object of a chat example, read in one pass: role, content (a string or content parts),
/// weight, name and whether it calls tools. Positions are byte offsets in the line. One instance is reused for every
/// message; nothing is checked here (see <see cref="ChatExampleParser"/>).
/// </summary>
internal sealed class ChatMessageFields
{
    public long Start { get; private set; }

    public long Length { get; private set; }

    /// <summary>The JSON type of <c>role</c>; <see cref="JsonTokenType.None"/> when the message has none.</summary>
    public JsonTokenType RoleType { get; private set; }

    /// <summary>The role when it is a string.</summary>
    public string? Role { get; private set; }

    public long RoleStart { get; private set; }

    public long RoleLength { get; private set; }

    /// <summary>The JSON type of <c>content</c>; <see cref="JsonTokenType.None"/> when the message has none.</summary>
    public JsonTokenType ContentType { get; private set; }

    /// <summary>The content string, or the text of its text parts; null for other content.</summary>
    public string? Content { get; private set; }

    public long ContentStart { get; private set; }

    public long ContentLength { get; private set; }

    /// <summary>The first problem in content parts (a message format, braces doubled), or null.</summary>
    public string? ContentPartError { get; private set; }

    public bool HasImagePart { get; private set; }

    /// <summary>True when <c>tool_calls</c> or <c>function_call</c> holds an array or object.</summary>
    public bool HasToolCalls { get; private set; }

    public bool HasWeight { get; private set; }

    /// <summary>True unless <c>weight</c> is present and is not the number 0 or 1.</summary>
    public bool IsWeightValid { get; private set; }

    /// <summary>True for <c>"weight": 0</c>: the message is not trained on.</summary>
    public bool IsWeightZero { get; private set; }

    public long WeightStart { get; private set; }

    public long WeightLength { get; private set; }

    /// <summary>The name when it is a string.</summary>
    public string? Name { get; private set; }

    /// <summary>
    /// Reads the message object the reader is on, up to its end. The function names and arguments of its tool calls,
    /// which are trained and billed, are added to <paramref name="toolCallTexts"/>.
    /// </summary>
    public void Read(ref Utf8JsonReader reader, List<string> toolCallTexts)
    {
        Reset(reader.TokenStartIndex);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("role"))
            {
                ReadRole(ref reader);
            }
            else if (reader.ValueTextEquals("content"))
            {
                ReadContent(ref reader);
            }
            else if (reader.ValueTextEquals("weight"))
            {
                ReadWeight(ref reader);
            }
            else if (reader.ValueTextEquals("name"))
            {
                ReadName(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls") || reader.ValueTextEquals("function_call"))
            {
                reader.Read();
                HasToolCalls |= reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject;
                ReadToolCalls(ref reader, toolCallTexts);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        Length = reader.BytesConsumed - Start;
    }

    private void Reset(long start)
    {
        Start = start;
        Length = 0;
        RoleType = JsonTokenType.None;
        Role = null;
        RoleStart = 0;
        RoleLength = 0;
        ContentType = JsonTokenType.None;
        Content = null;
        ContentStart = 0;
        ContentLength = 0;
        ContentPartError = null;
        HasImagePart = false;
        HasToolCalls = false;
        HasWeight = false;
        IsWeightValid = true;
        IsWeightZero = false;
        WeightStart = 0;
        WeightLength = 0;
        Name = null;
    }

    private void ReadRole(ref Utf8JsonReader reader)
    {
        reader.Read();
        RoleType = reader.TokenType;
        RoleStart = reader.TokenStartIndex;
        if (RoleType == JsonTokenType.String)
        {
            Role = reader.GetString();
        }

        reader.Skip();
        RoleLength = reader.BytesConsumed - RoleStart;
    }

    private void ReadContent(ref Utf8JsonReader reader)
    {
        reader.Read();
        ContentType = reader.TokenType;
        ContentStart = reader.TokenStartIndex;
        if (ContentType == JsonTokenType.String)
        {
            Content = reader.GetString();
        }
        else if (ContentType == JsonTokenType.StartArray)
        {
            Content = ChatContentParts.Read(ref reader, out string? partError, out bool hasImagePart);
            ContentPartError = partError;
            HasImagePart = hasImagePart;
        }
        else
        {
            reader.Skip();
        }

        ContentLength = reader.BytesConsumed - ContentStart;
    }

    private void ReadWeight(ref Utf8JsonReader reader)
    {
        reader.Read();
        HasWeight = true;
        WeightStart = reader.TokenStartIndex;
        IsWeightValid = reader.TokenType == JsonTokenType.Number
            && reader.TryGetDecimal(out decimal weight)
            && (weight == 0m || weight == 1m);
        IsWeightZero = IsWeightValid && reader.TryGetDecimal(out decimal value) && value == 0m;
        reader.Skip();
        WeightLength = reader.BytesConsumed - WeightStart;
    }

    private void ReadName(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            Name = reader.GetString();
        }

        reader.Skip();
    }

    /// <summary>Collects the function names and arguments of the tool calls the reader is on.</summary>
    private static void ReadToolCalls(ref Utf8JsonReader reader, List<string> toolCallTexts)
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
                    toolCallTexts.Add(reader.GetString() ?? string.Empty);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }
}
