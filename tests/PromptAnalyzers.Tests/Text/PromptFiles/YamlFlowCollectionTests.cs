using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>
/// YAML flow collections ([a, b], {a: b}): <see cref="YamlReader"/> keeps each as one scalar holding its source text
/// (deliberately: the prompt parsers never look inside them), and reads the rest of the file as YamlDotNet does.
/// </summary>
public sealed class YamlFlowCollectionTests
{
    [Theory]
    [InlineData("stop: [\"\\n\", \"User:\"]\n", "[\"\\n\", \"User:\"]")]
    [InlineData("format: { type: json_object } # comment\n", "{ type: json_object }")]
    [InlineData("stop: [\"a #b\", 'c # d']\n", "[\"a #b\", 'c # d']")]
    [InlineData("tools: [\n    search, # the first\n    lookup\n  ]\n", "[ search, lookup ]")]
    [InlineData("format: {\n    \"type\": \"json_schema\",\n    \"schema\": { \"name\": \"answer\" }\n  }\n", "{ \"type\": \"json_schema\", \"schema\": { \"name\": \"answer\" } }")]
    public void A_flow_collection_is_its_source_text_and_the_file_goes_on_after_it(string entry, string value)
    {
        var root = YamlReader.Read("settings:\n  " + entry + "  model_id: gpt-4o\ntemplate: Answer.\n")!;
        Assert.Equal(value, root["settings"]!["stop"]?.Value ?? root["settings"]!["format"]?.Value ?? root["settings"]!["tools"]?.Value);
        Assert.Equal("gpt-4o", root["settings"]!["model_id"]!.Value);
        Assert.Equal("Answer.", root["template"]!.Value);
    }

    [Fact]
    public void An_unclosed_flow_collection_ends_at_the_next_key_of_its_mapping()
    {
        // Half-typed: YamlDotNet rejects the file; the reader keeps the keys after it.
        var root = YamlReader.Read("settings:\n  stop: [\"a\",\n    \"b\"\n  model_id: gpt-4o\ntemplate: Answer.\n")!;
        Assert.Equal("[\"a\", \"b\"", root["settings"]!["stop"]!.Value);
        Assert.Equal("gpt-4o", root["settings"]!["model_id"]!.Value);
        Assert.Equal("Answer.", root["template"]!.Value);
    }
}
