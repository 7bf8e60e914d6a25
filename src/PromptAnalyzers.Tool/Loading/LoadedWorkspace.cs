using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace PromptAnalyzers.Tool.Loading;

/// <summary>A solution opened with MSBuildWorkspace, with what did not load.</summary>
internal sealed class LoadedWorkspace : IDisposable
{
    private LoadedWorkspace(MSBuildWorkspace workspace, Solution solution, string? projectPath, string rootDirectory, IReadOnlyList<string> loadErrors)
    {
        Workspace = workspace;
        Solution = solution;
        ProjectPath = projectPath;
        RootDirectory = rootDirectory;
        LoadErrors = loadErrors;
    }

    public MSBuildWorkspace Workspace { get; }

    public Solution Solution { get; }

    /// <summary>The project file opened, or null for a solution: of a project, only it is analyzed (not its references).</summary>
    public string? ProjectPath { get; }

    /// <summary>The folder of the opened file: report paths are relative to it.</summary>
    public string RootDirectory { get; }

    /// <summary>Workspace failures (projects that did not load, missing references), one line each.</summary>
    public IReadOnlyList<string> LoadErrors { get; }

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
        var errors = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (errors)
                {
                    errors.Add(e.Diagnostic.Message);
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

        return new LoadedWorkspace(workspace, solution, projectPath, Path.GetDirectoryName(fullPath)!, errors);
    }

    /// <summary>The C# projects to analyze or fix (every target framework of a multi-targeted project), by name.</summary>
    public IEnumerable<Project> ProjectsToAnalyze()
        => Solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp)
            .Where(p => ProjectPath is null || string.Equals(p.FilePath, ProjectPath, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>
    /// Why a project did not load, or null when it did. MSBuild evaluation failures (a missing SDK, a project file that is
    /// not valid XML) arrive as workspace failures that name the project file ("Msbuild failed when processing the file
    /// '/src/App/App.csproj' with message: ..."), while the solution still holds a placeholder project for it with no
    /// documents, references or output path: either sign means it did not load. A missing or invalid import is not one:
    /// MSBuildWorkspace evaluates with those ignored, and the project loads.
    /// </summary>
    public string? LoadErrorOf(Project project)
    {
        if (project.FilePath is { Length: > 0 } filePath
            && LoadErrors.FirstOrDefault(error => error.Contains(filePath, StringComparison.OrdinalIgnoreCase)) is { } error)
        {
            return error;
        }

        return IsPlaceholder(project) ? "MSBuild did not load the project (no documents, references or output path); see the load errors" : null;
    }

    private static bool IsPlaceholder(Project project)
        => project.DocumentIds.Count == 0 && project.MetadataReferences.Count == 0 && project.OutputFilePath is null;

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
