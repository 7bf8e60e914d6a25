using System.Diagnostics;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>Wall-clock and process CPU time of one run, after a full GC so that runs do not pay for each other's garbage.</summary>
internal readonly record struct Timing(double WallMs, double CpuMs)
{
    public static async Task<Timing> Of(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await run().ConfigureAwait(false);
        stopwatch.Stop();
        process.Refresh();
        return new Timing(stopwatch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}

internal static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => value >= 100 ? value.ToString("N0") : value.ToString("N1");

    public static string Percent(double value) => (value * 100).ToString("N1") + "%";
}

/// <summary>
/// CPU time of the calling thread alone (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; NaN elsewhere): unlike the
/// process's CPU time it leaves out the runtime's background threads (tiered JIT, GC), which bill the code they compile or
/// collect to whatever runs at the time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Ms()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return clock_gettime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
