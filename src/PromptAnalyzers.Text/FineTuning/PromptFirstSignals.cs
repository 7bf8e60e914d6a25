using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// What PA3005 needs to say a dataset is a job for the prompt, gathered example by example in constant memory: whether
/// every example carries the same system prompt, and how many trained answers repeat one fixed layout (the same labelled
/// lines, list markers or JSON keys in the same order).
/// </summary>
public sealed class PromptFirstSignals
{
    /// <summary>Words a shared system prompt needs before it counts as stating the behaviour (a bare "You are a helpful assistant." does not).</summary>
    public const int MinSystemPromptWords = 8;

    /// <summary>Share of trained answers that must repeat one layout for "mostly one fixed format".</summary>
    public const double FixedFormatShare = 0.8;

    private const int MaxLayouts = 1000;
    private const int MaxLayoutLength = 200;

    private static readonly Regex ListMarker = new(@"^\s*([-*\u2022]|\d+[.)]|#+)\s", RegexOptions.CultureInvariant);
    private static readonly Regex LineLabel = new(@"^\s*([\p{L}][\p{L}\p{Nd} _/-]{0,30}):", RegexOptions.CultureInvariant);
    private static readonly Regex JsonKey = new("\"([^\"\\\\]{1,40})\"\\s*:", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, int> _layouts = new(StringComparer.Ordinal);
    private string? _systemPrompt;
    private string _firstSystemPrompt = string.Empty;
    private bool _systemPromptsDiffer;
    private int _examples;

    /// <summary>The system prompt every example carries, when there is one and it is long enough to state a behaviour; else null.</summary>
    public string? SharedSystemPrompt =>
        !_systemPromptsDiffer && _systemPrompt is { Length: > 0 } prompt && CountWords(prompt) >= MinSystemPromptWords ? prompt : null;

    /// <summary>The layout most trained answers repeat (labels, markers or keys joined by " | "), or null when none reaches <see cref="FixedFormatShare"/>.</summary>
    public string? FixedLayout
    {
        get
        {
            string? best = null;
            int bestCount = 0;
            foreach (var layout in _layouts)
            {
                if (layout.Value > bestCount)
                {
                    best = layout.Key;
                    bestCount = layout.Value;
                }
            }

            return best is not null && _examples > 0 && bestCount >= FixedFormatShare * _examples ? best : null;
        }
    }

    /// <summary>Share of the examples that repeat <see cref="FixedLayout"/> (0 when there is none).</summary>
    public double FixedLayoutShare => FixedLayout is string layout && _examples > 0 ? (double)_layouts[layout] / _examples : 0;

    /// <summary>True when the (first example's) system prompt names most parts of the fixed layout: it already describes the format.</summary>
    public bool SystemPromptDescribesLayout
    {
        get
        {
            if (FixedLayout is not string layout)
            {
                return false;
            }

            string prompt = _firstSystemPrompt;

            string[] parts = layout.Split(new[] { " | " }, StringSplitOptions.RemoveEmptyEntries);
            int named = 0, words = 0;
            foreach (string part in parts)
            {
                string word = part.Trim().TrimEnd(':').Trim('"');
                if (word.Length < 2 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                words++;
                if (prompt.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    named++;
                }
            }

            return words > 0 && named * 2 >= words;
        }
    }

    /// <summary>Adds one valid example: its system text and what it is trained to say.</summary>
    public void Observe(string systemText, string trainedText)
    {
        _examples++;
        if (_examples == 1)
        {
            _systemPrompt = systemText;
            _firstSystemPrompt = systemText;
        }
        else if (!_systemPromptsDiffer && !string.Equals(_systemPrompt, systemText, StringComparison.Ordinal))
        {
            _systemPromptsDiffer = true;
            _systemPrompt = null;
        }

        if (LayoutOf(trainedText) is string layout && (_layouts.ContainsKey(layout) || _layouts.Count < MaxLayouts))
        {
            _layouts.TryGetValue(layout, out int count);
            _layouts[layout] = count + 1;
        }
    }

    /// <summary>
    /// The layout of an answer: its JSON keys in order when it is a JSON object, else the labels ("Summary:") and list
    /// markers that start its lines. Null for prose, which has no fixed layout.
    /// </summary>
    internal static string? LayoutOf(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (trimmed[0] == '{')
        {
            foreach (Match key in JsonKey.Matches(trimmed))
            {
                parts.Add("\"" + key.Groups[1].Value + "\"");
            }
        }
        else
        {
            foreach (string line in trimmed.Split('\n'))
            {
                Match label = LineLabel.Match(line);
                Match marker = ListMarker.Match(line);
                string? part = label.Success ? label.Groups[1].Value.Trim() + ":" : marker.Success ? MarkerKind(marker.Groups[1].Value) : null;
                if (part is not null && (parts.Count == 0 || parts[parts.Count - 1] != part))
                {
                    parts.Add(part);
                }
            }
        }

        if (parts.Count < 2)
        {
            return null;
        }

        var layout = new StringBuilder();
        foreach (string part in parts)
        {
            if (layout.Length + part.Length > MaxLayoutLength)
            {
                break;
            }

            (layout.Length > 0 ? layout.Append(" | ") : layout).Append(part);
        }

        return layout.ToString();
    }

    private static string MarkerKind(string marker) => char.IsDigit(marker[0]) ? "1." : marker[0] == '#' ? "#" : "-";

    private static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
