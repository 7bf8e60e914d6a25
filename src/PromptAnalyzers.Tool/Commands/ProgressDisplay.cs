using PromptAnalyzers.Tool.Analysis;
using Spectre.Console;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>
/// Progress of a report on standard error: on a terminal, a Spectre.Console progress display (a spinner while the
/// projects load, then a bar over the projects being compiled and analyzed), cleared when done; otherwise (redirected,
/// CI logs) one grey line per step, as before.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole errors, Func<IProgress<string>, IProgress<AnalysisProgress>, Task<T>> work)
    {
        if (!errors.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            return await work(
                new SynchronousProgress<string>(message => errors.MarkupLineInterpolated($"[grey]{message}[/]")),
                new SynchronousProgress<AnalysisProgress>(step => errors.MarkupLineInterpolated($"[grey]Analyzing {step.Project} ({step.Done + 1}/{step.Total})[/]"))).ConfigureAwait(false);
        }

        var result = default(T)!;
        await errors.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var loading = context.AddTask("Loading projects").IsIndeterminate();
                var analyzing = context.AddTask("Analyzing", autoStart: false);
                var load = new SynchronousProgress<string>(message => loading.Description = "Loading: " + Markup.Escape(message));
                var analysis = new SynchronousProgress<AnalysisProgress>(step =>
                {
                    if (!analyzing.IsStarted)
                    {
                        loading.IsIndeterminate(false).Value(loading.MaxValue).StopTask();
                        loading.Description = "Loaded projects";
                        analyzing.StartTask();
                    }

                    analyzing.MaxValue = Math.Max(1, step.Total);
                    analyzing.Value = step.Done;
                    analyzing.Description = "Analyzing " + Markup.Escape(step.Project);
                });
                result = await work(load, analysis).ConfigureAwait(false);
                analyzing.Value = analyzing.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
