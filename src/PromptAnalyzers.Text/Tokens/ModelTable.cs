using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// Reads the model catalogue, the embedded Models.tsv: one header line, then one tab-separated row per model id or
/// id prefix. Parsed once, on first use, so a build that never estimates a cost never reads it.
/// </summary>
public static class ModelTable
{
    /// <summary>The columns of Models.tsv, in order.</summary>
    public static readonly string[] Columns =
    {
        "id", "provider", "tokenizer", "context_window", "max_output", "input_usd_per_mtok", "cached_input_usd_per_mtok",
        "cache_min_prefix_tokens", "retired", "as_of", "source",
    };

    private const string ResourceName = "PromptAnalyzers.Text.Tokens.Models.tsv";

    private static readonly Lazy<IReadOnlyList<ModelRow>> s_rows = new(Load);

    /// <summary>The catalogue rows in file order.</summary>
    public static IReadOnlyList<ModelRow> Rows => s_rows.Value;

    /// <summary>The embedded file's text, as shipped (for the test that holds docs and data together).</summary>
    public static string ReadText()
    {
        using Stream? stream = typeof(ModelTable).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses catalogue text; rows with a bad id, tokenizer or number are left out (never throws).</summary>
    public static IReadOnlyList<ModelRow> Parse(string text)
    {
        var rows = new List<ModelRow>();
        string[] lines = (text ?? string.Empty).Replace("\r\n", "\n").Split('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            if (TryParseRow(lines[i], out ModelRow? row))
            {
                rows.Add(row!);
            }
        }

        return rows;
    }

    private static IReadOnlyList<ModelRow> Load()
    {
        try
        {
            return Parse(ReadText());
        }
        catch (Exception)
        {
            // A broken install: costs fall back to "no known price" rather than failing the build.
            return Array.Empty<ModelRow>();
        }
    }

    private static bool TryParseRow(string line, out ModelRow? row)
    {
        row = null;
        string[] cells = line.Split('\t');
        if (cells.Length < Columns.Length || cells[0].Trim().Length == 0 || !TokenizerSpec.TryParse(cells[2], out TokenizerSpec tokenizer))
        {
            return false;
        }

        if (!TryInt(cells[3], out int? context) || !TryInt(cells[4], out int? maxOutput) || !TryInt(cells[7], out int? cacheMin)
            || !TryPrice(cells[5], out decimal? input) || !TryPrice(cells[6], out decimal? cached))
        {
            return false;
        }

        row = new ModelRow(
            cells[0].Trim().ToLowerInvariant(),
            cells[1].Trim(),
            tokenizer,
            context,
            maxOutput,
            input,
            cached,
            cacheMin,
            cells[8].Trim() is { Length: > 0 } retired ? retired : null,
            cells[9].Trim(),
            cells[10].Trim());
        return true;
    }

    private static bool TryInt(string cell, out int? value)
    {
        value = null;
        if (cell.Trim().Length == 0)
        {
            return true;
        }

        if (int.TryParse(cell.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed > 0)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryPrice(string cell, out decimal? value)
    {
        value = null;
        if (cell.Trim().Length == 0)
        {
            return true;
        }

        if (ModelCatalog.TryParsePrice(cell, out decimal parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
