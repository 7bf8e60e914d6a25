using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.PromptFiles;

/// <summary>A node of the small YAML subset prompt files use: mappings, sequences and scalars (plain, quoted, block).</summary>
public abstract class YamlNode
{
    /// <summary>The scalar's text, or null for a mapping or sequence.</summary>
    public virtual string? Value => null;

    /// <summary>The value under <paramref name="key"/> when this is a mapping (keys compare ignoring case), else null.</summary>
    public virtual YamlNode? this[string key] => null;

    /// <summary>The items when this is a sequence, else empty.</summary>
    public virtual IReadOnlyList<YamlNode> Items => Array.Empty<YamlNode>();
}

/// <summary>A scalar value, mapped to the file.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(MappedText text, bool isBlock)
    {
        Text = text;
        IsBlock = isBlock;
    }

    public MappedText Text { get; }

    /// <summary>True for a literal (|) or folded (&gt;) block scalar.</summary>
    public bool IsBlock { get; }

    public override string? Value => Text.Text;
}

/// <summary>A mapping, in file order.</summary>
public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<string, YamlNode>> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries { get; }

    public override YamlNode? this[string key]
    {
        get
        {
            foreach (KeyValuePair<string, YamlNode> entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}

/// <summary>A sequence.</summary>
public sealed class YamlSequence : YamlNode
{
    private readonly IReadOnlyList<YamlNode> _items;

    public YamlSequence(IReadOnlyList<YamlNode> items)
    {
        _items = items;
    }

    public override IReadOnlyList<YamlNode> Items => _items;
}
