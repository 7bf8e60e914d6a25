namespace PromptAnalyzers.Text.FineTuning;

/// <summary>Counters over a whole dataset; constant size whatever the file's size.</summary>
public sealed class FineTuningDatasetSummary
{
    /// <summary>The dataset's format (set or recognised), or null before a record was read.</summary>
    public FineTuningFormat? Format { get; internal set; }

    /// <summary>What PA3005 weighs: a shared system prompt, a fixed answer layout.</summary>
    public PromptFirstSignals PromptFirst { get; } = new();

    /// <summary>Lines read, blank lines included.</summary>
    public int Lines { get; internal set; }

    /// <summary>Valid chat examples.</summary>
    public int Examples { get; internal set; }

    /// <summary>Lines rejected (PA3001), blank lines between records included.</summary>
    public int MalformedLines { get; internal set; }

    /// <summary>
    /// Training tokens of one epoch, as billed: the sum over valid examples of their tokens, each capped at the
    /// model's per-example limit (the service truncates longer examples).
    /// </summary>
    public long TrainingTokens { get; internal set; }

    /// <summary>The longest example's tokens (uncapped) and its line, or 0 when there is none.</summary>
    public int LongestExampleTokens { get; internal set; }

    public int LongestExampleLine { get; internal set; }

    /// <summary>The shortest example's tokens, or 0 when there is none.</summary>
    public int ShortestExampleTokens { get; internal set; }

    /// <summary>Examples over the model's per-example limit.</summary>
    public int ExamplesOverLimit { get; internal set; }

    /// <summary>Examples whose trained assistant answers teach facts (0 when fact detection is off).</summary>
    public int ExamplesTeachingFacts { get; internal set; }

    /// <summary>Mean tokens per valid example.</summary>
    public double MeanExampleTokens => Examples == 0 ? 0 : (double)TrainingTokensUncapped / Examples;

    internal long TrainingTokensUncapped { get; set; }

    /// <summary>Tokens billed for a job: training tokens per epoch times epochs.</summary>
    public long BilledTokens(int epochs) => TrainingTokens * epochs;

    /// <summary>Estimated training cost in USD: billed tokens times the price per 1M training tokens.</summary>
    public decimal EstimatedCost(int epochs, decimal pricePerMillionTokens) => BilledTokens(epochs) * pricePerMillionTokens / 1_000_000m;
}
