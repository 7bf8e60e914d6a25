using System;
using System.Collections.Generic;
using System.Text;

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

    /// <summary>A message's text: its content, then the tool-call texts of <paramref name="texts"/> from <paramref name="from"/> on, one a line.</summary>
    internal static string JoinTexts(string? content, List<string> texts, int from)
    {
        if (from >= texts.Count)
        {
            return content ?? string.Empty;
        }

        var builder = new StringBuilder(content ?? string.Empty);
        for (int i = from; i < texts.Count; i++)
        {
            builder.Append('\n').Append(texts[i]);
        }

        return builder.ToString();
    }
}

/// <summary>
/// Reads the messages (turns with text) of one JSONL line of a dataset, whatever else is wrong with it (the validator reports
/// that), with the same parsers as <see cref="FineTuningDatasetReader"/>. Bad JSON gives what was read before it; never throws.
/// </summary>
public sealed class ExampleMessageReader
{
    private IExampleLineParser? _parser;
    private FineTuningFormat _parserFormat;

    /// <summary>The turns with text of <paramref name="line"/> in a dataset of <paramref name="format"/>.</summary>
    public IReadOnlyList<ExampleMessage> Read(string line, FineTuningFormat format)
    {
        if (string.IsNullOrEmpty(line))
        {
            return Array.Empty<ExampleMessage>();
        }

        if (_parser is null || _parserFormat != format)
        {
            _parser = format == FineTuningFormat.OpenAiChat ? new ChatExampleParser(collectMessages: true) : new FormatExampleParser(format, collectMessages: true);
            _parserFormat = format;
        }

        char[] chars = line.ToCharArray();
        var parsed = new ParsedExampleLine(1, 0, chars.Length);
        try
        {
            _parser.Parse(chars, chars.Length);
            _parser.Fill(parsed);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            // Not expected: the parsers turn bad JSON into errors. Nothing read is better than a crash.
        }

        return parsed.Messages;
    }

    /// <summary>The messages with text of <paramref name="line"/>, a chat example.</summary>
    public IReadOnlyList<ExampleMessage> Read(string line) => Read(line, FineTuningFormat.OpenAiChat);
}
