using System.Globalization;
using System.Text;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>The facts of a report as PA1001 and PA1002 messages name them: "4 facts ('$49/month', 'within 30 days', 'support@contoso.com', ...)".</summary>
internal static class FactSummary
{
    private const int MaxQuoted = 3;
    private const int MaxQuoteLength = 60;

    public static string Describe(FactReport report)
    {
        var count = report.Facts.Count;
        if (count == 0)
        {
            return "a block of reference material";
        }

        var builder = new StringBuilder();
        if (report.HasReferenceBlock && count < 2)
        {
            builder.Append("a block of reference material (");
        }
        else
        {
            builder.Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(count == 1 ? " fact (" : " facts (");
        }

        for (var i = 0; i < count && i < MaxQuoted; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(Quote(report.Facts[i].Text)).Append('\'');
        }

        if (count > MaxQuoted)
        {
            builder.Append(", ...");
        }

        return builder.Append(')').ToString();
    }

    /// <summary>The fact on one line, shortened to <see cref="MaxQuoteLength"/> characters.</summary>
    private static string Quote(string fact)
    {
        var oneLine = fact.Replace("\r", " ").Replace("\n", " ").Trim();
        return oneLine.Length <= MaxQuoteLength ? oneLine : oneLine.Substring(0, MaxQuoteLength - 3) + "...";
    }
}
