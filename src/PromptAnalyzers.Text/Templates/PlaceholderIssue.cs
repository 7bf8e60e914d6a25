namespace PromptAnalyzers.Text.Templates;

public enum PlaceholderIssueKind
{
    /// <summary><c>{{</c> with no <c>}}</c> after it: the engine renders it as text or fails.</summary>
    Unclosed,

    /// <summary>
    /// A placeholder in another syntax than the template's: <c>{city}</c> or <c>{$city}</c> beside <c>{{$x}}</c>, or
    /// <c>{{$city}}</c> in a Handlebars or Liquid template. The engine leaves it as literal text (or fails on it).
    /// </summary>
    ForeignSyntax,
}

/// <summary>A placeholder the template's engine will not fill as written.</summary>
public readonly struct PlaceholderIssue
{
    public PlaceholderIssue(PlaceholderIssueKind kind, int offset, string text, string? name)
    {
        Kind = kind;
        Offset = offset;
        Text = text;
        Name = name;
    }

    public PlaceholderIssueKind Kind { get; }

    public int Offset { get; }

    /// <summary>The placeholder as written (up to its end, or a short run for an unclosed one).</summary>
    public string Text { get; }

    /// <summary>The variable the placeholder names, when it names one.</summary>
    public string? Name { get; }
}
