using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Text.Templates;

/// <summary>
/// The template of a Prompty file (<c>CreateFunctionFromPromptyFile</c>, <c>CreateFunctionFromPrompty</c>,
/// <c>KernelFunctionPrompty.FromPrompty</c>): the body after the YAML front matter, its format (<c>template:</c>, Liquid when
/// absent, as Semantic Kernel reads it), and the <c>inputs</c> a call may leave out.
/// </summary>
public sealed class PromptyTemplate
{
    /// <summary>Semantic Kernel's format when the front matter names none.</summary>
    private const string DefaultFormat = "liquid";

    private PromptyTemplate(string template, string? formatName, HashSet<string>? optional)
    {
        Template = template;
        FormatName = formatName;
        Optional = optional;
    }

    /// <summary>The template text (the body, role lines included).</summary>
    public string Template { get; }

    /// <summary>The template format name (<c>liquid</c>, <c>handlebars</c>...), or null when it is written in a shape not read.</summary>
    public string? FormatName { get; }

    /// <summary>
    /// Inputs given a <c>default</c> or a <c>sample</c>, or declared <c>required: false</c> (compared ignoring case); null when
    /// the samples are in another file (<c>sample: sample.json</c>), so which inputs have one is unknown.
    /// </summary>
    public HashSet<string>? Optional { get; }

    /// <summary>The template of <paramref name="text"/> (text without front matter is all template); null for blank text.</summary>
    public static PromptyTemplate? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!PromptFileParser.FrontMatter(text, out int yamlStart, out int yamlEnd, out int bodyStart))
        {
            return new PromptyTemplate(text, DefaultFormat, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        }

        // Front matter that is not a mapping of settings: which inputs have defaults is unknown.
        var header = YamlReader.Read(text, yamlStart, yamlEnd);
        return new PromptyTemplate(text.Substring(bodyStart), ReadFormatName(header?["template"]), header is YamlMapping ? OptionalInputs(header) : null);
    }

    /// <summary><c>template: liquid</c>, <c>template: { format: liquid }</c> or <c>template: { format: { kind: liquid } }</c>.</summary>
    private static string? ReadFormatName(YamlNode? template)
    {
        if (template is null)
        {
            return DefaultFormat;
        }

        if (template is YamlScalar scalar)
        {
            return scalar.Value;
        }

        var format = template["format"] ?? template["type"];
        return format is null ? DefaultFormat : format.Value ?? format["kind"]?.Value;
    }

    private static HashSet<string>? OptionalInputs(YamlNode header)
    {
        var optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (header["inputs"])
        {
            case YamlMapping byName:
                // inputs: { city: { type: string, default: Paris } } or the shorthand inputs: { city: string } (a type).
                foreach (var input in byName.Entries)
                {
                    AddIfOptional(optional, input.Key, input.Value);
                }

                break;
            case YamlSequence list:
                // inputs: [ { name: city, kind: string, default: Paris } ]
                foreach (var input in list.Items)
                {
                    if (input["name"]?.Value is string name)
                    {
                        AddIfOptional(optional, name, input);
                    }
                }

                break;
        }

        switch (header["sample"])
        {
            case YamlMapping samples:
                foreach (var sample in samples.Entries)
                {
                    optional.Add(sample.Key);
                }

                break;
            case YamlNode other when PromptYamlTemplate.HasValue(other):
                return null;
        }

        return optional;
    }

    private static void AddIfOptional(HashSet<string> optional, string name, YamlNode input)
    {
        if (input is YamlMapping && (PromptYamlTemplate.HasValue(input["default"]) || PromptYamlTemplate.HasValue(input["sample"]) || PromptYamlTemplate.IsFalse(input["required"])))
        {
            optional.Add(name);
        }
    }
}
