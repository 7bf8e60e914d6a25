namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>One message or template of a prompt file, mapped to the file's text.</summary>
public sealed class PromptFileSection
{
    public PromptFileSection(PromptFileRole role, MappedText source)
    {
        Role = role;
        Source = source;
        Template = TemplateText.Parse(source);
    }

    public PromptFileRole Role { get; }

    /// <summary>The section's text as written in the file (holes included).</summary>
    public MappedText Source { get; }

    /// <summary>The section split into static text and template holes.</summary>
    public TemplateText Template { get; }

    /// <summary>The file span from the section's first to its last non-blank character; false for a blank section.</summary>
    public bool TryGetFileSpan(out int start, out int end) => Source.TryGetTrimmedFileSpan(out start, out end);
}
