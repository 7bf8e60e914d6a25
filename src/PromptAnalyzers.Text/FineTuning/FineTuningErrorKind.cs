namespace PromptAnalyzers.Text.FineTuning;

/// <summary>Why a line of a fine-tuning dataset is rejected (PA3001).</summary>
public enum FineTuningErrorKind
{
    /// <summary>The line is not valid JSON (syntax error, truncated record, trailing text).</summary>
    InvalidJson,

    /// <summary>The line is valid JSON but not an object (an array, a string, a number...).</summary>
    NotObject,

    /// <summary>The record has no <c>messages</c> property.</summary>
    MessagesMissing,

    /// <summary><c>messages</c> is not an array.</summary>
    MessagesNotArray,

    /// <summary>An element of <c>messages</c> is not an object.</summary>
    MessageNotObject,

    /// <summary>A message has no <c>role</c>.</summary>
    RoleMissing,

    /// <summary>A message's <c>role</c> is not system, developer, user, assistant or tool.</summary>
    UnknownRole,

    /// <summary>A message has no <c>content</c> (allowed only on an assistant message with tool calls).</summary>
    MissingContent,

    /// <summary><c>content</c> is neither a string nor an array of content parts (or null where null is not allowed).</summary>
    InvalidContent,

    /// <summary><c>content</c> is an array whose parts are not valid content parts.</summary>
    InvalidContentPart,

    /// <summary>The example has no assistant message to learn from.</summary>
    NoAssistant,

    /// <summary>A message's <c>weight</c> is not 0 or 1.</summary>
    BadWeight,

    /// <summary>A blank line between records (trailing blank lines at the end of the file are fine).</summary>
    BlankLine,

    /// <summary>The line is too long to validate within the validator's memory bound.</summary>
    LineTooLong,

    /// <summary>A field the dataset's format requires is missing (a ShareGPT line without <c>conversations</c>...).</summary>
    FieldMissing,

    /// <summary>A field has the wrong type or a value the format does not allow.</summary>
    FieldInvalid,

    /// <summary>The dataset's format is not one the fine-tuning target accepts (reported once, on the first record).</summary>
    FormatNotAccepted,
}

/// <summary>Stable short codes of <see cref="FineTuningErrorKind"/>, as in diagnostics' properties and the corpus' EXPECTED.tsv.</summary>
public static class FineTuningErrorKindCodes
{
    public static string ToCode(this FineTuningErrorKind kind) => kind switch
    {
        FineTuningErrorKind.InvalidJson => "invalid_json",
        FineTuningErrorKind.NotObject => "not_object",
        FineTuningErrorKind.MessagesMissing => "messages_missing",
        FineTuningErrorKind.MessagesNotArray => "messages_not_array",
        FineTuningErrorKind.MessageNotObject => "message_not_object",
        FineTuningErrorKind.RoleMissing => "role_missing",
        FineTuningErrorKind.UnknownRole => "unknown_role",
        FineTuningErrorKind.MissingContent => "missing_content",
        FineTuningErrorKind.InvalidContent => "content_not_string",
        FineTuningErrorKind.InvalidContentPart => "invalid_content_part",
        FineTuningErrorKind.NoAssistant => "no_assistant",
        FineTuningErrorKind.BadWeight => "bad_weight",
        FineTuningErrorKind.BlankLine => "blank_line",
        FineTuningErrorKind.LineTooLong => "line_too_long",
        FineTuningErrorKind.FieldMissing => "field_missing",
        FineTuningErrorKind.FieldInvalid => "field_invalid",
        FineTuningErrorKind.FormatNotAccepted => "format_not_accepted",
        _ => "unknown",
    };
}
