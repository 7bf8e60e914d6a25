using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Tool.Fixing;

/// <summary>A file the fixes changed or added, with its new text and how many lines it gained and lost.</summary>
internal sealed record FileChange(string Path, bool Added, SourceText Text, int LinesAdded, int LinesRemoved);

/// <summary>
/// The files that differ between two solutions: changed and added documents and additional documents. The tool writes
/// these itself rather than through MSBuildWorkspace.TryApplyChanges, which refuses to add non-compile items (the
/// knowledge/*.md files of the PA1001 fix).
/// </summary>
internal static class SolutionDiff
{
    public static async Task<ImmutableArray<FileChange>> ComputeAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, FileChange>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in after.GetChanges(before).GetProjectChanges())
        {
            foreach (var id in project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(project.GetChangedAdditionalDocuments()))
            {
                var oldDocument = TextDocument(before, id);
                var newDocument = TextDocument(after, id);
                var oldText = await oldDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var newText = await newDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var path = PathOf(newDocument, project.NewProject);
                if (path is not null)
                {
                    var (added, removed) = CountLines(oldText, newText);
                    changes[path] = new FileChange(path, Added: false, WithEncoding(newText, oldText.Encoding), added, removed);
                }
            }

            foreach (var id in project.GetAddedDocuments().Concat(project.GetAddedAdditionalDocuments()))
            {
                var document = TextDocument(after, id);
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var path = PathOf(document, project.NewProject);
                if (path is not null)
                {
                    changes[path] = new FileChange(path, Added: true, text, text.Lines.Count, 0);
                }
            }
        }

        return changes.Values.OrderBy(c => c.Path, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Writes every change (creating folders for added files) in the encoding of the file it replaces.</summary>
    public static async Task WriteAsync(IEnumerable<FileChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(change.Path)!);
            var encoding = change.Text.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            await File.WriteAllTextAsync(change.Path, change.Text.ToString(), encoding, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TextDocument TextDocument(Solution solution, DocumentId id)
        => (TextDocument?)solution.GetDocument(id) ?? solution.GetAdditionalDocument(id) ?? (TextDocument)solution.GetAnalyzerConfigDocument(id)!;

    /// <summary>The document's file path, or for a new document without one, its folders and name under the project's folder.</summary>
    private static string? PathOf(TextDocument document, Project project)
    {
        if (!string.IsNullOrEmpty(document.FilePath))
        {
            return document.FilePath;
        }

        var directory = Path.GetDirectoryName(project.FilePath);
        return directory is null ? null : Path.Combine(new[] { directory }.Concat(document.Folders).Append(document.Name).ToArray());
    }

    private static SourceText WithEncoding(SourceText text, Encoding? encoding)
        => encoding is null || text.Encoding is not null ? text : SourceText.From(text.ToString(), encoding);

    /// <summary>
    /// Lines inserted and removed between two versions, as a line diff counts them (the longest common subsequence of
    /// lines, after the common head and tail): the text changes a workspace reports can span far more than what changed.
    /// </summary>
    internal static (int Added, int Removed) CountLines(SourceText oldText, SourceText newText)
    {
        var before = oldText.Lines.Select(line => line.ToString()).ToArray();
        var after = newText.Lines.Select(line => line.ToString()).ToArray();
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head])
        {
            head++;
        }

        int endBefore = before.Length, endAfter = after.Length;
        while (endBefore > head && endAfter > head && before[endBefore - 1] == after[endAfter - 1])
        {
            endBefore--;
            endAfter--;
        }

        int removed = endBefore - head, added = endAfter - head;
        // A huge rewrite is counted as replaced outright rather than diffed in quadratic time.
        var common = (long)removed * added <= 4_000_000 ? CommonLines(before, head, endBefore, after, head, endAfter) : 0;
        return (added - common, removed - common);
    }

    private static int CommonLines(string[] before, int fromBefore, int toBefore, string[] after, int fromAfter, int toAfter)
    {
        var previous = new int[toAfter - fromAfter + 1];
        var current = new int[previous.Length];
        for (var i = fromBefore; i < toBefore; i++)
        {
            for (var j = fromAfter; j < toAfter; j++)
            {
                var k = j - fromAfter + 1;
                current[k] = before[i] == after[j] ? previous[k - 1] + 1 : Math.Max(previous[k], current[k - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[previous.Length - 1];
    }
}
