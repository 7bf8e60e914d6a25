namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// Tells a hang from a slow run: work that does not finish within <see cref="Timeout"/> fails the test. Minutes, far
/// above any run even on a loaded machine, so it fails only for a true hang (an exponential or quadratic blow-up takes
/// hours on the inputs the tests use). Speed goals are measured by bench/ and written in docs/performance.md, never by
/// timed tests.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <paramref name="work"/> on the thread pool and returns its result, or fails when it hangs.</summary>
    public static T Run<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Timeout), $"{what} did not finish within {Timeout.TotalMinutes:N0} minutes: a hang");
        return task.Result;
    }
}
