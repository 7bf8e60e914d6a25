using System.Collections.Immutable;
using System.Globalization;
using PromptAnalyzers.Tool.Analysis;

namespace PromptAnalyzers.Tool.Reporting;

/// <summary>
/// Everything a report shows, computed once from the findings; every format writes this model
/// (the JSON format serialises it as is: schema in docs/cli.md).
/// </summary>
internal sealed class PromptReport
{
    /// <summary>Version of the JSON schema; bumped on any incompatible change.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string ToolVersion { get; init; }

    /// <summary>The path given on the command line, as given.</summary>
    public required string Path { get; init; }

    /// <summary>The <c>--model</c> every prompt is priced as, or null: each prompt's own model.</summary>
    public string? ModelOverride { get; init; }

    /// <summary>The <c>--calls-per-day</c> the costs per month assume, or null: no cost per month.</summary>
    public int? CallsPerDay { get; init; }

    public required ImmutableArray<ProjectEntry> Projects { get; init; }

    /// <summary>Workspace failures that left a project out or name no project, and analyses that failed.</summary>
    public required ImmutableArray<string> LoadErrors { get; init; }

    /// <summary>Workspace failures about projects that loaded all the same (restore and build warnings).</summary>
    public required ImmutableArray<string> LoadWarnings { get; init; }

    public required ImmutableArray<Finding> Findings { get; init; }

    public required ImmutableArray<RuleTotal> Rules { get; init; }

    /// <summary>Every prompt (one per PA2001 diagnostic), in the order of <see cref="Findings"/>.</summary>
    public required ImmutableArray<PromptSize> Prompts { get; init; }

    public required ImmutableArray<PromptSize> LargestPrompts { get; init; }

    /// <summary>Per project with at least one priced prompt: the cost of calling each of its prompts once.</summary>
    public required ImmutableArray<ProjectCost> CostByProject { get; init; }

    /// <summary>Every prompt's model: how many prompts, their static tokens and their cost (null for a model without a price).</summary>
    public required ImmutableArray<ModelTotal> TotalsByModel { get; init; }

    /// <summary>Static tokens of the prompts per role (System, User, Template, Unknown...).</summary>
    public required ImmutableArray<RoleTokens> TokensByRole { get; init; }

    public required ImmutableArray<Finding> FactsToMove { get; init; }

    /// <summary>The facts of <see cref="FactsToMove"/> per kind (Money, Phone, Policy...), for the diagnostics that carry their text.</summary>
    public required ImmutableArray<KindCount> FactsByKind { get; init; }

    /// <summary>How many of the largest prompts a report lists.</summary>
    public const int LargestPromptCount = 10;

