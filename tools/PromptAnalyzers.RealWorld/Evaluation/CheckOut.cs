namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>
/// Finds the commit a checked-out repository folder is at: the <c>.commit</c> file the checkout recipe writes
/// (labels/README.md), else the <c>.git</c> folder of a clone (HEAD, a loose ref or packed-refs).
/// </summary>
internal static class CheckOut
{
    public static bool IsAt(string folder, string commit, out string problem)
    {
        problem = string.Empty;
        if (!Directory.Exists(folder))
        {
            problem = $"no folder {folder}: check the repository out there (labels/README.md)";
            return false;
        }

        var actual = Commit(folder);
        if (actual is null)
        {
            problem = $"cannot tell which commit {folder} is at: write the commit into {Path.Combine(folder, ".commit")}";
            return false;
        }

        if (!string.Equals(actual, commit, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"{folder} is at {actual}, the labels were judged at {commit}";
            return false;
        }

        return true;
    }

    private static string? Commit(string folder)
    {
        var marker = Path.Combine(folder, ".commit");
        if (File.Exists(marker))
        {
            return File.ReadAllText(marker).Trim();
        }

        var git = Path.Combine(folder, ".git");
        var head = Path.Combine(git, "HEAD");
        if (!File.Exists(head))
        {
            return null;
        }

        var text = File.ReadAllText(head).Trim();
        if (!text.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return text;
        }

        var reference = text["ref: ".Length..];
        var loose = Path.Combine(git, reference);
        if (File.Exists(loose))
        {
            return File.ReadAllText(loose).Trim();
        }

        var packed = Path.Combine(git, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed).Select(l => l.Split(' ')).FirstOrDefault(p => p.Length == 2 && p[1] == reference)?[0]
            : null;
    }
}
