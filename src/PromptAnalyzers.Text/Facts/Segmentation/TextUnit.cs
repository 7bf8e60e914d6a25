namespace PromptAnalyzers.Text.Facts.Segmentation;

/// <summary>A sentence, line, list item or table row: the smallest piece a code fix moves.</summary>
internal sealed class TextUnit
{
    public TextUnit(int start, int length, UnitKind kind, SectionKind section, int blockId)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Section = section;
        BlockId = blockId;
    }

    /// <summary>Offset of the unit in the analysed text.</summary>
    public int Start { get; }

    public int Length { get; set; }

    /// <summary>What the unit is: a sentence, list item, key: value line, table row, heading, code line or JSON line.</summary>
    public UnitKind Kind { get; }

    /// <summary>What the heading above announces: reference material, instructions, examples, a FAQ, code, a passage to reproduce.</summary>
    public SectionKind Section { get; }

    /// <summary>Consecutive lines without a blank line or heading between them share a block id.</summary>
    public int BlockId { get; }

    /// <summary>For sentences split out of one line: offset of the whole line (a table row or list item is its own line).</summary>
    public int LineStart { get; set; }

    /// <summary>Length of the whole line (see <see cref="LineStart"/>).</summary>
    public int LineLength { get; set; }

    /// <summary>Offset of the physical line the unit sits on (after its indentation): where a "Speaker:" label would be.</summary>
    public int RawLineStart { get; set; }

    public int End => Start + Length;
}