    public static PromptReport Create(string path, IEnumerable<ProjectEntry> projects, IEnumerable<string> loadErrors, IEnumerable<string> loadWarnings, IEnumerable<Finding> findings, IEnumerable<PromptSize> prompts, PricingOptions pricing)
    {
        var ordered = findings
            .OrderBy(f => f.Project, StringComparer.Ordinal)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToImmutableArray();
        var orderedPrompts = prompts
            .OrderBy(p => p.Project, StringComparer.Ordinal)
            .ThenBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToImmutableArray();
        var factsToMove = ordered.Where(f => f.RuleId is "PA1001" or "PA1002").ToImmutableArray();

        return new PromptReport
        {
            ToolVersion = typeof(PromptReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            Path = path,
            ModelOverride = pricing.ModelOverride,
            CallsPerDay = pricing.CallsPerDay,
            Projects = projects.OrderBy(p => p.Name, StringComparer.Ordinal).ToImmutableArray(),
            LoadErrors = loadErrors.ToImmutableArray(),
            LoadWarnings = loadWarnings.ToImmutableArray(),
            Findings = ordered,
            Rules = ordered
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(g => new RuleTotal(g.Key, g.First().Severity, g.Count()))
                .OrderBy(r => r.RuleId, StringComparer.Ordinal)
                .ToImmutableArray(),
            Prompts = orderedPrompts,
            LargestPrompts = orderedPrompts
                .OrderByDescending(p => p.Tokens)
                .ThenBy(p => p.File, StringComparer.Ordinal)
                .Take(LargestPromptCount)
                .ToImmutableArray(),
            CostByProject = orderedPrompts
                .Where(p => p.CostPerCall is not null)
                .GroupBy(p => p.Project, StringComparer.Ordinal)
                .Select(g => new ProjectCost(g.Key, g.Count(), g.Sum(p => p.CostPerCall!.Value), pricing.PerMonth(g.Sum(p => p.CostPerCall!.Value))))
                .ToImmutableArray(),
            TotalsByModel = orderedPrompts
                .GroupBy(p => p.Model ?? "unknown", StringComparer.Ordinal)
                .Select(g => ModelTotal.Of(g.Key, g.ToList(), pricing))
                .OrderByDescending(m => m.Tokens)
                .ThenBy(m => m.Model, StringComparer.Ordinal)
                .ToImmutableArray(),
            TokensByRole = orderedPrompts
                .GroupBy(p => p.Role ?? "Unknown", StringComparer.Ordinal)
                .Select(g => new RoleTokens(g.Key, g.Count(), g.Sum(p => p.Tokens)))
                .OrderBy(r => r.Role, StringComparer.Ordinal)
                .ToImmutableArray(),
            FactsToMove = factsToMove,
            FactsByKind = FactKinds.Count(factsToMove),
        };
    }
}

/// <summary>
/// A project of the solution: whether it loaded (and so was analyzed), why not (<see cref="LoadError"/>: the load error that
/// names its project file, or the analysis failure), and how many findings per rule it has.
/// </summary>
internal sealed record ProjectEntry(string Name, string? Path, bool Loaded, string? LoadError, int Findings, ImmutableSortedDictionary<string, int> ByRule)
{
    public static ProjectEntry NotLoaded(string name, string? path, string loadError)
        => new(name, path, Loaded: false, loadError, 0, ImmutableSortedDictionary<string, int>.Empty);
}

/// <summary>How often a rule was reported across the solution.</summary>
internal sealed record RuleTotal(string RuleId, string Severity, int Count);

/// <summary>The cost of calling each priced prompt of a project once, and for a month at <c>--calls-per-day</c> each.</summary>
internal sealed record ProjectCost(string Project, int Prompts, decimal CostPerCall, decimal? CostPerMonth);

/// <summary>The prompts priced as one model: how many, their static tokens, their cost per call of each and per month (null when the model has no price).</summary>
internal sealed record ModelTotal(string Model, int Prompts, int Tokens, decimal? CostPerCall, decimal? CostPerMonth)
{
    public static ModelTotal Of(string model, List<PromptSize> prompts, PricingOptions pricing)
    {
        decimal? cost = prompts.All(p => p.CostPerCall is not null) ? prompts.Sum(p => p.CostPerCall!.Value) : null;
        return new ModelTotal(model, prompts.Count, prompts.Sum(p => p.Tokens), cost, cost is null ? null : pricing.PerMonth(cost));
    }
}

/// <summary>How many prompts have a role and their static tokens.</summary>
internal sealed record RoleTokens(string Role, int Prompts, int Tokens);

/// <summary>How many facts of one kind the facts to move hold.</summary>
internal sealed record KindCount(string Kind, int Count);

/// <summary>
/// A prompt's static size and cost, read from its PA2001 diagnostic (properties and message); <see cref="Model"/> is the
/// model it is priced as (its own, or <c>--model</c>) and <see cref="ModelSource"/> where that came from ("code",
/// "default_model" or "--model"); <see cref="Sink"/> the SDK type or method that receives the prompt ("prompt file" for one); <see cref="CostPerCall"/> in USD, null when that model's price is
/// unknown; <see cref="CostPerMonth"/> at <c>--calls-per-day</c>, null without it.
/// </summary>
internal sealed record PromptSize(string Project, string? File, int Line, int Tokens, int DynamicParts, string? Model, string? ModelSource, string? Role, string? Sink, decimal? CostPerCall, decimal? CostPerMonth, string Message)
{
    /// <summary>The ModelSource of a prompt priced as the model <c>--model</c> names.</summary>
    public const string ModelFromOption = "--model";

    /// <summary>"gpt-4o (default_model)": the model and where it came from, for a table cell.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ModelCell => Model is null ? "" : ModelSource is null ? Model : Model + " (" + ModelSource + ")";

    public static PromptSize From(Finding finding, string? model, bool modelOverridden, decimal? costPerCall, decimal? costPerMonth)
    {
        var properties = finding.Properties;
        return new PromptSize(
            finding.Project,
            finding.File,
            finding.Line,
            Number(properties, "Tokens"),
            Number(properties, "DynamicParts"),
            model ?? properties.GetValueOrDefault("Model"),
            modelOverridden ? ModelFromOption : properties.GetValueOrDefault("ModelSource"),
            properties.GetValueOrDefault("Role"),
            properties.GetValueOrDefault("Sink"),
            costPerCall,
            costPerMonth,
            finding.Message);
    }

    private static int Number(ImmutableSortedDictionary<string, string> properties, string key)
        => properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
