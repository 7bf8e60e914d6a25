namespace PromptAnalyzers.Tool.Analysis;

/// <summary>The project a report is compiling and analyzing now: <see cref="Done"/> of <see cref="Total"/> are finished.</summary>
internal sealed record AnalysisProgress(string Project, int Done, int Total);
