using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>
/// PA3005's judgement on a validated dataset: which signs say the behaviour belongs in a prompt first, and what the
/// examples would cost as few-shot examples in that prompt. Silent when the dataset teaches facts: then the fix is
/// retrieval (PA1002), not a prompt.
/// </summary>
public sealed class PromptFirstVerdict
{
    /// <summary>Default of <c>prompt_analyzers.finetune_prompt_first_below</c>: fewer examples than this are few-shot material.</summary>
    public const int DefaultFewExamples = 100;

    /// <summary>Typical examples a few-shot prompt carries when the dataset is too big to carry whole.</summary>
    public const int TypicalFewShotExamples = 3;

    private PromptFirstVerdict(IReadOnlyList<string> reasons, int fewShotExamples, long fewShotTokens)
    {
        Reasons = reasons;
        FewShotExamples = fewShotExamples;
        FewShotTokens = fewShotTokens;
    }

    /// <summary>Why, in words ("only 12 examples", "every example repeats the same 40-word system prompt"...).</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Examples the few-shot estimate carries: all of a small dataset, else <see cref="TypicalFewShotExamples"/>.</summary>
    public int FewShotExamples { get; }

    /// <summary>Input tokens those examples add to every call.</summary>
    public long FewShotTokens { get; }

    /// <summary>The verdict, or null when no sign holds, the dataset has no example, or it teaches facts.</summary>
    public static PromptFirstVerdict? Evaluate(FineTuningDatasetSummary summary, int fewExamples)
    {
        if (summary.Examples == 0 || summary.ExamplesTeachingFacts > 0)
        {
            return null;
        }

        var reasons = new List<string>();
        bool few = summary.Examples < fewExamples;
        if (few)
        {
            reasons.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, "only {0:N0} examples (under {1:N0})", summary.Examples, fewExamples));
        }

        PromptFirstSignals signals = summary.PromptFirst;
        if (signals.FixedLayout is string layout && signals.SystemPromptDescribesLayout)
        {
            reasons.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "{0:0}% of the answers repeat one layout ({1}) that the system prompt describes", signals.FixedLayoutShare * 100, layout));
        }

        if (reasons.Count == 0)
        {
            // one system prompt in every example is common practice for a good dataset: it supports another sign, it is
            // never a reason on its own
            return null;
        }

        if (signals.SharedSystemPrompt is string prompt)
        {
            reasons.Insert(few ? 1 : 0, "every example carries the same system prompt (" + Shorten(prompt) + "), which already states the behaviour");
        }

        int shots = few ? summary.Examples : Math.Min(TypicalFewShotExamples, summary.Examples);
        long tokens = few ? summary.TrainingTokensUncapped : (long)Math.Round(summary.MeanExampleTokens * shots);
        return new PromptFirstVerdict(reasons, shots, tokens);
    }

    private static string Shorten(string text)
    {
        string line = text.Replace('\n', ' ').Trim();
        return "\"" + (line.Length > 60 ? line.Substring(0, 60) + "..." : line) + "\"";
    }
}
