using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Tokens;

/// <summary>A function tool as the model is told about it: name, description and parameters (JSON schema properties).</summary>
public sealed class ToolDefinition
{
    public ToolDefinition(string name, string description, IReadOnlyList<ToolParameter> parameters)
    {
        Name = name ?? string.Empty;
        Description = description ?? string.Empty;
        Parameters = parameters ?? Array.Empty<ToolParameter>();
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<ToolParameter> Parameters { get; }
}

/// <summary>One property of a function's parameter schema.</summary>
public sealed class ToolParameter
{
    public ToolParameter(string name, string type, string description, IReadOnlyList<string>? enumValues = null)
    {
        Name = name ?? string.Empty;
        Type = type ?? string.Empty;
        Description = description ?? string.Empty;
        EnumValues = enumValues ?? Array.Empty<string>();
    }

    public string Name { get; }

    /// <summary>The JSON schema type: string, integer, number, boolean, array, object.</summary>
    public string Type { get; }

    public string Description { get; }

    public IReadOnlyList<string> EnumValues { get; }
}
