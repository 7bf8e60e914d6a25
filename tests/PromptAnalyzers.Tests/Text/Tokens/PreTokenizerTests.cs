using System.Text;
using PromptAnalyzers.Text.Tokens;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens;

/// <summary>The hand-written pre-tokenizers split every text exactly as tiktoken's patterns do (run by .NET's regex engine).</summary>
public class PreTokenizerTests
{
    public static TheoryData<TokenEncoding> Encodings => new() { TokenEncoding.O200kBase, TokenEncoding.Cl100kBase };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Corpus_and_edge_case_texts_split_as_the_pattern_does(TokenEncoding encoding)
    {
        var (handWritten, reference) = PreTokenizers(encoding);
        foreach (var text in TokenTestData.Corpus().Concat(TokenTestData.EdgeCases()).Select(c => c.Text))
        {
            AssertSameSplit(handWritten, reference, text);
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Random_text_over_every_class_splits_as_the_pattern_does(TokenEncoding encoding)
    {
        // Letters of each case and category (astral ones too), marks, digits of each kind, every kind of white space and
        // line break, contraction letters in both cases (and the long s and Kelvin sign, which case folding could equate with s, k),
        // punctuation, '/', apostrophes, emoji, lone surrogates.
        string[] alphabet =
        {
            "a", "b", "Z", "Q", "s", "S", "\u017F", "t", "T", "r", "R", "e", "E", "v", "V", "m", "M", "l", "L", "d", "D", "k", "\u212A", "\u0130",
            "é", "É", "\u01C5", "\u02B0", "\u05D0", "中", "\u0301", "\u0903", "\u20DD", "0", "7", "\u0663", "\u2160", "\u00B2",
            " ", " ", " ", "\t", "\r", "\n", "\v", "\f", "\u0085", "\u00A0", "\u2003", "\u2028", "\u2029", "\u3000", "\u180E",
            "'", "'", "\u2019", "/", "!", ".", ",", "-", "_", "$", "<|", "|>", "\u200D", "\uFFFD",
            "\U0001D400", "\U0001D41A", "\U0001D7D9", "\U00020000", "😀", "👍🏽", "\uD800", "\uDC00",
        };
        var (handWritten, reference) = PreTokenizers(encoding);
        var random = new Random(20261206);
        var text = new StringBuilder();
        for (int i = 0; i < 30_000; i++)
        {
            text.Clear();
            int length = 1 + random.Next(24);
            for (int k = 0; k < length; k++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertSameSplit(handWritten, reference, text.ToString());
        }
    }

    [Fact]
    public void Empty_text_has_no_piece()
    {
        Assert.Empty(new O200kPreTokenizer().PreTokenize(string.Empty));
        Assert.Empty(new Cl100kPreTokenizer().PreTokenize(string.Empty));
    }

    private static (TiktokenPreTokenizer HandWritten, RegexPreTokenizer Reference) PreTokenizers(TokenEncoding encoding)
        => encoding == TokenEncoding.O200kBase
            ? (new O200kPreTokenizer(), new RegexPreTokenizer(TiktokenPatterns.O200kBase))
            : (new Cl100kPreTokenizer(), new RegexPreTokenizer(TiktokenPatterns.Cl100kBase));

    private static void AssertSameSplit(TiktokenPreTokenizer handWritten, RegexPreTokenizer reference, string text)
    {
        var expected = reference.PreTokenize(text).ToArray();
        var actual = handWritten.PreTokenize(text).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{Escape(text)}: expected {Pieces(text, expected)}, got {Pieces(text, actual)}");
        }
    }

    private static string Pieces(string text, (int Offset, int Length)[] pieces)
        => string.Join(" | ", pieces.Select(p => Escape(text.Substring(p.Offset, p.Length))));

    private static string Escape(string text)
        => string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
