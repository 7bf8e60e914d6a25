using System.Text.Json;

namespace PromptAnalyzers.Tests.Text.Tokens.HuggingFace;

/// <summary>
/// A byte-level BPE tokenizer.json (GPT-2 pre-tokenizer) with sixteen merges, small enough to count by hand. Worked out by
/// hand and checked with Hugging Face's tokenizers.js: "assistant" merges into 1 token (s t, a n, an t, s i, a s, as si,
/// assi st, assist ant); "the cat sat on the mat" into 11: t|he, Ġcat, Ġ|s|at, Ġon, Ġthe, Ġ|m|at.
/// </summary>
internal static class HandMadeTokenizer
{
    public const string CountedText = "the cat sat on the mat";

    public const int CountedTextTokens = 11;

    /// <summary>Tokens of "assistant", the role a plain-text example is trained as.</summary>
    public const int AssistantTokens = 1;

    public static string Json()
    {
        string[] merges = ["s t", "a n", "an t", "s i", "a s", "as si", "assi st", "assist ant", "Ġ t", "h e", "Ġt he", "Ġ c", "a t", "Ġc at", "o n", "Ġ on"];
        var vocab = new Dictionary<string, int>();
        for (int b = 0, next = 256; b < 256; b++)
        {
            // GPT-2's bytes_to_unicode: printable bytes stand for themselves, the rest for U+0100 onwards.
            bool printable = (b >= 33 && b <= 126) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            vocab[((char)(printable ? b : next++)).ToString()] = b;
        }

        foreach (string merge in merges)
        {
            vocab[merge.Replace(" ", string.Empty, StringComparison.Ordinal)] = vocab.Count;
        }

        return JsonSerializer.Serialize(new
        {
            version = "1.0",
            added_tokens = Array.Empty<object>(),
            normalizer = (object?)null,
            pre_tokenizer = new { type = "ByteLevel", add_prefix_space = false, trim_offsets = true, use_regex = true },
            model = new { type = "BPE", vocab, merges },
        });
    }
}
