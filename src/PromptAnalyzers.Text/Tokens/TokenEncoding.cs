namespace PromptAnalyzers.Text.Tokens;

/// <summary>The tiktoken encodings the package counts with.</summary>
public enum TokenEncoding
{
    /// <summary>o200k_base: gpt-4o, gpt-4.1, gpt-5, o1/o3/o4 families.</summary>
    O200kBase,

    /// <summary>cl100k_base: gpt-4, gpt-3.5-turbo, text-embedding-3.</summary>
    Cl100kBase,
}
