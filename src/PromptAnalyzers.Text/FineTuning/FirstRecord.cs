using System;
using System.IO;
using System.Threading;

namespace PromptAnalyzers.Text.FineTuning;

/// <summary>Finds the first record of a JSONL file that parses, the way format detection looks at a dataset.</summary>
internal static class FirstRecord
{
    /// <summary>
    /// Feeds the non-blank lines of <paramref name="text"/> to <paramref name="parser"/> until one is a JSON record (valid
    /// as an example or not), looking at <see cref="FineTuningDatasetValidator.DetectionLineLimit"/> lines at most; true
    /// when one was found (the parser then holds it). Overlong lines, bad JSON and parser failures are passed over.
    /// </summary>
    public static bool Parse(TextReader text, IExampleLineParser parser, CancellationToken cancellationToken)
    {
        var lines = new JsonlLineReader(text, 4 * 1024 * 1024);
        int looked = 0;
        while (looked < FineTuningDatasetValidator.DetectionLineLimit && lines.ReadLine(cancellationToken))
        {
            if (lines.IsBlank)
            {
                continue;
            }

            looked++;
            if (lines.IsOverlong)
            {
                continue;
            }

            try
            {
                parser.Parse(lines.Buffer, lines.Length);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                continue;
            }

            if (parser.Error is { Kind: FineTuningErrorKind.InvalidJson })
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
