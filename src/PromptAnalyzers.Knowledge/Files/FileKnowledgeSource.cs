using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PromptAnalyzers.Knowledge.Text;

namespace PromptAnalyzers.Knowledge.Files;

/// <summary>
/// The default knowledge source, with no server: the markdown (<c>.md</c>, <c>.markdown</c>) and text (<c>.txt</c>)
/// files under a folder, split into chunks by <see cref="KnowledgeChunker"/> and ranked with BM25.
/// Every search first compares the files' names, sizes and timestamps with those it indexed and re-reads the folder
/// when anything changed, so an edited, added or deleted file is seen by the next search, with no restart, no
/// rebuild and no file-system watcher to miss events. A missing folder is an empty knowledge source. A file that
/// cannot be read at that moment (being written) keeps its previous index until the next search.
/// </summary>
public sealed class FileKnowledgeSource : IKnowledgeSource
{
    private static readonly string[] Extensions = { ".md", ".markdown", ".txt" };

    private readonly object _gate = new();
    private Snapshot _snapshot = Snapshot.Empty;

    /// <summary>A source over the files under <paramref name="directory"/> (searched recursively).</summary>
    public FileKnowledgeSource(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("A knowledge folder is required.", nameof(directory));
        }

        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The knowledge folder (full path).</summary>
    public string Directory { get; }

    /// <summary>The chunks currently indexed (after checking the files for changes).</summary>
    public IReadOnlyList<KnowledgeChunk> Chunks => Current().Index.Chunks;

    /// <summary>The chunks most relevant to <paramref name="query"/>, best first (synchronous: for code that cannot await).</summary>
    public IReadOnlyList<KnowledgeChunk> Search(string query, int top = 3) => Current().Index.Search(query ?? string.Empty, top);

    /// <inheritdoc />
    public Task<IReadOnlyList<KnowledgeChunk>> SearchAsync(string query, int top = 3, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query, top));
    }

    private Snapshot Current()
    {
        var files = ListFiles();
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Matches(files))
        {
            return snapshot;
        }

        lock (_gate)
        {
            snapshot = _snapshot;
            if (snapshot.Matches(files))
            {
                return snapshot;
            }

            snapshot = Build(files, snapshot);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
    }

    private List<FileStamp> ListFiles()
    {
        var files = new List<FileStamp>();
        try
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                return files;
            }

            foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
            {
                if (Array.IndexOf(Extensions, Path.GetExtension(path).ToLowerInvariant()) < 0)
                {
                    continue;
                }

                var info = new FileInfo(path);
                files.Add(new FileStamp(path, info.Length, info.LastWriteTimeUtc.Ticks));
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        files.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return files;
    }

    private Snapshot Build(List<FileStamp> files, Snapshot previous)
    {
        var chunks = new List<KnowledgeChunk>();
        var stamps = new List<FileStamp>(files.Count);
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string? text;
            try
            {
                using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                text = reader.ReadToEnd();
                stamps.Add(file);
            }
            catch (IOException)
            {
                // Being written right now: keep what was indexed before and look again at the next search.
                previous.Contents.TryGetValue(file.Path, out text);
                stamps.Add(new FileStamp(file.Path, -1, -1));
            }
            catch (UnauthorizedAccessException)
            {
                previous.Contents.TryGetValue(file.Path, out text);
                stamps.Add(new FileStamp(file.Path, -1, -1));
            }

            if (text is null)
            {
                continue;
            }

            contents[file.Path] = text;
            var relative = RelativePath(file.Path);
            var markdown = !relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
            chunks.AddRange(KnowledgeChunker.Split(text, relative, markdown));
        }

        return new Snapshot(stamps, contents, new Bm25Index(chunks));
    }

    private string RelativePath(string path)
    {
        var relative = path.Length > Directory.Length && path.StartsWith(Directory, StringComparison.Ordinal)
            ? path.Substring(Directory.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            : Path.GetFileName(path);
        return relative.Replace('\\', '/');
    }

    private readonly struct FileStamp
    {
        public FileStamp(string path, long length, long ticks)
        {
            Path = path;
            Length = length;
            Ticks = ticks;
        }

        public string Path { get; }

        public long Length { get; }

        public long Ticks { get; }
    }

    private sealed class Snapshot
    {
        /// <summary>A file written this recently may change again within the file system's timestamp resolution: re-read it.</summary>
        private static readonly long RecentTicks = TimeSpan.FromSeconds(2).Ticks;

        public static readonly Snapshot Empty = new(new List<FileStamp>(), new Dictionary<string, string>(), new Bm25Index(Array.Empty<KnowledgeChunk>()), isEmpty: true);

        private readonly List<FileStamp> _files;
        private readonly bool _isEmpty;

        public Snapshot(List<FileStamp> files, Dictionary<string, string> contents, Bm25Index index, bool isEmpty = false)
        {
            _files = files;
            Contents = contents;
            Index = index;
            _isEmpty = isEmpty;
            BuiltAt = DateTime.UtcNow.Ticks;
        }

        public Dictionary<string, string> Contents { get; }

        public Bm25Index Index { get; }

        public long BuiltAt { get; }

        public bool Matches(List<FileStamp> files)
        {
            if (_isEmpty || files.Count != _files.Count)
            {
                return false;
            }

            for (var i = 0; i < files.Count; i++)
            {
                var now = files[i];
                var then = _files[i];
                if (now.Path != then.Path || now.Length != then.Length || now.Ticks != then.Ticks || BuiltAt - now.Ticks < RecentTicks)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
