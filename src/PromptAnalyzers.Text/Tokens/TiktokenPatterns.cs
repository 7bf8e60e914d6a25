namespace PromptAnalyzers.Text.Tokens;

/// <summary>
/// The pre-tokenization patterns of OpenAI's tiktoken (tiktoken_ext/openai_public.py), written for .NET's regex engine.
/// </summary>
/// <remarks>
/// tiktoken's cl100k_base pattern uses possessive quantifiers (<c>?+</c>, <c>++</c>), which .NET lacks; they are spelled
/// as atomic groups, which match the same text. <c>$</c> in .NET also matches before a final newline, but only after an
/// atomic <c>\s+</c> that has already consumed that newline, so it cannot match differently from tiktoken's end-of-text.
/// Both patterns see one char per code point. <see cref="TiktokenPreTokenizer"/> implements them by hand; the tests run these
/// patterns as the reference it must agree with.
/// </remarks>
internal static class TiktokenPatterns
{
    public const string O200kBase =
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|\p{N}{1,3}" +
        @"| ?[^\s\p{L}\p{N}]+[\r\n/]*" +
        @"|\s*[\r\n]+" +
        @"|\s+(?!\S)" +
        @"|\s+";

    public const string Cl100kBase =
        @"'(?i:[sdmt]|ll|ve|re)" +
        @"|(?>[^\r\n\p{L}\p{N}]?)(?>\p{L}+)" +
        @"|(?>\p{N}{1,3})" +
        @"| ?(?>[^\s\p{L}\p{N}]+)(?>[\r\n]*)" +
        @"|(?>\s+)$" +
        @"|\s*[\r\n]" +
        @"|\s+(?!\S)" +
        @"|\s";
}
