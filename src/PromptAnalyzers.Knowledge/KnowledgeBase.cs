using System;
using System.Collections.Concurrent;
using System.IO;
using PromptAnalyzers.Knowledge.Files;

namespace PromptAnalyzers.Knowledge;

/// <summary>
/// Entry point of code fixed by PA1001: the application's knowledge folder. <see cref="Default"/> is
/// <c>knowledge/</c> next to the application (the PromptAnalyzers package copies the project's
/// <c>knowledge/**</c> files to the output folder).
/// </summary>
public static class KnowledgeBase
{
    /// <summary>The folder name the package copies to the output and the code fix writes to.</summary>
    public const string DefaultFolderName = "knowledge";

    private static readonly ConcurrentDictionary<string, FileKnowledgeSource> Sources = new(StringComparer.Ordinal);

    /// <summary>The files under <c>knowledge/</c> in the application's base directory, ranked with BM25 and reloaded when edited.</summary>
    public static FileKnowledgeSource Default => Open(Path.Combine(AppContext.BaseDirectory, DefaultFolderName));

    /// <summary>The file knowledge source over <paramref name="directory"/>; one shared instance per folder.</summary>
    public static FileKnowledgeSource Open(string directory) => Sources.GetOrAdd(Path.GetFullPath(directory), path => new FileKnowledgeSource(path));
}
