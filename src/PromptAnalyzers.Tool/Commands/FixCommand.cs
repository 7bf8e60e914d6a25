using System.Globalization;
using PromptAnalyzers.Tool.Fixing;
using PromptAnalyzers.Tool.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool.Commands;

/// <summary><c>prompt-analyzers fix</c>: applies the package's code fixes and writes changed and new files.</summary>
internal sealed class FixCommand : AsyncCommand<FixSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FixSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var errors = ErrorConsole.Create();
        FixOutcome outcome;
        IReadOnlyList<string> loadErrors;
        IReadOnlyList<string> loadWarnings;
        string root;
        try
        {
            var progress = new Progress<string>(message => errors.MarkupLineInterpolated($"[grey]{message}[/]"));
            using var loaded = await LoadedWorkspace.OpenAsync(settings.Path, progress, cancellationToken).ConfigureAwait(false);
            loadErrors = loaded.LoadErrors;
            loadWarnings = loaded.LoadWarnings;
            root = loaded.RootDirectory;
            outcome = await SolutionFixer.FixAsync(loaded, settings.Rules, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException exception)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.LoadError;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            errors.MarkupLineInterpolated($"[red]error:[/] could not load {settings.Path}: {exception.Message}");
            return ExitCodes.LoadError;
        }

        foreach (var change in outcome.Changes)
        {
            var where = Path.GetRelativePath(root, change.Path).Replace('\\', '/');
            console.MarkupLineInterpolated($"{(change.Added ? "added   " : "modified")} {where} [green]+{change.LinesAdded}[/] [red]-{change.LinesRemoved}[/]");
        }

        var files = outcome.Changes.Length.ToString(CultureInfo.InvariantCulture);
        if (settings.DryRun)
        {
            console.MarkupLineInterpolated($"Dry run: {outcome.FixedDiagnostics} diagnostics would be fixed in {files} files; nothing written.");
        }
        else
        {
            await SolutionDiff.WriteAsync(outcome.Changes, cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Fixed {outcome.FixedDiagnostics} diagnostics; wrote {files} files.");
        }

        foreach (var warning in loadWarnings)
        {
            errors.MarkupLineInterpolated($"[yellow]load warning:[/] {warning}");
        }

        foreach (var error in loadErrors)
        {
            errors.MarkupLineInterpolated($"[red]load error:[/] {error}");
        }

        return loadErrors.Count > 0 ? ExitCodes.LoadError : ExitCodes.Ok;
    }
}
