using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>Literal (|) and folded (&gt;) YAML block scalars as <see cref="YamlReader"/> reads them; YamlDotNet agrees with every expected value.</summary>
public sealed class YamlBlockScalarTests
{
    [Theory]
    [InlineData("|\n  text\n\n\n", "text\n")]
    [InlineData("|-\n  text\n\n\n", "text")]
    [InlineData("|+\n  text\n\n\n", "text\n\n\n")]
    [InlineData(">\n  folded\n  text\n\n", "folded text\n")]
    [InlineData(">-\n  folded\n  text\n\n", "folded text")]
    [InlineData(">+\n  folded\n  text\n\n", "folded text\n\n")]
    [InlineData("|+\n  text\n  \n", "text\n\n")]
    [InlineData("|2-\n   one\n  two\n", " one\ntwo")]
    [InlineData("|-2\n   one\n  two\n", " one\ntwo")]
    [InlineData("|\n", "")]
    [InlineData("|+\n\n\n", "\n\n")]
    public void Chomping_indicators_decide_the_trailing_line_breaks(string block, string value)
        => YamlOracle.AssertBothRead("template: " + block + "next: x\n", "template", value);

    [Theory]
    [InlineData("|+\n  the end\n\n", "the end\n\n")]
    [InlineData("|+\n  the end\n", "the end\n")]
    [InlineData("|\n  the end\n\n", "the end\n")]
    [InlineData("|\n  the end", "the end")]
    [InlineData("|+\n  the end", "the end")]
    public void Chomping_applies_at_the_end_of_the_document(string block, string value)
        => YamlOracle.AssertBothRead("template: " + block, "template", value);

    [Theory]
    [InlineData("|\n  ends with spaces   \n  next\n", "ends with spaces   \nnext\n")]
    [InlineData("|\n  first\n    \n  after a line of spaces\n", "first\n  \nafter a line of spaces\n")]
    [InlineData("|\n  a\n  \tb\n", "a\n\tb\n")]
    public void A_literal_block_keeps_spaces_beyond_its_indentation(string block, string value)
        => YamlOracle.AssertBothRead("template: " + block + "next: x\n", "template", value);

    [Theory]
    [InlineData(">\n  one\n  two\n\n  three\n", "one two\nthree\n")]
    [InlineData(">\n  Use:\n    - one\n    - two\n  Done.\n", "Use:\n  - one\n  - two\nDone.\n")]
    [InlineData(">\n  text\n\n    code\n\n  text\n", "text\n\n  code\n\ntext\n")]
    [InlineData(">\n\n  after a blank line\n", "\nafter a blank line\n")]
    public void A_folded_block_joins_lines_but_keeps_more_indented_lines_apart(string block, string value)
        => YamlOracle.AssertBothRead("template: " + block + "next: x\n", "template", value);

    [Theory]
    [InlineData("|\n\n     \n  \n", "")]
    [InlineData("|-\n\n     \n", "")]
    [InlineData("|+\n\n     \n  \n", "\n\n\n")]
    [InlineData(">+\n\n\n", "\n\n")]
    public void A_block_of_only_empty_lines_has_no_text_whatever_their_spaces(string block, string value)
        => YamlOracle.AssertBothRead("template: " + block + "next: x\n", "template", value);
}
