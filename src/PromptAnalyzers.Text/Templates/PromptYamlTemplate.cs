using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// The template of a Semantic Kernel prompt YAML function (<c>CreateFunctionFromPromptYaml</c>, <c>KernelFunctionYaml.FromPromptYaml</c>):
/// <c>template</c>, <c>template_format</c>, and the <c>input_variables</c> a call may leave out (a <c>default</c>, or
/// <c>is_required: false</c>).
/// </summary>
public sealed class PromptYamlTemplate
{
    private PromptYamlTemplate(string template, string? formatName, HashSet<string> optional)
    {
        Template = template;
        FormatName = formatName;
        Optional = optional;
    }

    public string Template { get; }

    /// <summary>The <c>template_format</c> value, or null for Semantic Kernel's default.</summary>
    public string? FormatName { get; }

    /// <summary>Input variables given a default or declared not required (compared ignoring case).</summary>
    public HashSet<string> Optional { get; }

    /// <summary>The template of <paramref name="yaml"/>, or null when it is not a prompt YAML function with a template.</summary>
    public static PromptYamlTemplate? Read(string yaml)
    {
        if (YamlReader.Read(yaml) is not YamlMapping root || root["template"]?.Value is not string template)
        {
            return null;
        }

        var optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in root["input_variables"]?.Items ?? Array.Empty<YamlNode>())
        {
            if (variable["name"]?.Value is string name && (HasValue(variable["default"]) || IsFalse(variable["is_required"])))
            {
                optional.Add(name);
            }
        }

        return new PromptYamlTemplate(template, root["template_format"]?.Value, optional);
    }

    /// <summary>True for a YAML value that is present and not null.</summary>
    internal static bool HasValue(YamlNode? value) => value is not null && value.Value is not ("~" or "null" or "Null" or "NULL");

    internal static bool IsFalse(YamlNode? value) => value?.Value is "false" or "False" or "FALSE";
}
