namespace PromptAnalyzers.Tests.Knowledge;

/// <summary>A temporary knowledge folder, deleted after the test.</summary>
public sealed class KnowledgeFolder : IDisposable
{
    public KnowledgeFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "PromptAnalyzers.Knowledge", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
