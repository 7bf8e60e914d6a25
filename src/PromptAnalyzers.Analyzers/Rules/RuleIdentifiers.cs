namespace PromptAnalyzers.Rules;

/// <summary>The public, stable rule IDs. Users put them in .editorconfig, #pragma and SARIF filters.</summary>
public static class RuleIdentifiers
{
    public const string PromptHardcodesFacts = "PA1001";
    public const string FineTuningExampleTeachesFacts = "PA1002";
    public const string WholeDocumentInPrompt = "PA1003";

    public const string PromptTokenEstimate = "PA2001";
    public const string PromptExceedsTokenBudget = "PA2002";
    public const string DynamicContentBeforeCachablePrefix = "PA2003";
    public const string PromptExceedsContextWindow = "PA2004";
    public const string LargeStaticBlockAtVolume = "PA2005";

    public const string MalformedFineTuningExample = "PA3001";
    public const string TooFewFineTuningExamples = "PA3002";
    public const string FineTuningExampleTooLong = "PA3003";
    public const string FineTuningDatasetEstimate = "PA3004";
    public const string FineTuningBetterServedByPrompt = "PA3005";

    public const string UntrustedInputInInstructions = "PA4001";
    public const string SecretInPromptOrDataset = "PA4002";
    public const string PersonalDataInDataset = "PA4003";

    public const string TemplateVariableNotSupplied = "PA5001";
    public const string TemplateArgumentNotUsed = "PA5002";
    public const string TemplatePlaceholderSyntax = "PA5003";
}
