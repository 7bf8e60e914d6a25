using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// The <c>skprompt.txt</c> of a Semantic Kernel prompt directory (<c>Plugins/WriterPlugin/ShortPoem/skprompt.txt</c>) that
/// <c>kernel.InvokeAsync("WriterPlugin", "ShortPoem", arguments)</c> renders: the one additional file whose path ends with
/// the plugin and function names (the package passes <c>skprompt.txt</c> files as additional files). Each file is read
/// once per compilation.
/// </summary>
internal sealed class PromptDirectoryFiles
{
    private const string TemplateFileName = "skprompt.txt";

    private readonly ImmutableArray<AdditionalText> _files;
    private readonly ConcurrentDictionary<AdditionalText, string?> _texts = new();

    public PromptDirectoryFiles(AnalyzerOptions options)
    {
        _files = options.AdditionalFiles.Where(f => Normalize(f.Path).EndsWith("/" + TemplateFileName, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
    }

    /// <summary>True when the compilation has any <c>skprompt.txt</c> additional file.</summary>
    public bool Any => !_files.IsEmpty;

    /// <summary>
    /// The template of function <paramref name="functionName"/> of plugin <paramref name="pluginName"/> (null: any plugin, as
    /// the kernel searches them all), when exactly one prompt directory has those names; else null.
    /// </summary>
    public string? Template(string? pluginName, string functionName, CancellationToken cancellationToken)
    {
        if (_files.IsEmpty || functionName.Length == 0)
        {
            return null;
        }

        string suffix = (pluginName is null ? string.Empty : "/" + pluginName) + "/" + functionName + "/" + TemplateFileName;
        var matches = _files.Where(f => Normalize(f.Path).EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? _texts.GetOrAdd(matches[0], file => file.GetText(cancellationToken)?.ToString()) : null;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
