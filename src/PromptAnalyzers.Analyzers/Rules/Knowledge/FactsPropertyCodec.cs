using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>One fact as the PA1001 diagnostic carries it: the fact and the unit (line or sentence) it belongs to, as offsets into the prompt text.</summary>
internal readonly struct EncodedFact
{
    public EncodedFact(int start, int length, int unitStart, int unitLength)
    {
        Start = start;
        Length = length;
        UnitStart = unitStart;
        UnitLength = unitLength;
    }

    /// <summary>Offset of the fact in the prompt text.</summary>
    public int Start { get; }

    /// <summary>Length of the fact.</summary>
    public int Length { get; }

    /// <summary>Where the unit the code fix moves out starts.</summary>
    public int UnitStart { get; }

    /// <summary>Length of that unit.</summary>
    public int UnitLength { get; }
}

/// <summary>
/// The PA1001 diagnostic property <see cref="Name"/>: the facts found, written by the analyzer and read by the code fix, as
/// "start,length,unitStart,unitLength" entries joined by ';' (offsets into the diagnostic's text property).
/// </summary>
internal static class FactsPropertyCodec
{
    /// <summary>The diagnostic property that carries the facts from the analyzer to the code fix.</summary>
    public const string Name = "Facts";

    /// <summary>The facts as "start,length,unitStart,unitLength" entries separated by ';'.</summary>
    public static string Encode(IEnumerable<FactSpan> facts)
    {
        var builder = new StringBuilder();
        foreach (var fact in facts)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append(fact.Start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(fact.Length.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(fact.UnitStart.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(fact.UnitLength.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The well-formed entries of <paramref name="value"/>, in order; anything else is skipped.</summary>
    public static List<EncodedFact> Decode(string? value)
    {
        var facts = new List<EncodedFact>();
        foreach (var entry in (value ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(',');
            if (parts.Length == 4
                && TryParse(parts[0], out var start)
                && TryParse(parts[1], out var length)
                && TryParse(parts[2], out var unitStart)
                && TryParse(parts[3], out var unitLength))
            {
                facts.Add(new EncodedFact(start, length, unitStart, unitLength));
            }
        }

        return facts;
    }

    /// <summary>The facts' units that lie inside a text of <paramref name="textLength"/> characters (what the code fix moves out).</summary>
    public static List<(int Start, int Length)> Units(string? value, int textLength)
    {
        var units = new List<(int Start, int Length)>();
        foreach (var fact in Decode(value))
        {
            if (fact.UnitStart >= 0 && fact.UnitLength > 0 && fact.UnitStart + fact.UnitLength <= textLength)
            {
                units.Add((fact.UnitStart, fact.UnitLength));
            }
        }

        return units;
    }

    private static bool TryParse(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
