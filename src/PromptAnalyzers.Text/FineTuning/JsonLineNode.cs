using System.Collections.Generic;
using System.Text.Json;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// One JSON value of a dataset line with where it is (byte offsets in the line), so the format readers can point at
/// the exact value that is wrong. A line's tree lives only while its line is read.
/// </summary>
internal sealed class JsonLineNode
{
    private static readonly List<KeyValuePair<string, JsonLineNode>> NoProperties = new();
    private static readonly List<JsonLineNode> NoItems = new();

    public JsonLineNode(JsonTokenType type, long start)
    {
        Type = type;
        Start = start;
    }

    /// <summary>String, Number, True, False, Null, StartObject or StartArray.</summary>
    public JsonTokenType Type { get; }

    public long Start { get; }

    public long Length { get; set; }

    /// <summary>The value of a string.</summary>
    public string? String { get; set; }

    public List<KeyValuePair<string, JsonLineNode>> Properties { get; set; } = NoProperties;

    public List<JsonLineNode> Items { get; set; } = NoItems;

    public bool IsString => Type == JsonTokenType.String;

    public bool IsObject => Type == JsonTokenType.StartObject;

    public bool IsArray => Type == JsonTokenType.StartArray;

    /// <summary>The first property of that name, or null.</summary>
    public JsonLineNode? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    public bool Has(string name) => Property(name) is not null;

    /// <summary>Reads the value the reader is on (and everything inside it).</summary>
    public static JsonLineNode Read(ref Utf8JsonReader reader)
    {
        var node = new JsonLineNode(reader.TokenType, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                node.Properties = new List<KeyValuePair<string, JsonLineNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    node.Properties.Add(new KeyValuePair<string, JsonLineNode>(name, Read(ref reader)));
                }

                break;
            case JsonTokenType.StartArray:
                node.Items = new List<JsonLineNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(Read(ref reader));
                }

                break;
            case JsonTokenType.String:
                node.String = reader.GetString();
                break;
        }

        node.Length = reader.BytesConsumed - node.Start;
        return node;
    }
}
