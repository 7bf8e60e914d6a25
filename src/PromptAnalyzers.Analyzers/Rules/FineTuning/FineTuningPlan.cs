using System.Globalization;
using PromptAnalyzers.Text.FineTuning;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>
/// How one dataset is checked, from its format, its target and the options: the token count (exact or an estimate, and
/// its label), the per-example limit and whose it is, and the example floor with its wording.
/// </summary>
internal sealed class FineTuningPlan
{
    private FineTuningPlan(FineTuningFormat format, FineTuningTarget target, FineTuningAnalyzerOptions options, OpenModelTokenizer? tokenizer)
    {
        Format = format;
        Target = target;
        Options = options;
        Tokenizer = tokenizer?.Tokenizer;
        FineTuningModel? model = target.UsesOpenAiModels ? options.Model : null;
        Encoding = model?.Encoding ?? (target.UsesOpenAiModels ? FineTuningModelCatalog.EncodingOf(options.ModelId) : TokenEncoding.O200kBase);
        EncodingName = target.ExactTokens
            ? TokenCounter.NameOf(Encoding)
            : tokenizer?.Tokenizer is not null ? tokenizer.CountedWith
            : target.EstimateTokensFromChars ? "estimated at 4 characters per token" : "estimated with " + TokenCounter.NameOf(Encoding);
        CountText = tokenizer is { Tokenizer: null } ? EncodingName + "; " + tokenizer.NotUsedText : EncodingName;
        MaxExampleTokens = options.MaxExampleTokens ?? (target.UsesOpenAiModels ? model?.MaxExampleTokens : target.MaxExampleTokens);
        LimitOwner = options.MaxExampleTokens is not null
            ? FineTuningAnalyzerOptions.MaxExampleTokensKey
            : target.UsesOpenAiModels ? model?.Id ?? options.ModelId : target.DisplayName + (target.MaxExampleTokensModel is string limitModel ? " (" + limitModel + ")" : string.Empty);
        MinExamples = options.MinExamples ?? target.MinExamples;
    }

    public FineTuningFormat Format { get; }

    public FineTuningTarget Target { get; }

    public FineTuningAnalyzerOptions Options { get; }

    public TokenEncoding Encoding { get; }

    /// <summary>The open model's tokenizer the counts are made with, or null.</summary>
    public Text.Tokens.HuggingFace.HuggingFaceTokenizer? Tokenizer { get; }

    /// <summary>"o200k_base", how the estimate is made ("estimated with o200k_base"), or "counted with tokenizer.json from ...".</summary>
    public string EncodingName { get; }

    /// <summary>PA3004's words for the count: <see cref="EncodingName"/>, and why a configured tokenizer was not used.</summary>
    public string CountText { get; }

    public int? MaxExampleTokens { get; }

    /// <summary>Whose limit <see cref="MaxExampleTokens"/> is: the model, the target, or the option that set it.</summary>
    public string LimitOwner { get; }

    public int MinExamples { get; }

    /// <summary>
    /// The plan for a dataset in <paramref name="format"/>. <paramref name="resolveTokenizer"/> finds the configured
    /// tokenizer; it is called only when one is configured and the target's counts would otherwise be estimates.
    /// </summary>
    public static FineTuningPlan For(FineTuningFormat format, FineTuningAnalyzerOptions options, System.Func<string, OpenModelTokenizer>? resolveTokenizer = null)
    {
        FineTuningTarget target = options.TargetFor(format);
        OpenModelTokenizer? tokenizer = options.TokenizerPath is string path && !target.ExactTokens && resolveTokenizer is not null ? resolveTokenizer(path) : null;
        return new(format, target, options, tokenizer);
    }

    public FineTuningValidationOptions ValidationOptions() => new()
    {
        Format = Format,
        Encoding = Encoding,
        Tokenizer = Tokenizer,
        EstimateTokensFromChars = Target.EstimateTokensFromChars,
        MaxExampleTokens = MaxExampleTokens,
        MinFacts = Options.MinFacts,
    };

    /// <summary>PA3002's "under ..." words: a requirement, a vendor recommendation, or this package's floor.</summary>
    public string MinExamplesText()
    {
        string count = MinExamples.ToString("N0", CultureInfo.InvariantCulture);
        if (Options.MinExamples is not null)
        {
            return "the " + count + " examples set by " + FineTuningAnalyzerOptions.MinExamplesKey;
        }

        if (Target == FineTuningTarget.OpenAi)
        {
            return "the fine-tuning API's minimum of " + count;
        }

        return Target.MinExamplesRequired
            ? Target.DisplayName + "'s minimum of " + count
            : Target == FineTuningTarget.Bedrock
                ? "the " + count + " examples per task Amazon recommends for Bedrock (Nova) fine-tuning"
                : "the floor of " + count + " examples this package uses for " + Target.DisplayName;
    }

    /// <summary>PA3001's message when the target does not train on the dataset's format; null when it does.</summary>
    public string? FormatNotAcceptedText()
    {
        if (Target.Accepts(Format))
        {
            return null;
        }

        var accepted = new System.Collections.Generic.List<string>();
        foreach (FineTuningFormat format in Target.Formats)
        {
            accepted.Add(format.DisplayName());
        }

        return "the dataset is in " + Format.DisplayName() + " format, which " + Target.DisplayName + " fine-tuning does not accept; it trains on "
            + string.Join(" or ", accepted) + " (set " + FineTuningAnalyzerOptions.TargetKey + " if the dataset is for another trainer)";
    }
}
