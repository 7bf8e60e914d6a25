using System;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// Prompt stores: plain-text and markdown files kept in a folder named for prompts (<c>Prompts/</c>,
/// <c>prompts/</c>, <c>MyApp.Prompts/</c>, <c>prompt-templates/</c>) that an application reads at run time and sends as
/// prompts. The package's MSBuild files pass such files to the analyzers as prompts (PromptAnalyzersKind="Prompt");
/// the regular expression in buildTransitive/PromptAnalyzers.targets states the same rule for MSBuild.
/// </summary>
public static class PromptStore
{
    private static readonly string[] FolderWords = ["prompts", "prompt", "prompttemplates", "prompt-templates", "prompt_templates"];

    private static readonly string[] NonPromptNames = ["readme", "license", "licence", "changelog", "contributing", "notice"];

    /// <summary>
    /// True for a <c>.txt</c> or <c>.md</c> file with a folder on its path named for prompts: the folder's name is one of
    /// <c>prompts</c>, <c>prompt</c>, <c>prompttemplates</c>, <c>prompt-templates</c>, <c>prompt_templates</c> (any case),
    /// alone, after a prefix ending in <c>.</c>, <c>-</c> or <c>_</c> (<c>BotGenerator.Prompts</c>), or as the last
    /// PascalCase part of the name (<c>SystemPrompts</c>, <c>AgentPrompt</c>, <c>ChatPromptTemplates</c>). README, LICENSE,
    /// CHANGELOG, CONTRIBUTING and NOTICE files document a folder and are not prompts.
    /// </summary>
    public static bool IsStorePath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        string[] parts = path.Split('/', '\\');
        string name = parts[parts.Length - 1];
        if (!HasStoreExtension(name) || IsDocumentationName(name))
        {
            return false;
        }

        for (int i = 0; i < parts.Length - 1; i++)
        {
            if (IsStoreFolder(parts[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStoreExtension(string name)
        => name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsDocumentationName(string name)
    {
        int dot = name.IndexOf('.');
        string stem = dot < 0 ? name : name.Substring(0, dot);
        return Array.Exists(NonPromptNames, n => string.Equals(n, stem, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsStoreFolder(string folder)
    {
        foreach (string word in FolderWords)
        {
            if (folder.Length < word.Length || !folder.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int before = folder.Length - word.Length - 1;
            if (before < 0 || folder[before] is '.' or '-' or '_' || IsCamelCaseWord(folder, before + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="start"/> starts a PascalCase part: "SystemPrompts", "AgentPromptTemplates".</summary>
    private static bool IsCamelCaseWord(string folder, int start)
        => folder[start] == 'P'
            && (char.IsLower(folder[start - 1]) || char.IsDigit(folder[start - 1]))
            && (folder.Length - start <= "Prompts".Length || folder.Substring(start) == "PromptTemplates");
}
