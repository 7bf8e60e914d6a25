using System;
using System.Globalization;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Formats token counts and costs for diagnostics: "$0.0032 per call, $3.21 per 1,000 calls". Invariant culture.</summary>
public static class CostFormatter
{
    /// <summary>The cost in USD of <paramref name="tokens"/> input tokens at <paramref name="pricePerMillion"/> USD per 1M tokens.</summary>
    public static decimal CostOf(long tokens, decimal pricePerMillion) => tokens * pricePerMillion / 1_000_000m;

    /// <summary>"$0.0032 per call, $3.21 per 1,000 calls" for <paramref name="tokens"/> tokens at <paramref name="pricePerMillion"/>.</summary>
    public static string FormatPerCallAndPerThousand(long tokens, decimal pricePerMillion)
    {
        decimal perCall = CostOf(tokens, pricePerMillion);
        return FormatUsd(perCall) + " per call, " + FormatUsd(perCall * 1000m) + " per 1,000 calls";
    }

    /// <summary>A token count with thousands separators: 1,284.</summary>
    public static string FormatTokens(long tokens) => tokens.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A price per 1M tokens as the docs write it: $2.50, $0.15, $0.05.</summary>
    public static string FormatPricePerMillion(decimal pricePerMillion)
        => "$" + pricePerMillion.ToString("#,0.00##", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount in USD: two decimals from $1 up ($3.21, $1,234.50); below $1, two significant digits, so that tiny
    /// amounts stay readable ($0.32, $0.0032, $0.000012). Zero is $0.00.
    /// </summary>
    public static string FormatUsd(decimal amount)
    {
        if (amount < 0)
        {
            return "-" + FormatUsd(-amount);
        }

        if (amount == 0)
        {
            return "$0.00";
        }

        if (amount >= 1m)
        {
            return "$" + Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);
        }

        // Decimals for two significant digits: 0.32 -> 2, 0.0032 -> 4, 0.000012 -> 6. decimal holds 28 places.
        int leadingZeros = 0;
        for (decimal scaled = amount; scaled < 0.1m && leadingZeros < 26; scaled *= 10m)
        {
            leadingZeros++;
        }

        int decimals = Math.Max(2, leadingZeros + 2);
        decimal rounded = Math.Round(amount, decimals, MidpointRounding.AwayFromZero);

        // 0.0999 rounds up to 0.100: one significant digit fewer is enough then.
        if (decimals > 2 && rounded >= Pow10Negative(leadingZeros))
        {
            decimals--;
            rounded = Math.Round(amount, decimals, MidpointRounding.AwayFromZero);
        }

        return "$" + rounded.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    private static decimal Pow10Negative(int exponent)
    {
        decimal value = 1m;
        for (int i = 0; i < exponent; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
