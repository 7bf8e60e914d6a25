using System.Text;
using System.Text.Json;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>A text with tiktoken's reference counts.</summary>
public sealed record ReferenceCount(string Id, string Text, int O200kBase, int Cl100kBase);

internal static class TokenTestData
{
    /// <summary>shared/corpus/tokens.jsonl: found by walking up from the test output to the folder that holds shared/.</summary>
    public static IReadOnlyList<ReferenceCount> Corpus()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "corpus", "tokens.jsonl");
            if (File.Exists(path))
            {
                return Read(path);
            }
        }

        throw new FileNotFoundException("shared/corpus/tokens.jsonl not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Text/Tokens/TiktokenEdgeCases.jsonl, copied to the test output.</summary>
    public static IReadOnlyList<ReferenceCount> EdgeCases()
        => Read(Path.Combine(AppContext.BaseDirectory, "Text", "Tokens", "TiktokenEdgeCases.jsonl"));

    /// <summary>The repository root (the folder with PromptAnalyzers.sln).</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PromptAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PromptAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<ReferenceCount> Read(string path)
    {
        var rows = new List<ReferenceCount>();
        int line = 0;
        foreach (string json in File.ReadLines(path))
        {
            line++;
            if (json.Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            string id = root.TryGetProperty("id", out JsonElement idElement) ? idElement.GetString()! : $"{root.GetProperty("kind").GetString()}#{line}";

            // Texts may hold lone surrogates (escaped as \udXXX), which JsonElement.GetString refuses: unescape by hand.
            string text = Unescape(root.GetProperty("text").GetRawText());
            rows.Add(new ReferenceCount(id, text, root.GetProperty("o200k_base").GetInt32(), root.GetProperty("cl100k_base").GetInt32()));
        }

        return rows;
    }

    private static string Unescape(string quoted)
    {
        var sb = new StringBuilder(quoted.Length);
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            char c = quoted[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            char e = quoted[++i];
            switch (e)
            {
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'b':
                    sb.Append('\b');
                    break;
                case 'f':
                    sb.Append('\f');
                    break;
                case 'u':
                    sb.Append((char)Convert.ToInt32(quoted.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default:
                    sb.Append(e);
                    break;
            }
        }

        return sb.ToString();
    }
}
