using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>Plain (unquoted) YAML scalars as <see cref="YamlReader"/> reads them; YamlDotNet agrees with every expected value.</summary>
public sealed class YamlPlainScalarTests
{
    [Theory]
    [InlineData("template: one\n  two\n", "one two")]
    [InlineData("template: one\n  two\n\n  three\n", "one two\nthree")]
    [InlineData("template: one\n\n\n  two\n", "one\n\ntwo")]
    [InlineData("template: one\n    \n  two\n", "one\ntwo")]
    public void Blank_lines_inside_a_plain_scalar_are_line_breaks(string yaml, string value)
    {
        YamlOracle.AssertBothRead(yaml + "next: x\n", "template", value);
        YamlOracle.AssertBothRead(yaml + "next: x\n", "next", "x");
    }

    [Theory]
    [InlineData("template:\n  one\n  two\n", "one two")]
    [InlineData("template:\n  one # comment\n", "one")]
    [InlineData("template:\n  \"quoted\\non the next line\"\n", "quoted\non the next line")]
    [InlineData("template:\n  'single'\n", "single")]
    public void A_scalar_may_start_on_the_line_after_its_key(string yaml, string value)
        => YamlOracle.AssertBothRead(yaml + "next: x\n", "template", value);

    [Theory]
    [InlineData("template: ends with a no-break space\u00a0\n", "ends with a no-break space\u00a0")]
    [InlineData("template: ideographic\u3000\n", "ideographic\u3000")]
    [InlineData("template: \u00a0starts with one\n", "\u00a0starts with one")]
    public void Only_spaces_and_tabs_are_trimmed(string yaml, string value)
        => YamlOracle.AssertBothRead(yaml, "template", value);
}
