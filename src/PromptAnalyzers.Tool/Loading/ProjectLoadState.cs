namespace PromptAnalyzers.Tool.Loading;

/// <summary>
/// What MSBuildWorkspace made of one project, as much as <see cref="LoadFailureTriage"/> needs to tell whether it loaded.
/// </summary>
/// <param name="FilePath">The project file.</param>
/// <param name="HasMetadataReferences">
/// Whether MSBuild built the project at design time: a project whose evaluation failed is an empty placeholder and one
/// whose design-time build failed keeps at most its documents, and neither has metadata references.
/// </param>
/// <param name="RestoreErrors">The error messages of the project's last NuGet restore: packages it references and does not have.</param>
internal sealed record ProjectLoadState(string FilePath, bool HasMetadataReferences, IReadOnlyCollection<string> RestoreErrors);
