namespace PromptAnalyzers.Rules;

/// <summary>Rule families; the category a diagnostic shows in the IDE and in SARIF.</summary>
public static class RuleCategories
{
    public const string Knowledge = "Knowledge";
    public const string Cost = "Cost";
    public const string FineTuning = "FineTuning";
    public const string Security = "Security";
    public const string Templates = "Templates";
}
