using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// The prompt YAML a <c>CreateFunctionFromPromptYaml</c> / <c>KernelFunctionYaml.FromPromptYaml</c> call is given: the text
/// written in the code, or the additional file a <c>File.ReadAllText("Prompts/x.yaml")</c> names (matched by the end of its
/// path; analyzers read files only as additional files). Each file is read and parsed once per compilation.
/// </summary>
internal sealed class PromptYamlFiles
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly ConcurrentDictionary<AdditionalText, PromptYamlTemplate?> _parsed = new();

    public PromptYamlFiles(AnalyzerOptions options)
    {
        _files = options.AdditionalFiles.Where(f => f.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
    }

    /// <summary>The file a read of a constant path names: exactly one additional file whose path ends with it.</summary>
    public PromptYamlTemplate? ReadFile(IOperation text, CancellationToken cancellationToken)
    {
        if (ReadPath(text) is not string path || _files.IsEmpty)
        {
            return null;
        }

        string wanted = Normalize(path).TrimStart('.', '/');
        var matches = _files.Where(f => Normalize(f.Path).EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        if (matches.Count != 1)
        {
            return null;
        }

        return _parsed.GetOrAdd(matches[0], file => file.GetText(cancellationToken)?.ToString() is string yaml ? PromptYamlTemplate.Read(yaml) : null);
    }

    /// <summary>The constant path of <c>File.ReadAllText(path)</c> or <c>await File.ReadAllTextAsync(path)</c>, through a local written once.</summary>
    private static string? ReadPath(IOperation text)
    {
        text = LocalWrites.Unwrap(text);
        if (text is ILocalReferenceOperation reference && LocalWrites.SingleValue(reference.Local, LocalWrites.Root(reference)) is { } value)
        {
            text = LocalWrites.Unwrap(value);
        }

        if (text is IAwaitOperation awaited)
        {
            text = LocalWrites.Unwrap(awaited.Operation);
        }

        return text is IInvocationOperation { TargetMethod: { Name: "ReadAllText" or "ReadAllTextAsync", ContainingType: { Name: "File", ContainingNamespace: { Name: "IO", ContainingNamespace.Name: "System" } } } } read
            && read.Arguments.FirstOrDefault()?.Value.ConstantValue is { HasValue: true, Value: string path }
            ? path
            : null;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
