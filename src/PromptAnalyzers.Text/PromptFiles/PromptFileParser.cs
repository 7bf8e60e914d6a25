using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>
/// Recognises and parses prompt files: Prompty, Semantic Kernel skprompt.txt and prompt YAML, GitHub Models
/// .prompt.yml, and .prompt.md. Pure text in, sections mapped to the file out; never throws on bad input.
/// </summary>
public static class PromptFileParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A Prompty role line: "system:", "# user:", "assistant[name=bot]:".</summary>
    private static readonly Regex PromptyRoleLine = new(
        @"^[ \t]*#?[ \t]*(system|user|assistant|developer|function|tool)[ \t]*(\[[^\]\r\n]*\])?[ \t]*:[ \t]*\r?$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant,
        RegexTimeout);

    /// <summary>Semantic Kernel chat prompt markup: &lt;message role="system"&gt; ... &lt;/message&gt;.</summary>
    private static readonly Regex MessageTag = new(
        @"<message\s+role\s*=\s*[""']([A-Za-z]+)[""'][^>]{0,200}>(.*?)</message\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant,
        RegexTimeout);

    /// <summary>The format a file's name announces, before its content is read; <see cref="PromptFileFormat.None"/> for other files.</summary>
    public static PromptFileFormat FormatOfPath(string path)
    {
        string name = FileName(path);
        if (name.EndsWith(".prompty", StringComparison.OrdinalIgnoreCase))
        {
            return PromptFileFormat.Prompty;
        }

        if (string.Equals(name, "skprompt.txt", StringComparison.OrdinalIgnoreCase))
        {
            return PromptFileFormat.SemanticKernelTemplate;
        }

        if (name.EndsWith(".prompt.md", StringComparison.OrdinalIgnoreCase))
        {
            return PromptFileFormat.PromptMarkdown;
        }

        // Semantic Kernel YAML or GitHub Models YAML: the content decides.
        return IsYaml(name) ? PromptFileFormat.SemanticKernelYaml : PromptFileFormat.None;
    }

    /// <summary>True for a name that may hold a prompt (then the content is read); cheap, for filtering additional files.</summary>
    public static bool IsCandidatePath(string path) => FormatOfPath(path) != PromptFileFormat.None;

    /// <summary>True for "config.json", the settings file next to a Semantic Kernel skprompt.txt.</summary>
    public static bool IsSemanticKernelConfigPath(string path) => string.Equals(FileName(path), "config.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses <paramref name="text"/> as the prompt file at <paramref name="path"/>. Returns null when the file is not
    /// a prompt file: a YAML file is one only when it is a Semantic Kernel prompt (a <c>template</c> plus
    /// <c>template_format</c>, <c>input_variables</c> or <c>execution_settings</c>) or a GitHub Models prompt
    /// (<c>messages</c> with roles), unless <paramref name="markedPrompt"/> (PromptAnalyzersKind="Prompt") says so.
    /// </summary>
    public static PromptFile? Parse(string path, string text, bool markedPrompt, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        text ??= string.Empty;
        try
        {
            PromptFileFormat format = FormatOfPath(path);
            switch (format)
            {
                case PromptFileFormat.Prompty:
                    return ParsePrompty(text, PromptFileFormat.Prompty);
                case PromptFileFormat.SemanticKernelTemplate:
                    return new PromptFile(format, null, TemplateSections(MappedText.Verbatim(text, 0)));
                case PromptFileFormat.PromptMarkdown:
                    return ParsePromptMarkdown(text);
                case PromptFileFormat.SemanticKernelYaml:
                    return ParseYaml(text, markedPrompt, IsPromptYamlName(FileName(path)));
                default:
                    if (!markedPrompt)
                    {
                        return null;
                    }

                    return FrontMatter(text, out _, out _, out _)
                        ? ParsePrompty(text, PromptFileFormat.PlainTemplate)
                        : new PromptFile(PromptFileFormat.PlainTemplate, null, TemplateSections(MappedText.Verbatim(text, 0)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The model id in a Semantic Kernel config.json (execution_settings' model_id, "default" first), or null.</summary>
    public static string? ReadSemanticKernelConfigModel(string json) => SemanticKernelConfig.ReadModelId(json);

    private static PromptFile ParsePrompty(string text, PromptFileFormat format)
    {
        string? model = null;
        int bodyStart = 0;
        if (FrontMatter(text, out int yamlStart, out int yamlEnd, out int afterFrontMatter))
        {
            model = PromptyModel(YamlReader.Read(text, yamlStart, yamlEnd));
            bodyStart = afterFrontMatter;
        }

        var sections = new List<PromptFileSection>();
        PromptFileRole role = PromptFileRole.System;
        int sectionStart = bodyStart;
        foreach (Match match in PromptyRoleLine.Matches(text, bodyStart))
        {
            AddSection(sections, role, text, sectionStart, match.Index);
            role = RoleOf(match.Groups[1].Value);
            sectionStart = Math.Min(text.Length, match.Index + match.Length + 1);
        }

        AddSection(sections, role, text, sectionStart, text.Length);
        return new PromptFile(format, model, sections);
    }

    private static PromptFile ParsePromptMarkdown(string text)
    {
        string? model = null;
        int bodyStart = 0;
        if (FrontMatter(text, out int yamlStart, out int yamlEnd, out int afterFrontMatter))
        {
            model = CleanModelId(YamlReader.Read(text, yamlStart, yamlEnd)?["model"]?.Value);
            bodyStart = afterFrontMatter;
        }

        var sections = new List<PromptFileSection>();
        AddSection(sections, PromptFileRole.User, text, bodyStart, text.Length);
        return new PromptFile(PromptFileFormat.PromptMarkdown, model, sections);
    }

    private static PromptFile? ParseYaml(string text, bool markedPrompt, bool promptYamlName)
    {
        YamlNode? root = YamlReader.Read(text);
        if (root is not YamlMapping)
        {
            return null;
        }

        if (root["template"] is YamlScalar template)
        {
            bool semanticKernel = root["template_format"] is not null || root["input_variables"] is not null || root["execution_settings"] is not null;
            if (!semanticKernel && !markedPrompt && !promptYamlName)
            {
                return null;
            }

            return new PromptFile(PromptFileFormat.SemanticKernelYaml, ExecutionSettingsModel(root["execution_settings"]), TemplateSections(template.Text));
        }

        if (root["messages"] is YamlSequence messages)
        {
            var sections = new List<PromptFileSection>();
            foreach (YamlNode message in messages.Items)
            {
                if (message["content"] is YamlScalar content && message["role"]?.Value is string roleName)
                {
                    sections.Add(new PromptFileSection(RoleOf(roleName), content.Text));
                }
            }

            if (sections.Count == 0 || (!promptYamlName && !markedPrompt))
            {
                return null;
            }

            return new PromptFile(PromptFileFormat.GitHubModelsYaml, CleanModelId(root["model"]?.Value), sections);
        }

        return null;
    }

    /// <summary>A Semantic Kernel template: one section, or one per &lt;message role="..."&gt; tag when it has them.</summary>
    private static List<PromptFileSection> TemplateSections(MappedText template)
    {
        var sections = new List<PromptFileSection>();
        MatchCollection messages = MessageTag.Matches(template.Text);
        if (messages.Count == 0)
        {
            sections.Add(new PromptFileSection(PromptFileRole.Template, template));
            return sections;
        }

        foreach (Match message in messages)
        {
            Group content = message.Groups[2];
            sections.Add(new PromptFileSection(RoleOf(message.Groups[1].Value), template.Slice(content.Index, content.Length)));
        }

        return sections;
    }

    private static void AddSection(List<PromptFileSection> sections, PromptFileRole role, string text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        string body = text.Substring(start, end - start);
        if (body.Trim().Length == 0)
        {
            return;
        }

        sections.Add(new PromptFileSection(role, MappedText.Verbatim(body, start)));
    }

    /// <summary>Finds YAML front matter: a first line "---", then YAML, then a line "---".</summary>
    internal static bool FrontMatter(string text, out int yamlStart, out int yamlEnd, out int bodyStart)
    {
        yamlStart = yamlEnd = bodyStart = 0;
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!StartsWithMarker(text, start, out int firstLineEnd))
        {
            return false;
        }

        int lineStart = firstLineEnd;
        while (lineStart < text.Length)
        {
            if (StartsWithMarker(text, lineStart, out int lineEnd))
            {
                yamlStart = firstLineEnd;
                yamlEnd = lineStart;
                bodyStart = lineEnd;
                return true;
            }

            int newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return false;
    }

    /// <summary>True when a line "---" (trailing blanks allowed) starts at <paramref name="start"/>; <paramref name="next"/> is the next line's start.</summary>
    private static bool StartsWithMarker(string text, int start, out int next)
    {
        next = start;
        if (string.CompareOrdinal(text, start, "---", 0, 3) != 0)
        {
            return false;
        }

        int i = start + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }

        next = Math.Min(text.Length, i + 1);
        return true;
    }

    /// <summary>Prompty's model: <c>model: id</c>, or a model or deployment name in <c>model: configuration</c>.</summary>
    private static string? PromptyModel(YamlNode? frontMatter)
    {
        YamlNode? model = frontMatter?["model"];
        if (model is YamlScalar scalar)
        {
            return CleanModelId(scalar.Value);
        }

        if (model is null)
        {
            return null;
        }

        if (CleanModelId(model["id"]?.Value) is string id)
        {
            return id;
        }

        YamlNode? configuration = model["configuration"];
        foreach (string key in new[] { "model", "name", "model_id", "azure_deployment", "deployment" })
        {
            if (CleanModelId(configuration?[key]?.Value) is string value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The model_id of execution settings (<c>default</c> first, then the first service that names one).</summary>
    internal static string? ExecutionSettingsModel(YamlNode? settings)
    {
        if (settings is not YamlMapping mapping)
        {
            return null;
        }

        if (CleanModelId(mapping["default"]?["model_id"]?.Value) is string preferred)
        {
            return preferred;
        }

        foreach (KeyValuePair<string, YamlNode> service in mapping.Entries)
        {
            if (CleanModelId(service.Value["model_id"]?.Value) is string id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>A usable model id, or null for placeholders (${env:X}, &lt;your-deployment&gt;); drops a vendor prefix ("openai/gpt-4o").</summary>
    internal static string? CleanModelId(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string id = value.Trim();
        if (id.Length == 0 || id.Length > 100 || id.IndexOf("${", StringComparison.Ordinal) >= 0 || id.IndexOf('<') >= 0 || id.IndexOf('{') >= 0)
        {
            return null;
        }

        // GitHub Models ids ("openai/gpt-4.1") and Copilot names ("GPT-4o (copilot)").
        int slash = id.LastIndexOf('/');
        if (slash >= 0)
        {
            id = id.Substring(slash + 1);
        }

        int parenthesis = id.IndexOf(" (", StringComparison.Ordinal);
        if (parenthesis > 0)
        {
            id = id.Substring(0, parenthesis);
        }

        id = id.Trim();
        return id.Length == 0 ? null : id;
    }

    private static PromptFileRole RoleOf(string name) => name.ToLowerInvariant() switch
    {
        "system" => PromptFileRole.System,
        "developer" => PromptFileRole.Developer,
        "user" => PromptFileRole.User,
        "assistant" => PromptFileRole.Assistant,
        _ => PromptFileRole.Unknown,
    };

    private static bool IsYaml(string name) => name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsPromptYamlName(string name) => name.EndsWith(".prompt.yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".prompt.yml", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
