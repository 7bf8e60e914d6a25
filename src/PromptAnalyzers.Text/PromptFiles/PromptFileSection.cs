namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>One message or template of a prompt file, mapped to the file's text.</summary>
public sealed class PromptFileSection
{
    public PromptFileSection(PromptFileRole role, MappedText source)
    {
        Role = role;
        Source = Trim(source);
        Template = TemplateText.Parse(source);
    }

    public PromptFileRole Role { get; }

    /// <summary>The section's text as written in the file (holes included).</summary>
    public MappedText Source { get; }

    /// <summary>The section split into static text and template holes.</summary>
    public TemplateText Template { get; }

    /// <summary>Blank lines around a message are not sent (the SDKs trim them) and would only add newline tokens.</summary>
    private static MappedText Trim(MappedText source)
    {
        string text = source.Text;
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? source : source.Slice(start, end - start);
    }

    /// <summary>The file span from the section's first to its last non-blank character; false for a blank section.</summary>
    public bool TryGetFileSpan(out int start, out int end) => Source.TryGetTrimmedFileSpan(out start, out end);
}
