using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>A variable a template reads, at its first place in the template text.</summary>
public readonly struct TemplateVariable
{
    public TemplateVariable(string name, int offset)
    {
        Name = name;
        Offset = offset;
    }

    public string Name { get; }

    /// <summary>Offset of the placeholder that reads it in the template text.</summary>
    public int Offset { get; }
}

/// <summary>What a template reads from its arguments, and the placeholders written in a syntax its engine will not fill.</summary>
public sealed class TemplateVariables
{
    private readonly Dictionary<string, TemplateVariable> _required = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _mentioned = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _defined = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TemplateVariable> _requiredInOrder = new();
    private readonly List<PlaceholderIssue> _issues = new();

    /// <summary>
    /// Variables the template renders unconditionally in its own scope: a value must come from the call. Names read only
    /// inside a loop or a <c>with</c> block (possibly an item's property), only as a condition, or with a default filter are
    /// mentioned but not required.
    /// </summary>
    public IReadOnlyList<TemplateVariable> Required => _requiredInOrder;

    /// <summary>
    /// True when the template calls something that receives every argument (a Semantic Kernel function call
    /// <c>{{plugin.fn}}</c>, a kernel-function helper or partial in Handlebars): an argument the text never names may still be read.
    /// </summary>
    public bool PassesAllArguments { get; internal set; }

    /// <summary>Placeholders the engine will not fill as written (mixed syntaxes, unclosed <c>{{</c>).</summary>
    public IReadOnlyList<PlaceholderIssue> Issues => _issues;

    /// <summary>True when the template names <paramref name="name"/> anywhere, as a variable, a function, or a misspelt placeholder.</summary>
    public bool Mentions(string name) => _mentioned.Contains(name) || _defined.Contains(name);

    /// <summary>Names the template reads or mentions, for suggesting the nearest one to a misspelt argument.</summary>
    public IEnumerable<string> MentionedNames => _mentioned;

    public static TemplateVariables Read(string template, TemplateSyntax syntax) => syntax switch
    {
        TemplateSyntax.Handlebars => HandlebarsTemplateReader.Read(template),
        TemplateSyntax.Liquid => LiquidTemplateReader.Read(template),
        _ => SemanticKernelTemplateReader.Read(template),
    };

    internal void Require(string name, int offset)
    {
        _mentioned.Add(name);
        if (!_required.ContainsKey(name))
        {
            var variable = new TemplateVariable(name, offset);
            _required.Add(name, variable);
            _requiredInOrder.Add(variable);
        }
    }

    internal void Mention(string name) => _mentioned.Add(name);

    /// <summary>A name the template assigns itself (<c>{% assign x = ... %}</c>, a loop variable): never required.</summary>
    internal void Define(string name) => _defined.Add(name);

    internal void Report(PlaceholderIssue issue) => _issues.Add(issue);

    /// <summary>Drops required names the template defines itself; called once the whole text is read.</summary>
    internal TemplateVariables Complete()
    {
        if (_defined.Count > 0)
        {
            _requiredInOrder.RemoveAll(v => _defined.Contains(v.Name));
        }

        return this;
    }
}
