namespace PromptAnalyzers.Tool.Loading;

/// <summary>
/// Sorts the failures MSBuildWorkspace reports into load errors and load warnings, and says which projects did not load.
/// MSBuildWorkspace reports every error and every warning of a project's evaluation and design-time build alike, as a
/// failure "Msbuild failed when processing the file '/src/App/App.csproj' with message: ..." whose text no longer says
/// which it was; so the project it names decides. A project that MSBuild built at design time (it has its metadata
/// references) and whose restore found every package loaded, and what is reported about it is a warning (a NuGet
/// restore warning such as NU1603, a reference conflict). A failure that names a project MSBuild did not build, repeats
/// one of its restore errors (a package that is not there), or names no project at all is an error.
/// </summary>
internal sealed class LoadFailureTriage
{
    /// <summary>Why a project that has no load error of its own did not load.</summary>
    public const string NotBuiltError = "MSBuild did not build the project at design time (it has no metadata references); see the load errors";

    private readonly Dictionary<string, string> _errorByProject;

    private LoadFailureTriage(IReadOnlyList<string> errors, IReadOnlyList<string> warnings, Dictionary<string, string> errorByProject)
    {
        Errors = errors;
        Warnings = warnings;
        _errorByProject = errorByProject;
    }

    /// <summary>Failures that leave a project out of the report or name no project, in the order reported.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Failures about projects that loaded, in the order reported.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public static LoadFailureTriage Sort(IEnumerable<string> failures, IReadOnlyCollection<ProjectLoadState> projects)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var errorByProject = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var failure in failures)
        {
            var named = projects.Where(project => Names(failure, project.FilePath)).ToList();
            if (named.Count > 0 && named.All(project => Loaded(project, failure)))
            {
                warnings.Add(failure);
                continue;
            }

            errors.Add(failure);
            foreach (var project in named)
            {
                errorByProject.TryAdd(project.FilePath, failure);
            }
        }

        return new LoadFailureTriage(errors, warnings, errorByProject);
    }

    /// <summary>Why the project did not load (the first load error that names it), or null when it loaded.</summary>
    public string? LoadErrorOf(string filePath, bool hasMetadataReferences)
        => _errorByProject.TryGetValue(filePath, out var error) ? error
            : hasMetadataReferences ? null
            : NotBuiltError;

    private static bool Names(string failure, string filePath)
        => filePath.Length > 0 && failure.Contains(filePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Built at design time, and the failure is not one of its restore errors.</summary>
    private static bool Loaded(ProjectLoadState project, string failure)
        => project.HasMetadataReferences
            && !project.RestoreErrors.Any(error => failure.Contains(error, StringComparison.Ordinal));
}
