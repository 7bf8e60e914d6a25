namespace PromptAnalyzers.Tool.Analysis;

/// <summary>
/// How a report prices prompts: <see cref="ModelOverride"/> (<c>--model</c>) prices every prompt at that model's input
/// price instead of its own model's; <see cref="CallsPerDay"/> (<c>--calls-per-day</c>) adds the cost of a 30-day month
/// at that volume.
/// </summary>
internal sealed record PricingOptions(string? ModelOverride, int? CallsPerDay)
{
    /// <summary>The days of the month a cost per month counts.</summary>
    public const int DaysPerMonth = 30;

    public static PricingOptions None { get; } = new(null, null);

    /// <summary>The cost of <see cref="DaysPerMonth"/> days at <see cref="CallsPerDay"/>, or null without a volume or a cost.</summary>
    public decimal? PerMonth(decimal? costPerCall)
        => costPerCall is { } cost && CallsPerDay is { } calls ? cost * calls * DaysPerMonth : null;
}
