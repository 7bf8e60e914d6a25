using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Tests.Text.Templates;

/// <summary>What each template syntax reads from its arguments, and the placeholders its engine will not fill.</summary>
[Trait("Rule", "PA5001")]
[Trait("Rule", "PA5002")]
[Trait("Rule", "PA5003")]
public sealed class TemplateVariablesTests
{
    private static string[] Required(string template, TemplateSyntax syntax) => TemplateVariables.Read(template, syntax).Required.Select(v => v.Name).ToArray();

    [Fact]
    public void Semantic_kernel_variables_and_function_arguments_are_required_once_each()
    {
        const string template = "Weather in {{$city}} on {{$date}}. {{weather.forecast $city}} {{time.now format=$style}} {{'literal'}}";

        var variables = TemplateVariables.Read(template, TemplateSyntax.SemanticKernel);

        Assert.Equal(new[] { "city", "date", "style" }, variables.Required.Select(v => v.Name));
        Assert.Equal(template.IndexOf("{{$city}}", StringComparison.Ordinal), variables.Required[0].Offset);
        Assert.True(variables.PassesAllArguments);
        Assert.Empty(variables.Issues);
    }

    [Fact]
    public void Semantic_kernel_template_of_variables_alone_passes_nothing_else()
    {
        var variables = TemplateVariables.Read("Summarize {{$input}} in {{ $language }}.", TemplateSyntax.SemanticKernel);

        Assert.Equal(new[] { "input", "language" }, variables.Required.Select(v => v.Name));
        Assert.False(variables.PassesAllArguments);
        Assert.True(variables.Mentions("INPUT"));
        Assert.False(variables.Mentions("city"));
    }

    [Fact]
    public void Handlebars_reads_outputs_helper_arguments_and_loop_sources_but_not_item_properties()
    {
        var template = """
            {{#if vip}}Greet {{customer.name}} warmly.{{/if}}
            {{#each orders}}- {{id}}: {{total}}{{/each}}
            {{json preferences}} {{{notes}}} {{! a comment with {{nothing}} }}
            """;

        var variables = TemplateVariables.Read(template, TemplateSyntax.Handlebars);

        Assert.Equal(new[] { "customer", "orders", "preferences", "notes" }, variables.Required.Select(v => v.Name));
        Assert.True(variables.Mentions("vip"));
        Assert.True(variables.Mentions("total"));
        Assert.False(variables.PassesAllArguments);
    }

    [Fact]
    public void Handlebars_kernel_function_helpers_and_partials_pass_every_argument()
    {
        Assert.True(TemplateVariables.Read("{{weather-forecast city}}", TemplateSyntax.Handlebars).PassesAllArguments);
        Assert.True(TemplateVariables.Read("{{> header}} Hi {{name}}", TemplateSyntax.Handlebars).PassesAllArguments);
    }

    [Fact]
    public void Handlebars_set_defines_the_variable_it_assigns()
    {
        Assert.Equal(new[] { "first" }, Required("""{{set "greeting" (concat "Hi " first)}}{{greeting}}""", TemplateSyntax.Handlebars));
    }

    [Fact]
    public void Liquid_reads_outputs_and_loop_sources_minus_loop_variables_assignments_and_defaults()
    {
        var template = """
            {% assign tone = "friendly" %}
            Hello {{ customer.name | upcase }}, in a {{ tone }} way.
            {% for item in cart %}- {{ item.sku }}{% endfor %}
            {{ language | default: "English" }}
            {% if premium %}Offer an upgrade.{% endif %}
            {% comment %}{{ ignored }}{% endcomment %}
            """;

        var variables = TemplateVariables.Read(template, TemplateSyntax.Liquid);

        Assert.Equal(new[] { "customer", "cart" }, variables.Required.Select(v => v.Name));
        Assert.True(variables.Mentions("language"));
        Assert.True(variables.Mentions("premium"));
        Assert.False(variables.Mentions("ignored"));
    }

    [Fact]
    public void Jinja2_loop_with_two_variables_and_called_functions()
    {
        Assert.Equal(new[] { "scores", "name" }, Required("{% for key, value in scores.items() %}{{ key }}={{ value }}{% endfor %}{{ name }} {{ range(3) }}", TemplateSyntax.Liquid));
    }

