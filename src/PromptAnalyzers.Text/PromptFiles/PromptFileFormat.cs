namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>The prompt file formats the analyzers read.</summary>
public enum PromptFileFormat
{
    /// <summary>Not a prompt file.</summary>
    None,

    /// <summary><c>*.prompty</c>: YAML front matter, then a template body with <c>system:</c>/<c>user:</c>/<c>assistant:</c> sections.</summary>
    Prompty,

    /// <summary>Semantic Kernel <c>skprompt.txt</c> (settings in the sibling <c>config.json</c>).</summary>
    SemanticKernelTemplate,

    /// <summary>Semantic Kernel prompt YAML (KernelFunctionYaml): <c>template:</c>, <c>template_format:</c>, <c>execution_settings:</c>.</summary>
    SemanticKernelYaml,

    /// <summary>GitHub Models <c>*.prompt.yml</c>: <c>model:</c> and <c>messages:</c> with role and content.</summary>
    GitHubModelsYaml,

    /// <summary><c>*.prompt.md</c> (VS Code / GitHub Copilot prompt files): optional YAML front matter, then the prompt.</summary>
    PromptMarkdown,

    /// <summary>A file marked <c>PromptAnalyzersKind="Prompt"</c> in no known format: the whole text is a template.</summary>
    PlainTemplate,
}
