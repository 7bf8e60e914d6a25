using System.Collections.Generic;
using System.Text;

namespace PromptAnalyzers.Text.Security;

/// <summary>
/// A number written in groups ("4539 1488 0343 6467", "DE89 3704 0044", "123.456.789-09"): its characters without the
/// separators, and where each group ends (in the compact form and in the text). Reading is bounded, so that scanning stays linear.
/// </summary>
internal sealed class GroupedRun
{
    private readonly StringBuilder _compact = new();
    private readonly List<int> _groupEnds = new();
    private readonly List<int> _textEnds = new();

    /// <summary>The characters read, separators removed, letters upper-cased.</summary>
    public string Compact { get; private set; } = string.Empty;

    /// <summary>Length of <see cref="Compact"/> at the end of each group.</summary>
    public IReadOnlyList<int> GroupEnds => _groupEnds;

    /// <summary>Offset in the text just after each group.</summary>
    public IReadOnlyList<int> TextEnds => _textEnds;

    /// <summary>
    /// Reads letters and digits from <paramref name="start"/>, passing one separator of <paramref name="separators"/> between
    /// two of them, up to <paramref name="maxChars"/> characters.
    /// </summary>
    public GroupedRun Read(string text, int start, int maxChars, string separators, bool lettersToo)
    {
        _compact.Clear();
        _groupEnds.Clear();
        _textEnds.Clear();
        int i = start;
        while (i < text.Length && _compact.Length < maxChars)
        {
            char c = text[i];
            if (IsPart(c, lettersToo))
            {
                _compact.Append(char.ToUpperInvariant(c));
                i++;
                continue;
            }

            if (_compact.Length > 0 && separators.IndexOf(c) >= 0 && i + 1 < text.Length && IsPart(text[i + 1], lettersToo))
            {
                _groupEnds.Add(_compact.Length);
                _textEnds.Add(i);
                i++;
                continue;
            }

            break;
        }

        _groupEnds.Add(_compact.Length);
        _textEnds.Add(i);
        Compact = _compact.ToString();
        return this;
    }

    /// <summary>True when the run stops at a word boundary (not in the middle of letters or digits).</summary>
    public static bool EndsWordAt(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    private static bool IsPart(char c, bool lettersToo) => (c >= '0' && c <= '9') || (lettersToo && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')));
}
