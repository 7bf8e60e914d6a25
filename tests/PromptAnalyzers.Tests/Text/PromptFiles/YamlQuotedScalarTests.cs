using PromptAnalyzers.Text.PromptFiles;
using YamlDotNet.Core;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>Single- and double-quoted YAML scalars as <see cref="YamlReader"/> reads them; YamlDotNet agrees with every expected value.</summary>
public sealed class YamlQuotedScalarTests
{
    [Theory]
    [InlineData("\"Caf\\u00e9 au lait\"", "Café au lait")]
    [InlineData("\"\\x41BC\"", "ABC")]
    [InlineData("\"\\U0001F600 emoji\"", "\U0001F600 emoji")]
    [InlineData("\"\\u00C9T\\u00C9 \\u20AC5\"", "ÉTÉ €5")]
    [InlineData("\"a \\\"quoted\\\" word\"", "a \"quoted\" word")]
    [InlineData("\"line\\nbreak\\ttab\\\\backslash\\/slash\"", "line\nbreak\ttab\\backslash/slash")]
    [InlineData("\"\\a\\b\\e\\f\\v\\0\\r\"", "\a\b\u001b\f\v\0\r")]
    [InlineData("\"\\ |\\_|\\N|\\L|\\P|\\\t\"", " |\u00a0|\u0085|\u2028|\u2029|\t")]
    public void Double_quoted_escapes_are_decoded(string scalar, string value)
        => YamlOracle.AssertBothRead("template: " + scalar + "\n", "template", value);

    [Theory]
    [InlineData("\"one long line \\\n  joined without a space\"", "one long line joined without a space")]
    [InlineData("\"keeps this space:\\ \n  and goes on\"", "keeps this space:  and goes on")]
    public void A_backslash_at_the_end_of_a_line_escapes_the_line_break_or_the_space_before_it(string scalar, string value)
        => YamlOracle.AssertBothRead("template: " + scalar + "\n", "template", value);

    [Theory]
    [InlineData("\"one\n  two\"", "one two")]
    [InlineData("\"one   \n  two\"", "one two")]
    [InlineData("\"one\n\n  two\"", "one\ntwo")]
    [InlineData("\"one\n  \n\n  two\"", "one\n\ntwo")]
    [InlineData("'one\n\n  it''s two'", "one\nit's two")]
    [InlineData("\"one\n  # not a comment\n  key: not a key\"", "one # not a comment key: not a key")]
    public void Quoted_scalars_fold_line_breaks_and_keep_blank_lines_as_newlines(string scalar, string value)
        => YamlOracle.AssertBothRead("template: " + scalar + "\nnext: x\n", "template", value);

    [Theory]
    [InlineData("'it''s': single\n", "it's", "single")]
    [InlineData("\"say \\\"hi\\\"\": double\n", "say \"hi\"", "double")]
    [InlineData("\"key with: colon\": value\n", "key with: colon", "value")]
    [InlineData("'template'  : spaced\n", "template", "spaced")]
    public void Quoted_keys_are_decoded_like_quoted_values(string yaml, string key, string value)
        => YamlOracle.AssertBothRead(yaml + "next: x\n", key, value);

    [Theory]
    [InlineData("template: \"Where is my ord\nmessages:\n  - role: user\n")]
    [InlineData("template: 'Where is my ord\n\nmessages:\n  - role: user\n")]
    public void An_unclosed_quote_ends_before_the_next_key_of_its_mapping(string yaml)
    {
        // Half-typed: YamlDotNet rejects the file; the reader keeps the keys after the open quote.
        Assert.ThrowsAny<YamlException>(() => YamlOracle.Load(yaml));
        var root = YamlReader.Read(yaml)!;
        Assert.Equal("Where is my ord", root["template"]!.Value);
        Assert.Equal("user", root["messages"]!.Items[0]["role"]!.Value);
    }
}
