using System.Globalization;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>Formats prices and amounts in US dollars for diagnostics (invariant culture).</summary>
public static class CostFormatter
{
    /// <summary>A price per 1M tokens: "$2.50", "$0.075".</summary>
    public static string FormatPrice(decimal usd) => "$" + usd.ToString(usd >= 0.1m || usd == 0 ? "#,0.00" : "0.00##", CultureInfo.InvariantCulture);

    /// <summary>An amount: two decimals from a dollar up ("$3.21"), otherwise two significant digits ("$0.015", "$0.0032", "$0.000012").</summary>
    public static string FormatAmount(decimal usd)
    {
        if (usd == 0)
        {
            return "$0";
        }

        if (usd >= 1m)
        {
            return "$" + usd.ToString("#,0.00", CultureInfo.InvariantCulture);
        }

        var digits = 2;
        for (var scaled = usd; scaled < 0.1m && digits < 28; scaled *= 10)
        {
            digits++;
        }

        return "$" + decimal.Round(usd, digits, System.MidpointRounding.AwayFromZero).ToString("0." + new string('0', digits), CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
    }
}
