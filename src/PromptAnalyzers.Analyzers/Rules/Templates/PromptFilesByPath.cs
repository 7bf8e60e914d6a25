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
/// Prompt files the code names by a constant path (<c>File.ReadAllText("Prompts/story.yaml")</c>,
/// <c>kernel.CreateFunctionFromPromptyFile("Prompts/chat.prompty")</c>): the one additional file whose path ends with it
/// (analyzers read files only as additional files). Each file is read and parsed once per compilation.
/// </summary>
internal sealed class PromptFilesByPath<T>
    where T : class
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly Func<string, T?> _parse;
    private readonly ConcurrentDictionary<AdditionalText, T?> _parsed = new();

    public PromptFilesByPath(AnalyzerOptions options, Func<string, bool> isCandidatePath, Func<string, T?> parse)
    {
        _files = options.AdditionalFiles.Where(f => isCandidatePath(f.Path)).ToImmutableArray();
        _parse = parse;
    }

    public bool Any => !_files.IsEmpty;

    /// <summary>The file a constant <paramref name="path"/> names: exactly one additional file whose path ends with it.</summary>
    public T? Find(string path, CancellationToken cancellationToken)
    {
        if (_files.IsEmpty)
        {
            return null;
        }

        string wanted = Normalize(path).TrimStart('.', '/');
        if (wanted.Length == 0)
        {
            return null;
        }

        var matches = _files.Where(f => Normalize(f.Path).EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        if (matches.Count != 1)
        {
            return null;
        }

        return _parsed.GetOrAdd(matches[0], file => file.GetText(cancellationToken)?.ToString() is string text ? _parse(text) : null);
    }

    /// <summary>The file that <paramref name="text"/> reads: <c>File.ReadAllText(path)</c> of a constant path, through a local written once.</summary>
    public T? ReadFile(IOperation text, CancellationToken cancellationToken)
        => ReadPath(text) is string path ? Find(path, cancellationToken) : null;

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

/// <summary>The prompt files the Semantic Kernel template checks read by path.</summary>
internal static class PromptFilesByPath
{
    /// <summary>Prompt YAML files (<c>*.yaml</c>, <c>*.yml</c>) for <c>CreateFunctionFromPromptYaml</c> / <c>FromPromptYaml</c>.</summary>
    public static PromptFilesByPath<PromptYamlTemplate> Yaml(AnalyzerOptions options) => new(
        options,
        path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase),
        PromptYamlTemplate.Read);

    /// <summary>Prompty files (<c>*.prompty</c>) for <c>CreateFunctionFromPromptyFile</c>, <c>CreateFunctionFromPrompty</c>, <c>FromPrompty</c>.</summary>
    public static PromptFilesByPath<PromptyTemplate> Prompty(AnalyzerOptions options) => new(
        options,
        path => path.EndsWith(".prompty", StringComparison.OrdinalIgnoreCase),
        PromptyTemplate.Read);
}
