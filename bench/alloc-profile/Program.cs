// Where the bytes our analyzers allocate go: the runtime's AllocationTick events (one per ~100 KB allocated) of a
// dotnet-trace recording, each charged to the innermost PromptAnalyzers frame on its stack (marked "[in Roslyn]" when
// compiler code lies between that frame and the allocation), summed by frame and allocated type. Issue 20's twelfth pass
// (docs/performance.md) reads its cold-round figures from this.
//
//   dotnet tool install -g dotnet-trace
//   D=$(bench/with-sdk-compiler.sh)                    # the bench on the SDK's Roslyn
//   (cd $D && dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -o /tmp/cold.nettrace -- \
//       ./PromptAnalyzers.Benchmarks --overhead --only bind,ours --rounds 1 --cold --thread-cpu)
//   dotnet run --project bench/alloc-profile -c Release -- /tmp/cold.nettrace --seconds      # samples per second: find the round
//   dotnet run --project bench/alloc-profile -c Release -- /tmp/cold.nettrace 40 FROM_MS TO_MS # the top 40 parts in that window
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: alloc-profile <trace.nettrace> [--seconds | top [from-ms to-ms]]");
    return 2;
}

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var bySecond = args.Contains("--seconds");
var top = !bySecond && args.Length > 1 ? int.Parse(args[1]) : 40;
var from = !bySecond && args.Length > 3 ? double.Parse(args[2]) : double.MinValue;
var to = !bySecond && args.Length > 3 ? double.Parse(args[3]) : double.MaxValue;

var parts = new Dictionary<string, long>();
var seconds = new SortedDictionary<int, int>();
long total = 0, ours = 0, inRoslyn = 0;
foreach (var data in log.Events)
{
    if (data is not GCAllocationTickTraceData tick || data.TimeStampRelativeMSec < from || data.TimeStampRelativeMSec > to)
    {
        continue;
    }

    total += tick.AllocationAmount64;
    string? innermost = null;
    var roslyn = false;
    for (var frame = data.CallStack(); frame is not null && innermost is null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName ?? "?";
        if (name.StartsWith("PromptAnalyzers.", StringComparison.Ordinal) && !name.StartsWith("PromptAnalyzers.Benchmarks", StringComparison.Ordinal))
        {
            innermost = name;
        }
        else if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
        {
            roslyn = true;
        }
    }

    if (innermost is null)
    {
        continue;
    }

    ours += tick.AllocationAmount64;
    inRoslyn += roslyn ? tick.AllocationAmount64 : 0;
    var second = (int)(data.TimeStampRelativeMSec / 1000);
    seconds[second] = seconds.GetValueOrDefault(second) + 1;
    var paren = innermost.IndexOf('(');
    var key = (paren > 0 ? innermost[..paren] : innermost) + (roslyn ? "  [in Roslyn]" : "") + " [" + tick.TypeName + "]";
    parts[key] = parts.GetValueOrDefault(key) + tick.AllocationAmount64;
}

if (bySecond)
{
    Console.WriteLine("second of the trace: samples under our frames");
    foreach (var (second, count) in seconds)
    {
        Console.WriteLine($"{second,6}: {count}");
    }

    return 0;
}

Console.WriteLine($"sampled {total / 1048576.0:F1} MB in all, {ours / 1048576.0:F1} MB under our callbacks, of which {inRoslyn / 1048576.0:F1} MB in compiler code they called");
foreach (var (key, bytes) in parts.OrderByDescending(p => p.Value).Take(top))
{
    Console.WriteLine($"{bytes * 100.0 / Math.Max(ours, 1),5:F1}%  {bytes / 1048576.0,5:F2} MB  {key}");
}

return 0;
