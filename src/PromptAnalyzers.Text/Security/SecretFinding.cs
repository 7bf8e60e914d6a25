using System.Globalization;

namespace PromptAnalyzers.Text.Security;

/// <summary>A secret found in a text: its kind and span. The secret itself is never kept whole.</summary>
public readonly struct SecretFinding
{
    /// <summary>Characters of a secret that a message may show.</summary>
    public const int PreviewLength = 4;

    public SecretFinding(SecretKind kind, int start, int length, string preview)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Preview = preview;
    }

    /// <summary>Which kind of secret the shape and entropy point to.</summary>
    public SecretKind Kind { get; }

    /// <summary>Offset of the secret's first character in the scanned text.</summary>
    public int Start { get; }

    /// <summary>Length of the secret in characters.</summary>
    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The first <see cref="PreviewLength"/> characters, or empty for a password.</summary>
    public string Preview { get; }

    /// <summary>"an OpenAI API key ('sk-p…', 51 characters)": the kind, and at most the first 4 characters and the length.</summary>
    public string Describe()
    {
        string length = Length.ToString("N0", CultureInfo.InvariantCulture) + " characters";
        return SecretKinds.Describe(Kind) + (Preview.Length > 0 ? " ('" + Preview + "…', " + length + ")" : " (" + length + ")");
    }

    internal static SecretFinding Create(SecretKind kind, string text, int start, int end)
    {
        string preview = SecretKinds.ShowsPrefix(kind) ? text.Substring(start, System.Math.Min(PreviewLength, end - start)) : string.Empty;
        return new SecretFinding(kind, start, end - start, preview);
    }
}
