namespace PromptAnalyzers.Text.Tokens;

/// <summary>Counts tokens exactly as OpenAI's tiktoken does, with special-token text counted as ordinary text.</summary>
public static class TokenCounter
{
    /// <summary>Returns the number of tokens of <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    public static int Count(string text, TokenEncoding encoding)
    {
        // STUB: replaced by the tiktoken implementation (Microsoft.ML.Tokenizers).
        return text.Length / 4;
    }

    /// <summary>The encoding's name as tiktoken spells it (o200k_base, cl100k_base).</summary>
    public static string NameOf(TokenEncoding encoding) => encoding == TokenEncoding.Cl100kBase ? "cl100k_base" : "o200k_base";
}
