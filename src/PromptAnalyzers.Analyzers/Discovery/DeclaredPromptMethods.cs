using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Methods the user declares as prompt sinks in prompt_analyzers.prompt_methods, e.g.
/// <c>MyApp.Llm.AskAsync(prompt) MyApp.Llm.Chat.Send(system, user)</c>: the fully qualified method and the prompt parameters.
/// </summary>
internal sealed class DeclaredPromptMethods
{
    private readonly Dictionary<IMethodSymbol, ImmutableHashSet<string>> _methods;

    private DeclaredPromptMethods(Dictionary<IMethodSymbol, ImmutableHashSet<string>> methods)
    {
        _methods = methods;
    }

    /// <summary>The simple method names a prompt_analyzers.prompt_methods value declares ("MyApp.Llm.AskAsync(prompt)" gives AskAsync).</summary>
    public static IEnumerable<string> MethodNames(string text)
    {
        foreach (var (qualified, dot, _) in Entries(text))
        {
            yield return qualified.Substring(dot + 1);
        }
    }

    /// <summary>
    /// Each well-formed "Namespace.Type.Method(parameters)" entry: the qualified method, its last dot and the parameter
    /// list. Entries may be separated by spaces, commas or ';' (an .editorconfig value ends at a ';' or '#', which starts a
    /// comment there, so spaces are the separator that survives every configuration file).
    /// </summary>
    private static IEnumerable<(string Qualified, int Dot, string Parameters)> Entries(string text)
    {
        foreach (Match entry in EntryPattern.Matches(text))
        {
            var qualified = entry.Groups["method"].Value;
            var dot = qualified.LastIndexOf('.');
            if (dot > 0 && dot < qualified.Length - 1)
            {
                yield return (qualified, dot, entry.Groups["parameters"].Value);
            }
        }
    }

    private static readonly Regex EntryPattern = new(@"(?<method>[\p{L}_][\p{L}\p{Nd}_.`]*)\s*\((?<parameters>[^()]*)\)", RegexOptions.CultureInvariant);

    public static DeclaredPromptMethods Parse(string text, Compilation compilation)
    {
        var methods = new Dictionary<IMethodSymbol, ImmutableHashSet<string>>(SymbolEqualityComparer.Default);
        foreach (var (qualified, dot, parameterList) in Entries(text))
        {
            var parameters = ImmutableHashSet.CreateRange(
                StringComparer.Ordinal,
                Array.ConvertAll(parameterList.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries), p => p.Trim()));
            if (parameters.IsEmpty)
            {
                continue;
            }

            var type = compilation.GetTypeByMetadataName(qualified.Substring(0, dot));
            if (type is null)
            {
                continue;
            }

            foreach (var member in type.GetMembers(qualified.Substring(dot + 1)))
            {
                if (member is IMethodSymbol method)
                {
                    methods[method] = methods.TryGetValue(method, out var existing) ? existing.Union(parameters) : parameters;
                }
            }
        }

        return new DeclaredPromptMethods(methods);
    }

    public bool TryGetParameters(IMethodSymbol method, out ImmutableHashSet<string> parameters)
    {
        if (_methods.Count == 0)
        {
            parameters = ImmutableHashSet<string>.Empty;
            return false;
        }

        return _methods.TryGetValue((method.ReducedFrom ?? method).OriginalDefinition, out parameters!);
    }
}
