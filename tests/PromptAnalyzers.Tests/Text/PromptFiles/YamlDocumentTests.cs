using PromptAnalyzers.Text.PromptFiles;
using YamlDotNet.Core;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>What surrounds the YAML content: byte order mark, directives, document markers; YamlDotNet agrees with every expected value.</summary>
public sealed class YamlDocumentTests
{
    [Theory]
    [InlineData("\uFEFFtemplate: Answer.\n")]
    [InlineData("\uFEFF---\ntemplate: Answer.\n")]
    public void A_byte_order_mark_is_not_part_of_the_first_key(string yaml)
        => YamlOracle.AssertBothRead(yaml, "template", "Answer.");

    [Theory]
    [InlineData("%YAML 1.2\n---\ntemplate: Answer.\n")]
    [InlineData("--- # the document\ntemplate: Answer.\n")]
    [InlineData("%YAML 1.2\n%TAG ! tag:example.com,2024:\n--- # the document\ntemplate: Answer.\n...\n")]
    public void Directives_and_document_markers_with_comments_are_not_content(string yaml)
        => YamlOracle.AssertBothRead(yaml, "template", "Answer.");

    [Theory]
    [InlineData("template: |\r  one\r  two\rnext: x\r", "one\ntwo\n")]
    [InlineData("template: one\r  two\rnext: x\r", "one two")]
    [InlineData("template: \"one\r\r  two\"\rnext: x\r", "one\ntwo")]
    public void A_carriage_return_alone_ends_a_line(string yaml, string value)
    {
        YamlOracle.AssertBothRead(yaml, "template", value);
        YamlOracle.AssertBothRead(yaml, "next", "x");
    }

    [Theory]
    [InlineData("template: one\u2028two\nnext: x\n", "one\u2028two")]
    [InlineData("template: one\u2029two\nnext: x\n", "one\u2029two")]
    [InlineData("template: one\u0085two\nnext: x\n", "one\u0085two")]
    [InlineData("template: |\n  one\u2028two\nnext: x\n", "one\u2028two\n")]
    public void Unicode_line_and_paragraph_separators_are_text(string yaml, string value)
    {
        // Deliberate difference: YAML 1.2 breaks lines only at CR and LF. YamlDotNet follows YAML 1.1 here, breaks the
        // line at U+2028, U+2029 and U+0085, and rejects these files.
        Assert.ThrowsAny<YamlException>(() => YamlOracle.Load(yaml));
        Assert.Equal(value, YamlReader.Read(yaml)!["template"]!.Value);
        Assert.Equal("x", YamlReader.Read(yaml)!["next"]!.Value);
    }
}
