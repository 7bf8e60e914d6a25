using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Discovery;

/// <summary>Where a prompt's text goes in the conversation.</summary>
public enum PromptRole
{
    /// <summary>System or instructions text (also OpenAI's developer role and agent instructions).</summary>
    System,

    /// <summary>Developer message (OpenAI's successor of the system role).</summary>
    Developer,

    /// <summary>A user turn or the user input of a single-shot call.</summary>
    User,

    /// <summary>A hardcoded assistant turn (few-shot examples).</summary>
    Assistant,

    /// <summary>A prompt template with variables (Semantic Kernel, Handlebars, Liquid).</summary>
    Template,

    /// <summary>Text handed to a user-declared prompt method or a message whose role is not known statically.</summary>
    Unknown,
}

internal static class PromptRoleExtensions
{
    /// <summary>The label a diagnostic message starts with.</summary>
    public static string Describe(this PromptRole role) => role switch
    {
        PromptRole.System => "System prompt",
        PromptRole.Developer => "Developer prompt",
        PromptRole.User => "User prompt",
        PromptRole.Assistant => "Assistant message",
        PromptRole.Template => "Prompt template",
        _ => "Prompt",
    };

    /// <summary>Maps a role name as SDKs spell it (ChatRole.System, AuthorRole.User, "assistant"...).</summary>
    public static PromptRole? FromName(string? name)
    {
        switch (name?.ToLowerInvariant())
        {
            case "system":
                return PromptRole.System;
            case "developer":
                return PromptRole.Developer;
            case "user":
                return PromptRole.User;
            case "assistant":
                return PromptRole.Assistant;
            default:
                return null;
        }
    }

    /// <summary>The role a section of a prompt file (or of a prompt file written inline) has in the conversation.</summary>
    public static PromptRole ToPromptRole(this PromptFileRole role) => role switch
    {
        PromptFileRole.System => PromptRole.System,
        PromptFileRole.Developer => PromptRole.Developer,
        PromptFileRole.User => PromptRole.User,
        PromptFileRole.Assistant => PromptRole.Assistant,
        PromptFileRole.Template => PromptRole.Template,
        _ => PromptRole.Unknown,
    };
}
