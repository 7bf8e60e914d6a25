using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// The template of a Semantic Kernel prompt YAML function (<c>CreateFunctionFromPromptYaml</c>, <c>KernelFunctionYaml.FromPromptYaml</c>):
/// <c>template</c>, <c>template_format</c>, and the <c>input_variables</c> that carry a <c>default</c>.
/// </summary>
public sealed class PromptYamlTemplate
{
    private PromptYamlTemplate(string template, string? formatName, HashSet<string> defaults)
    {
        Template = template;
        FormatName = formatName;
        Defaults = defaults;
    }

    public string Template { get; }

    /// <summary>The <c>template_format</c> value, or null for Semantic Kernel's default.</summary>
    public string? FormatName { get; }

    /// <summary>Input variables given a default (compared ignoring case).</summary>
    public HashSet<string> Defaults { get; }

    /// <summary>The template of <paramref name="yaml"/>, or null when it is not a prompt YAML function with a template.</summary>
    public static PromptYamlTemplate? Read(string yaml)
    {
        if (YamlReader.Read(yaml) is not YamlMapping root || root["template"]?.Value is not string template)
        {
            return null;
        }

        var defaults = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in root["input_variables"]?.Items ?? Array.Empty<YamlNode>())
        {
            if (variable["name"]?.Value is string name && variable["default"] is { } value && !IsNull(value))
            {
                defaults.Add(name);
            }
        }

        return new PromptYamlTemplate(template, root["template_format"]?.Value, defaults);
    }

    private static bool IsNull(YamlNode value) => value.Value is "~" or "null" or "Null" or "NULL";
}
