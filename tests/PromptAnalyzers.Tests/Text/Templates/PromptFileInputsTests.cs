using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Tests.Text.Templates;

/// <summary>
/// The inputs a call may leave out, as prompt files declare them: a Semantic Kernel <c>config.json</c>'s
/// <c>input_variables</c>, a Prompty file's <c>inputs</c> and <c>sample</c>; and the template and format of a Prompty file.
/// </summary>
[Trait("Rule", "PA5001")]
public sealed class PromptFileInputsTests
{
    [Fact]
    public void Config_json_defaults_and_not_required_variables_are_optional()
    {
        var optional = PromptConfigJson.OptionalVariables("""
            {
              // comments and trailing commas, as Semantic Kernel's permissive reader allows
              "input_variables": [
                { "name": "topic", "is_required": true },
                { "name": "poet" },
                { "name": "language", "default": "English" },
                { "name": "length", "default": 4 },
                { "name": "mood", "is_required": false },
                { "name": "tone", "default": null },
                { "description": "no name" },
              ],
            }
            """);

        Assert.NotNull(optional);
        Assert.Equal(new[] { "language", "length", "mood" }, optional.Order(StringComparer.Ordinal));
        Assert.Contains("LANGUAGE", optional);
    }

    [Theory]
    [InlineData("{ \"input_variables\": [")]
    [InlineData("[]")]
    [InlineData("{ \"input_variables\": \"language\" }")]
    [InlineData("{ \"input\": { \"parameters\": [ { \"name\": \"input\", \"defaultValue\": \"\" } ] } }")]
    [InlineData("name: Poem")]
    [InlineData("")]
    public void A_config_json_that_cannot_be_read_leaves_defaults_unknown(string json)
        => Assert.Null(PromptConfigJson.OptionalVariables(json));

    [Fact]
    public void A_config_json_without_input_variables_gives_no_defaults()
        => Assert.Empty(PromptConfigJson.OptionalVariables("""{ "schema": 1, "execution_settings": { "default": { "temperature": 0 } } }""")!);

    [Theory]
    [InlineData("---\nname: A\n---\nuser:\n{{ question }}\n", "liquid")]
    [InlineData("---\nname: A\ntemplate: handlebars\n---\nuser:\n{{ question }}\n", "handlebars")]
    [InlineData("---\nname: A\ntemplate:\n  format: jinja2\n  parser: prompty\n---\nuser:\n{{ question }}\n", "jinja2")]
    [InlineData("---\nname: A\ntemplate:\n  format:\n    kind: handlebars\n---\nuser:\n{{ question }}\n", "handlebars")]
    [InlineData("---\nname: A\ntemplate:\n  parser: prompty\n---\nuser:\n{{ question }}\n", "liquid")]
    [InlineData("user:\n{{ question }}\n", "liquid")]
    public void Prompty_format_is_read_from_the_front_matter_with_liquid_as_the_default(string prompty, string format)
    {
        var template = PromptyTemplate.Read(prompty);

        Assert.NotNull(template);
        Assert.Equal(format, template.FormatName);
        Assert.Equal("user:\n{{ question }}\n", template.Template);
    }

    [Fact]
    public void Prompty_inputs_with_a_default_a_sample_or_required_false_and_top_level_samples_are_optional()
    {
        var byName = PromptyTemplate.Read("""
            ---
            name: Chat
            inputs:
              customer:
                type: string
                sample: Jane
              question:
                type: string
                required: true
              tone:
                default: friendly
              history:
                required: false
              context: string
            sample:
              order: 1042
            ---
            {{ customer }} {{ question }} {{ tone }} {{ history }} {{ context }} {{ order }}
            """);
        var list = PromptyTemplate.Read("""
            ---
            name: Chat
            inputs:
              - name: firstName
                default: User
              - name: lastName
                required: true
              - name: history
                required: false
              - name: question
            ---
            {{firstName}} {{lastName}} {{history}} {{question}}
            """);

        Assert.Equal(new[] { "customer", "history", "order", "tone" }, byName!.Optional!.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "firstName", "history" }, list!.Optional!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("---\nname: Chat\nsample: ${file:sample.json}\n---\n{{ question }}\n")]
    [InlineData("---\nA chat prompt.\n---\n{{ question }}\n")]
    public void Prompty_samples_in_another_file_or_a_front_matter_that_is_not_a_mapping_leave_defaults_unknown(string prompty)
        => Assert.Null(PromptyTemplate.Read(prompty)!.Optional);

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Blank_prompty_text_is_no_template(string prompty) => Assert.Null(PromptyTemplate.Read(prompty));
}
