using System.Text;
using System.Text.Json;
using static PromptAnalyzers.Text.FineTuning.FineTuningErrorText;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// Reads a message's <c>content</c> given as an array of parts (<c>{"type": "text", "text": ...}</c>,
/// <c>{"type": "image_url", "image_url": {...}}</c>): the text of its text parts, whether it has an image, and the
/// first problem in it.
/// </summary>
internal static class ChatContentParts
{
    /// <summary>
    /// Reads the array the reader is on; returns the parts' text, with the first problem or null. A problem is a message
    /// format: text from the line in it is quoted by <see cref="FineTuningErrorText.Quote"/>, which doubles its braces.
    /// </summary>
    public static string Read(ref Utf8JsonReader reader, out string? error, out bool hasImagePart)
    {
        error = null;
        hasImagePart = false;
        var text = new StringBuilder();
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? problem = reader.TokenType == JsonTokenType.StartObject
                ? ReadPart(ref reader, index, text, ref hasImagePart)
                : NotAnObject(ref reader, index);
            error ??= problem;
            index++;
        }

        if (index == 0)
        {
            error ??= "the array of content parts is empty";
        }

        return text.ToString();
    }

    private static string NotAnObject(ref Utf8JsonReader reader, int index)
    {
        JsonTokenType partType = reader.TokenType;
        reader.Skip();
        return $"part [{index}] is {Describe(partType)}, not a content part object";
    }

    /// <summary>Reads one part object; appends a text part's text, notes an image part, and returns the part's problem or null.</summary>
    private static string? ReadPart(ref Utf8JsonReader reader, int index, StringBuilder text, ref bool hasImagePart)
    {
        string? type = null;
        JsonTokenType textType = JsonTokenType.None;
        string? partText = null;
        bool hasImageObject = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("text"))
            {
                reader.Read();
                textType = reader.TokenType;
                partText = textType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("image_url"))
            {
                reader.Read();
                hasImageObject = reader.TokenType == JsonTokenType.StartObject;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        switch (type)
        {
            case null:
                return $"part [{index}] has no string \"type\"";
            case "text" when textType != JsonTokenType.String:
                return $"part [{index}] of type \"text\" has no string \"text\"";
            case "text":
                text.Append(partText);
                return null;
            case "image_url":
                hasImagePart = true;
                return hasImageObject ? null : $"part [{index}] of type \"image_url\" has no \"image_url\" object";
            default:
                return $"part [{index}] has unknown type {Quote(type)}; expected \"text\" or \"image_url\"";
        }
    }
}
