namespace PromptAnalyzers.Text.Facts;

/// <summary>What kind of knowledge a fact span carries.</summary>
public enum FactKind
{
    Money,
    Percentage,
    Date,
    Schedule,
    Duration,
    Phone,
    Email,
    Url,
    Address,
    Quantity,
    Identifier,
    EntityStatement,
    Policy,
    ReferenceBlock,
}
