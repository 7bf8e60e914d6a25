namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>Where a section of a prompt file goes in the conversation.</summary>
public enum PromptFileRole
{
    System,
    Developer,
    User,
    Assistant,

    /// <summary>A template whose rendered text becomes the prompt (Semantic Kernel templates without message tags).</summary>
    Template,

    /// <summary>A section whose role is not one of the above (tool or function results written into the file).</summary>
    Unknown,
}
