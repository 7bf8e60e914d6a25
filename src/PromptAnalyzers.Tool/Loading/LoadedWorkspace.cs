using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace PromptAnalyzers.Tool.Loading;

/// <summary>A solution opened with MSBuildWorkspace, with what did not load.</summary>
internal sealed class LoadedWorkspace : IDisposable
{
    private readonly LoadFailureTriage _failures;

    private LoadedWorkspace(MSBuildWorkspace workspace, Solution solution, string? projectPath, string rootDirectory, LoadFailureTriage failures)
    {
        Workspace = workspace;
        Solution = solution;
        ProjectPath = projectPath;
        RootDirectory = rootDirectory;
        _failures = failures;
    }

    public MSBuildWorkspace Workspace { get; }

    public Solution Solution { get; }

    /// <summary>The project file opened, or null for a solution: of a project, only it is analyzed (not its references).</summary>
    public string? ProjectPath { get; }

    /// <summary>The folder of the opened file: report paths are relative to it.</summary>
    public string RootDirectory { get; }

    /// <summary>Workspace failures that left a project out (or name no project), one line each.</summary>
    public IReadOnlyList<string> LoadErrors => _failures.Errors;

    /// <summary>Workspace failures about projects that loaded (restore warnings such as NU1603, build warnings), one line each.</summary>
    public IReadOnlyList<string> LoadWarnings => _failures.Warnings;

    /// <summary>Opens a .sln, .slnx or project file; throws <see cref="FileNotFoundException"/> for a missing path.</summary>
    public static async Task<LoadedWorkspace> OpenAsync(string path, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            fullPath = FindSolutionOrProject(fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException("no solution or project at " + fullPath, fullPath);
        }

        var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            }
        });

        var reporter = progress is null ? null : new LoadProgressReporter(progress);
        Solution solution;
        string? projectPath = null;
        var extension = Path.GetExtension(fullPath);
        if (extension.Equals(".sln", StringComparison.OrdinalIgnoreCase) || extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            solution = await workspace.OpenSolutionAsync(fullPath, reporter, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var project = await workspace.OpenProjectAsync(fullPath, reporter, cancellationToken).ConfigureAwait(false);
            solution = project.Solution;
            projectPath = project.FilePath;
        }

        var triage = LoadFailureTriage.Sort(failures, StatesOf(solution.Projects));
        return new LoadedWorkspace(workspace, solution, projectPath, Path.GetDirectoryName(fullPath)!, triage);
    }

    /// <summary>The C# projects to analyze or fix (every target framework of a multi-targeted project), by name.</summary>
    public IEnumerable<Project> ProjectsToAnalyze()
        => Solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp)
            .Where(p => ProjectPath is null || string.Equals(p.FilePath, ProjectPath, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>
    /// Why a project did not load, or null when it did: see <see cref="LoadFailureTriage"/>. A missing or invalid import
    /// does not stop a project from loading: MSBuildWorkspace evaluates with those ignored.
    /// </summary>
    public string? LoadErrorOf(Project project) => _failures.LoadErrorOf(project.FilePath ?? "", project.MetadataReferences.Count > 0);

    /// <summary>Each project with its restore errors (read once per project file: a multi-targeted project shares it).</summary>
    private static List<ProjectLoadState> StatesOf(IEnumerable<Project> projects)
    {
        var restoreErrors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        return projects
            .Where(project => project.FilePath is { Length: > 0 })
            .Select(project => new ProjectLoadState(project.FilePath!, project.MetadataReferences.Count > 0, RestoreErrorsOf(project.FilePath!)))
            .ToList();

        IReadOnlyList<string> RestoreErrorsOf(string projectFile)
            => restoreErrors.TryGetValue(projectFile, out var errors) ? errors : restoreErrors[projectFile] = RestoreLog.ErrorsOf(projectFile);
    }

    /// <summary>A folder stands for the one solution (or else the one project) it holds.</summary>
    private static string FindSolutionOrProject(string directory)
    {
        foreach (var pattern in new[] { "*.slnx", "*.sln", "*.csproj" })
        {
            var matches = Directory.GetFiles(directory, pattern);
            if (matches.Length == 1)
            {
                return matches[0];
            }
        }

        return Path.Combine(directory, "(no single .sln, .slnx or .csproj)");
    }

    public void Dispose() => Workspace.Dispose();

    private sealed class LoadProgressReporter(IProgress<string> progress) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
            => progress.Report(value.Operation + " " + Path.GetFileName(value.FilePath));
    }
}
