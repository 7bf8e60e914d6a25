using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// A text made of repeated pieces, computed on demand: a 100 MB file costs a few bytes of memory, so what the test
/// measures is the analyzer's memory, not the input's.
/// </summary>
internal sealed class GeneratedSourceText : SourceText
{
    private readonly ImmutableArray<(string Unit, int Repeats)> _segments;
    private readonly int[] _starts;

    public GeneratedSourceText(params (string Unit, int Repeats)[] segments)
    {
        _segments = segments.Where(s => s.Unit.Length > 0 && s.Repeats > 0).ToImmutableArray();
        _starts = new int[_segments.Length];
        long length = 0;
        for (var i = 0; i < _segments.Length; i++)
        {
            _starts[i] = (int)length;
            length += (long)_segments[i].Unit.Length * _segments[i].Repeats;
        }

        Length = checked((int)length);
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length { get; }

    public override char this[int position]
    {
        get
        {
            var segment = SegmentAt(position);
            var (unit, _) = _segments[segment];
            return unit[(position - _starts[segment]) % unit.Length];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceIndex + count, Length);
        while (count > 0)
        {
            var segment = SegmentAt(sourceIndex);
            var (unit, repeats) = _segments[segment];
            var offset = sourceIndex - _starts[segment];
            var segmentEnd = _starts[segment] + (unit.Length * repeats);
            var inUnit = offset % unit.Length;
            var take = Math.Min(Math.Min(count, unit.Length - inUnit), segmentEnd - sourceIndex);
            unit.CopyTo(inUnit, destination, destinationIndex, take);
            sourceIndex += take;
            destinationIndex += take;
            count -= take;
        }
    }

    private int SegmentAt(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        return index >= 0 ? index : ~index - 1;
    }
}
