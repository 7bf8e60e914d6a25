using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// The <c>skprompt.txt</c> of a Semantic Kernel prompt directory (<c>Plugins/WriterPlugin/ShortPoem/skprompt.txt</c>) that
/// <c>kernel.InvokeAsync("WriterPlugin", "ShortPoem", arguments)</c> renders: the one additional file whose path ends with
/// the plugin and function names (the package passes <c>skprompt.txt</c> files as additional files, and the
/// <c>config.json</c> beside each, which holds the defaults of its input variables). Each file is read once per compilation.
/// </summary>
internal sealed class PromptDirectoryFiles
{
    private const string TemplateFileName = "skprompt.txt";
    private const string ConfigFileName = "config.json";

    private readonly ImmutableArray<AdditionalText> _templates;
    private readonly ImmutableDictionary<string, AdditionalText> _configs;
    private readonly ConcurrentDictionary<AdditionalText, PromptDirectory?> _directories = new();

    public PromptDirectoryFiles(AnalyzerOptions options)
    {
        _templates = options.AdditionalFiles.Where(f => HasFileName(f, TemplateFileName)).ToImmutableArray();
        _configs = _templates.IsEmpty
            ? ImmutableDictionary<string, AdditionalText>.Empty
            : options.AdditionalFiles.Where(f => HasFileName(f, ConfigFileName))
                .GroupBy(f => DirectoryOf(f.Path), StringComparer.OrdinalIgnoreCase)
                .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the compilation has any <c>skprompt.txt</c> additional file.</summary>
    public bool Any => !_templates.IsEmpty;

    /// <summary>
    /// The prompt directory of function <paramref name="functionName"/> of plugin <paramref name="pluginName"/> (null: any
    /// plugin, as the kernel searches them all), when exactly one has those names; else null.
    /// </summary>
    public PromptDirectory? Find(string? pluginName, string functionName, CancellationToken cancellationToken)
    {
        if (_templates.IsEmpty || functionName.Length == 0)
        {
            return null;
        }

        string suffix = (pluginName is null ? string.Empty : "/" + pluginName) + "/" + functionName + "/" + TemplateFileName;
        var matches = _templates.Where(f => Normalize(f.Path).EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? _directories.GetOrAdd(matches[0], file => Read(file, cancellationToken)) : null;
    }

    private PromptDirectory? Read(AdditionalText templateFile, CancellationToken cancellationToken)
    {
        if (templateFile.GetText(cancellationToken)?.ToString() is not string template)
        {
            return null;
        }

        HashSet<string>? optional = _configs.TryGetValue(DirectoryOf(templateFile.Path), out var configFile) && configFile.GetText(cancellationToken)?.ToString() is string json
            ? PromptConfigJson.OptionalVariables(json)
            : null;
        return new PromptDirectory(template, optional);
    }

    private static bool HasFileName(AdditionalText file, string name)
    {
        string path = Normalize(file.Path);
        return path.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase) || string.Equals(path, name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The directory part of <paramref name="path"/>, with forward slashes.</summary>
    private static string DirectoryOf(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
