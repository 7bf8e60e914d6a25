using System.Collections.Generic;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// A prompt directory's template and the input variables its <c>config.json</c> lets a call leave out (null when there is
/// no <c>config.json</c> additional file beside it, or it is not valid JSON: defaults unknown).
/// </summary>
internal sealed class PromptDirectory
{
    public PromptDirectory(string template, HashSet<string>? optional)
    {
        Template = template;
        Optional = optional;
    }

    public string Template { get; }

    public HashSet<string>? Optional { get; }
}
