using System;
using System.Globalization;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>How the package counts a model's tokens: exactly with a tiktoken encoding, or as a labelled estimate.</summary>
/// <remarks>
/// Spelled in the catalogue and in <c>prompt_analyzers.tokenizer.&lt;model-id&gt;</c> as <c>o200k_base</c>,
/// <c>cl100k_base</c>, <c>estimate:o200k_base*1.30</c> (the o200k_base count times a factor) or <c>estimate:chars/4</c>
/// (characters divided by a number: Google's rule of thumb for Gemini).
/// </remarks>
public sealed class TokenizerSpec
{
    private TokenizerSpec(TokenEncoding encoding, bool isExact, decimal factor, int charsPerToken)
    {
        Encoding = encoding;
        IsExact = isExact;
        Factor = factor;
        CharsPerToken = charsPerToken;
    }

    public static TokenizerSpec O200kBase { get; } = new(TokenEncoding.O200kBase, isExact: true, 1m, 0);

    public static TokenizerSpec Cl100kBase { get; } = new(TokenEncoding.Cl100kBase, isExact: true, 1m, 0);

    /// <summary>The o200k_base count taken as it is, labelled an estimate (models with no public tokenizer).</summary>
    public static TokenizerSpec O200kEstimate { get; } = new(TokenEncoding.O200kBase, isExact: false, 1m, 0);

    /// <summary>The encoding the text is counted in (for a characters-per-token estimate, the one counted alongside).</summary>
    public TokenEncoding Encoding { get; }

    /// <summary>True for a tiktoken encoding the vendor publishes for the model; false for every estimate.</summary>
    public bool IsExact { get; }

    /// <summary>For an o200k_base estimate: the factor the count is multiplied by (1.00 when taken as is).</summary>
    public decimal Factor { get; }

    /// <summary>For a character estimate: characters per token (4 for Gemini); 0 otherwise.</summary>
    public int CharsPerToken { get; }

    /// <summary>Parses a catalogue or .editorconfig spelling; false for anything else.</summary>
    public static bool TryParse(string? text, out TokenizerSpec spec)
    {
        spec = O200kEstimate;
        string value = (text ?? string.Empty).Trim().ToLowerInvariant();
        switch (value)
        {
            case "o200k_base":
            case "o200k_harmony":
                spec = O200kBase;
                return true;
            case "cl100k_base":
                spec = Cl100kBase;
                return true;
            case "estimate":
            case "estimate:o200k_base":
                spec = O200kEstimate;
                return true;
        }

        const string FactorPrefix = "estimate:o200k_base*";
        if (value.StartsWith(FactorPrefix, StringComparison.Ordinal)
            && decimal.TryParse(value.Substring(FactorPrefix.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal factor)
            && factor > 0 && factor <= 10)
        {
            spec = new TokenizerSpec(TokenEncoding.O200kBase, isExact: false, factor, 0);
            return true;
        }

        const string CharsPrefix = "estimate:chars/";
        if (value.StartsWith(CharsPrefix, StringComparison.Ordinal)
            && int.TryParse(value.Substring(CharsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int chars)
            && chars > 0 && chars <= 100)
        {
            spec = new TokenizerSpec(TokenEncoding.O200kBase, isExact: false, 1m, chars);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The model's token count for text of <paramref name="encodingTokens"/> tokens in <see cref="Encoding"/> and
    /// <paramref name="characters"/> UTF-16 characters: the count itself when exact, else the estimate rounded up.
    /// </summary>
    public int Count(int encodingTokens, int characters)
    {
        if (CharsPerToken > 0)
        {
            return (characters + CharsPerToken - 1) / CharsPerToken;
        }

        return Factor == 1m ? encodingTokens : (int)Math.Ceiling(encodingTokens * Factor);
    }

    /// <summary>"o200k_base", or how the estimate is made: "estimate: o200k_base count × 1.30", "estimate: 4 characters a token".</summary>
    public string Describe()
    {
        if (IsExact)
        {
            return TokenCounter.NameOf(Encoding);
        }

        if (CharsPerToken > 0)
        {
            return "estimate: " + CharsPerToken.ToString(CultureInfo.InvariantCulture) + " characters a token";
        }

        return Factor == 1m
            ? "estimate: o200k_base count"
            : "estimate: o200k_base count × " + Factor.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>The catalogue spelling: o200k_base, estimate:o200k_base*1.30, estimate:chars/4.</summary>
    public override string ToString()
    {
        if (IsExact)
        {
            return TokenCounter.NameOf(Encoding);
        }

        return CharsPerToken > 0
            ? "estimate:chars/" + CharsPerToken.ToString(CultureInfo.InvariantCulture)
            : "estimate:o200k_base*" + Factor.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
