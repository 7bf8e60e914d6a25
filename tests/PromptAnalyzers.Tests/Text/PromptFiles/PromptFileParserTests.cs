using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

public sealed class PromptFileParserTests
{
    [Theory]
    [InlineData("{{$input}}", 1)]
    [InlineData("{{input}}", 1)]
    [InlineData("{{ input }}", 1)]
    [InlineData("{{#each items}}x{{/each}}", 2)]
    [InlineData("{{{raw}}}", 1)]
    [InlineData("{{memory.ask $q}}", 1)]
    [InlineData("{{SearchPlugin.Search $query}}", 1)]
    [InlineData("{% for d in docs %}{{d.text}}{% endfor %}", 3)]
    [InlineData("{# a comment #}", 1)]
    [InlineData("${input:topic} and ${selection}", 2)]
    public void Template_syntax_is_a_hole(string template, int holes)
    {
        var parsed = TemplateText.Parse("Answer: " + template);
        Assert.Equal(holes, parsed.HoleCount);
        Assert.DoesNotContain("{{", parsed.StaticText, StringComparison.Ordinal);
        Assert.DoesNotContain("${", parsed.StaticText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Use JSON like {\"a\": 1}.")]
    [InlineData("Unclosed {{ brace")]
    [InlineData("Costs $5 {not a hole}")]
    public void Text_that_is_not_template_syntax_stays(string text)
    {
        var parsed = TemplateText.Parse(text);
        Assert.Equal(0, parsed.HoleCount);
        Assert.Equal(text, parsed.StaticText);
    }

    [Fact]
    public void Yaml_block_scalars_quoted_scalars_and_sequences_map_back_to_the_file()
    {
        const string yaml = "name: x\ntemplate: |\n  line one\n    indented\n\n  line three\nquoted: \"a\\nb\"\nsingle: 'it''s'\nfolded: >\n  one\n  two\nitems:\n- role: system\n  content: hi # comment\n- plain\n";
        var root = YamlReader.Read(yaml)!;
        var template = Assert.IsType<YamlScalar>(root["template"]);
        Assert.Equal("line one\n  indented\n\nline three\n", template.Value);
        Assert.Equal(yaml.IndexOf("indented", StringComparison.Ordinal), template.Text.ToFile(template.Value!.IndexOf("indented", StringComparison.Ordinal)));
        Assert.Equal("a\nb", root["quoted"]!.Value);
        Assert.Equal("it's", root["single"]!.Value);
        Assert.Equal("one two\n", root["folded"]!.Value);
        Assert.Equal(2, root["items"]!.Items.Count);
        Assert.Equal("system", root["items"]!.Items[0]["role"]!.Value);
        Assert.Equal("hi", root["items"]!.Items[0]["content"]!.Value);
        Assert.Equal("plain", root["items"]!.Items[1].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("---\nmodel: [unclosed\n  - : :\n---\nsystem:\n")]
    [InlineData("template: |\n")]
    [InlineData("template: \"unterminated\nmessages:\n  - role:\n")]
    [InlineData("- - - -\n  - :\n\t\t-\n")]
    [InlineData("{{{{{{}}}}}} {% {# ${ ${}")]
    [InlineData("<message role=\"system\"></message><message role='user'>")]
    public void Broken_input_never_throws(string text)
    {
        foreach (var path in new[] { "a.prompty", "skprompt.txt", "a.prompt.yaml", "a.yaml", "a.prompt.md", "x.txt" })
        {
            var file = PromptFileParser.Parse(path, text, markedPrompt: true);
            foreach (var section in file?.Sections ?? [])
            {
                Assert.NotNull(section.Template.StaticText);
            }
        }
    }

    [Theory]
    [InlineData("""{"execution_settings": {"default": {"model_id": "gpt-4o-mini"}}}""", "gpt-4o-mini")]
    [InlineData("""{"execution_settings": {"azure": {"temperature": 0}, "openai": {"model_id": "gpt-4.1"}}}""", "gpt-4.1")]
    [InlineData("""{"completion": {"max_tokens": 100}}""", null)]
    [InlineData("""not json""", null)]
    public void Semantic_Kernel_config_json_names_the_model(string json, string? model)
    {
        Assert.Equal(model, PromptFileParser.ReadSemanticKernelConfigModel(json));
    }

    [Theory]
    [InlineData("model:\n  id: gpt-4o\n", "gpt-4o")]
    [InlineData("model:\n  configuration:\n    type: openai\n    name: gpt-35-turbo\n", "gpt-35-turbo")]
    [InlineData("model:\n  configuration:\n    azure_deployment: ${env:DEPLOYMENT}\n", null)]
    [InlineData("model: gpt-4.1-mini\n", "gpt-4.1-mini")]
    public void Prompty_model_comes_from_the_front_matter(string frontMatter, string? model)
    {
        var file = PromptFileParser.Parse("a.prompty", "---\n" + frontMatter + "---\nsystem:\nHello.\n", markedPrompt: false)!;
        Assert.Equal(model, file.ModelId);
    }
}