    [Theory]
    [InlineData("Reply to {{$user}} about {order}.", "{order}")]
    [InlineData("Reply about {$order}.", "{$order}")]
    public void Single_brace_placeholders_in_a_semantic_kernel_template_are_foreign(string template, string placeholder)
    {
        var issue = Assert.Single(TemplateVariables.Read(template, TemplateSyntax.SemanticKernel).Issues);

        Assert.Equal(PlaceholderIssueKind.ForeignSyntax, issue.Kind);
        Assert.Equal(placeholder, issue.Text);
        Assert.Equal("order", issue.Name);
        Assert.Equal(template.IndexOf(placeholder, StringComparison.Ordinal), issue.Offset);
    }

    [Fact]
    public void Single_braces_alone_are_text_json_and_doubled_braces_are_not_placeholders()
    {
        Assert.Empty(TemplateVariables.Read("Answer as {answer}.", TemplateSyntax.SemanticKernel).Issues);
        Assert.Empty(TemplateVariables.Read("""{{$input}} Reply with {"answer": "yes"} or { }.""", TemplateSyntax.SemanticKernel).Issues);
    }

    [Theory]
    [InlineData(TemplateSyntax.Handlebars)]
    [InlineData(TemplateSyntax.Liquid)]
    public void Semantic_kernel_variables_in_another_syntax_are_foreign(TemplateSyntax syntax)
    {
        var issue = Assert.Single(TemplateVariables.Read("Hello {{name}}, your city is {{$city}}.", syntax).Issues);

        Assert.Equal(PlaceholderIssueKind.ForeignSyntax, issue.Kind);
        Assert.Equal("{{$city}}", issue.Text);
        Assert.Equal("city", issue.Name);
    }

    [Theory]
    [InlineData(TemplateSyntax.SemanticKernel, "Hello {{$name}}. Weather in {{$city")]
    [InlineData(TemplateSyntax.Handlebars, "Hello {{name}}. Weather in {{city")]
    [InlineData(TemplateSyntax.Liquid, "Hello {{ name }}. Weather in {{ city")]
    public void Unclosed_braces_are_reported_where_they_open(TemplateSyntax syntax, string template)
    {
        var issue = Assert.Single(TemplateVariables.Read(template, syntax).Issues);

        Assert.Equal(PlaceholderIssueKind.Unclosed, issue.Kind);
        Assert.Equal(template.LastIndexOf("{{", StringComparison.Ordinal), issue.Offset);
        Assert.Equal(new[] { "name" }, TemplateVariables.Read(template, syntax).Required.Select(v => v.Name));
    }

    [Theory]
    [InlineData("citty", "city")]
    [InlineData("Citty", "city")]
    [InlineData("customerName", "customer_name")]
    [InlineData("weather", null)]
    public void Nearest_name_is_within_two_edits(string misspelt, string? expected)
    {
        Assert.Equal(expected, NearestName.Find(misspelt, new[] { "city", "customer_name", "date" }));
    }

    [Fact]
    public void Format_names_select_the_syntax_and_unknown_formats_are_not_read()
    {
        Assert.Equal(TemplateSyntax.SemanticKernel, TemplateSyntaxNames.FromFormatName(null));
        Assert.Equal(TemplateSyntax.Handlebars, TemplateSyntaxNames.FromFormatName("handlebars"));
        Assert.Equal(TemplateSyntax.Liquid, TemplateSyntaxNames.FromFormatName("jinja2"));
        Assert.Null(TemplateSyntaxNames.FromFormatName("my-format"));
    }

    [Theory]
    [InlineData(TemplateSyntax.SemanticKernel)]
    [InlineData(TemplateSyntax.Handlebars)]
    [InlineData(TemplateSyntax.Liquid)]
    public void Broken_and_hostile_templates_never_throw_and_report_offsets_inside_the_text(TemplateSyntax syntax)
    {
        const string alphabet = "{}{}{}$%#|!/>&^~=.'\"( )\n abc_1-";
        var random = new Random(18);
        for (int run = 0; run < 3000; run++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string template = new(chars);
            var variables = TemplateVariables.Read(template, syntax);

            Assert.All(variables.Required, v => Assert.InRange(v.Offset, 0, Math.Max(0, template.Length - 1)));
            Assert.All(variables.Issues, issue => Assert.Equal(issue.Text, template.Substring(issue.Offset, issue.Text.Length)));
        }
    }
}
