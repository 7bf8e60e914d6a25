namespace PromptAnalyzers.Text.Facts.Segmentation;

/// <summary>The shape of a unit of prompt text.</summary>
internal enum UnitKind
{
    Sentence,
    ListItem,
    TableRow,
    TableHeader,
    KeyValue,
    Heading,
    Code,
    Json,
}

/// <summary>What the section around a unit is for, from its heading, XML tag or code fence.</summary>
internal enum SectionKind
{
    Neutral,
    Instructions,
    Knowledge,
    Example,
    Code,
    Faq,

    /// <summary>Text the model must reproduce as it stands ("Reply with exactly this text:"): addressed to the people served.</summary>
    Verbatim,
}
