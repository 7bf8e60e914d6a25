using System.Collections.Generic;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>A parsed prompt file: its format, the model it names (if any) and its messages or templates.</summary>
public sealed class PromptFile
{
    public PromptFile(PromptFileFormat format, string? modelId, IReadOnlyList<PromptFileSection> sections)
    {
        Format = format;
        ModelId = modelId;
        Sections = sections;
    }

    public PromptFileFormat Format { get; }

    /// <summary>The model id the file itself names (Prompty <c>model:</c>, execution settings' <c>model_id</c>...), or null.</summary>
    public string? ModelId { get; }

    public IReadOnlyList<PromptFileSection> Sections { get; }
}
