using PromptAnalyzers.Discovery;
using static PromptAnalyzers.Tests.Rules.PromptFiles.PromptFileAnalyzerTest;

namespace PromptAnalyzers.Tests.Rules.PromptFiles;

[Trait("Rule", "PA1001")]
[Trait("Rule", "PA2001")]
[Trait("Rule", "PA2002")]
public sealed class PromptFileAnalyzerTests
{
    private const string SupportPrompty = """
        ---
        name: Support
        description: Answers customer questions
        model:
          api: chat
          configuration:
            type: azure_openai
            azure_endpoint: ${env:AZURE_OPENAI_ENDPOINT}
            azure_deployment: gpt-4o-mini
          parameters:
            max_tokens: 500
        sample:
          firstName: Jane
          question: Our return window is 30 days and shipping costs $4.99.
        ---
        system:
        You are the support assistant for an outdoor store. Answer in two short sentences.
        Greet {{firstName}} by name.

        user:
        {{question}}

        """;

    [Fact]
    public async Task Prompty_reports_each_role_section_with_the_model_of_its_front_matter()
    {
        const string path = "/0/prompts/support.prompty";
        var test = Create((path, SupportPrompty));
        test.ExpectedDiagnostics.Add(Estimate(
            path, SupportPrompty, "You are the support", "by name.", PromptRole.System,
            "You are the support assistant for an outdoor store. Answer in two short sentences.\nGreet  by name.", holes: 1, modelId: "gpt-4o-mini"));
        // The user section is only a variable: nothing to count. The sample values in the front matter are not a prompt.
        await test.RunAsync();
    }

    [Fact]
    public async Task Prompty_without_role_lines_is_a_system_prompt_and_model_id_is_read()
    {
        const string path = "/0/chat.prompty";
        const string content = "---\nmodel:\n  id: gpt-4.1\n---\nYou are a poet. Reply with a haiku about {{ topic }}.\n";
        var test = Create((path, content));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "You are a poet", "about {{ topic }}.", PromptRole.System, "You are a poet. Reply with a haiku about .", holes: 1, modelId: "gpt-4.1"));
        await test.RunAsync();
    }

    private const string FactsPrompty = """
        ---
        name: Policies
        ---
        system:
        You are the support assistant for Contoso Outdoors.
        Returns are accepted within 30 days of delivery.
        Standard shipping costs $4.99 and is free on orders over $50.
        Call 1-800-555-0199 or write to support@contoso.com for help.
        {% for item in documentation %}
        {{item.content}}
        {% endfor %}
        """;

    [Fact]
    public async Task Prompty_facts_are_reported_on_their_lines_and_template_holes_are_never_facts()
    {
        const string path = "/0/policies.prompty";
        var test = Create((path, FactsPrompty));
        const string staticText = "You are the support assistant for Contoso Outdoors.\nReturns are accepted within 30 days of delivery.\nStandard shipping costs $4.99 and is free on orders over $50.\nCall 1-800-555-0199 or write to support@contoso.com for help.\n\n\n";
        test.ExpectedDiagnostics.Add(Estimate(path, FactsPrompty, "You are the support", "{% endfor %}", PromptRole.System, staticText, holes: 3));
        test.ExpectedDiagnostics.Add(Facts(
            path, FactsPrompty, "You are the support", "{% endfor %}", PromptRole.System,
            "5 facts ('within 30 days', '$4.99', '$50', ...)",
            "within 30 days", "$4.99", "$50", "1-800-555-0199", "support@contoso.com"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_prompt_file_of_a_test_project_is_test_data_unless_analyze_tests()
    {
        const string path = "/0/policies.prompty";
        var skipped = Create("build_property.IsTestProject = true", null, (path, FactsPrompty));
        skipped.DisabledDiagnostics.AddRange(["PA2001", "PA2002"]);
        await skipped.RunAsync();

        var analysed = Create("build_property.IsTestProject = true\nprompt_analyzers.analyze_tests = true", null, (path, FactsPrompty));
        analysed.DisabledDiagnostics.AddRange(["PA2001", "PA2002"]);
        analysed.ExpectedDiagnostics.Add(Facts(
            path, FactsPrompty, "You are the support", "{% endfor %}", PromptRole.System,
            "5 facts ('within 30 days', '$4.99', '$50', ...)",
            "within 30 days", "$4.99", "$50", "1-800-555-0199", "support@contoso.com"));
        await analysed.RunAsync();
    }

    private const string FewShotPrompty = """
        ---
        name: Concierge
        ---
        system:
        You answer in one friendly sentence.

        user:
        How much is the Pro plan and can I get my money back?

        assistant:
        The Pro plan costs $49/month. Refunds are accepted within 30 days.

        user:
        {{question}}
        """;

    [Fact]
    public async Task Sample_turns_of_a_prompt_file_are_skipped_unless_analyze_examples()
    {
        const string path = "/0/concierge.prompty";
        var skipped = Create((path, FewShotPrompty));
        skipped.DisabledDiagnostics.AddRange(["PA2001", "PA2002"]);
        await skipped.RunAsync();

        var analysed = Create("prompt_analyzers.analyze_examples = true", null, (path, FewShotPrompty));
        analysed.DisabledDiagnostics.AddRange(["PA2001", "PA2002"]);
        analysed.ExpectedDiagnostics.Add(Facts(
            path, FewShotPrompty, "The Pro plan costs", "within 30 days.", PromptRole.Assistant,
            "2 facts ('$49/month', 'within 30 days')",
            "$49/month", "within 30 days"));
        await analysed.RunAsync();
    }

    [Fact]
    public async Task Skprompt_takes_the_model_from_the_sibling_config_json_and_skips_variables_and_function_calls()
    {
        const string path = "/0/Plugins/WriterPlugin/ShortPoem/skprompt.txt";
        const string content = "Generate a short funny poem or limerick to explain the given event. Be creative and be funny.\n{{memory.ask $question}}\nEvent: {{$input}}\n";
        const string config = """
            {
              "schema": 1,
              "type": "completion",
              "description": "Turn a scenario into a short and entertaining poem.",
              "execution_settings": {
                "default": { "max_tokens": 60, "temperature": 0.5, "model_id": "gpt-4o-mini" }
              }
            }
            """;
        var test = Create((path, content), ("/0/Plugins/WriterPlugin/ShortPoem/config.json", config));
        test.ExpectedDiagnostics.Add(Estimate(
            path, content, "Generate a short", "{{$input}}", PromptRole.Template,
            "Generate a short funny poem or limerick to explain the given event. Be creative and be funny.\n\nEvent: ", holes: 2, modelId: "gpt-4o-mini"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Skprompt_message_tags_become_role_sections_and_handlebars_blocks_are_holes()
    {
        const string path = "/0/Prompts/Chat/skprompt.txt";
        const string content = """
            <message role="system">You are a concise assistant. Answer in one paragraph.</message>
            {{#each history}}
            <message role="{{role}}">{{content}}</message>
            {{/each}}
            <message role="user">{{$request}}</message>
            """;
        var test = Create((path, content));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "You are a concise", "one paragraph.", PromptRole.System, "You are a concise assistant. Answer in one paragraph.", holes: 0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Semantic_Kernel_prompt_yaml_reports_its_template_on_the_block_scalar_lines()
    {
        const string path = "/0/Resources/GenerateStory.yaml";
        const string content = """
            name: GenerateStory
            template: |
              Tell a story about {{$topic}} that is {{$length}} sentences long.
              Use simple words a child understands.
            template_format: semantic-kernel
            description: A function that generates a story about a topic.
            input_variables:
              - name: topic
                description: The topic of the story.
                is_required: true
              - name: length
                description: The number of sentences in the story.
                is_required: true
            execution_settings:
              service1:
                model_id: gpt-4
                temperature: 0.6
            """;
        var test = Create((path, content));
        test.ExpectedDiagnostics.Add(Estimate(
            path, content, "Tell a story", "a child understands.", PromptRole.Template,
            "Tell a story about  that is  sentences long.\nUse simple words a child understands.", holes: 2, modelId: "gpt-4"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Yaml_that_is_not_a_prompt_is_ignored()
    {
        var test = Create(
            ("/0/deploy.yaml", "template: web\nreplicas: 3\n"),
            ("/0/ci.yml", "name: build\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task GitHub_Models_prompt_yml_reports_each_message()
    {
        const string path = "/0/.github/prompts/summarize.prompt.yml";
        const string content = """
            name: Summarizer
            model: openai/gpt-4o-mini
            modelParameters:
              temperature: 0.5
            messages:
              - role: system
                content: You are a text summarizer. Your only job is to summarize text.
              - role: user
                content: |
                  Summarize this in two bullet points:
                  {{input}}
            testData:
              - input: The quick brown fox.
            """;
        var test = Create((path, content));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "You are a text summarizer", "summarize text.", PromptRole.System, "You are a text summarizer. Your only job is to summarize text.", holes: 0, modelId: "gpt-4o-mini"));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "Summarize this", "{{input}}", PromptRole.User, "Summarize this in two bullet points:\n", holes: 1, modelId: "gpt-4o-mini"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Prompt_markdown_is_a_user_prompt_with_vs_code_variables_as_holes()
    {
        const string path = "/0/.github/prompts/review.prompt.md";
        const string content = "---\nmode: agent\nmodel: GPT-4.1\ndescription: Review the selected code\n---\nReview ${selection} for security problems.\nList each problem with its line and a fix.\n";
        var test = Create((path, content));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "Review ${selection}", "and a fix.", PromptRole.User, "Review  for security problems.\nList each problem with its line and a fix.", holes: 1, modelId: "GPT-4.1"));
        await test.RunAsync();
    }

    [Fact]
    public async Task PromptAnalyzersKind_Prompt_marks_any_file_and_None_excludes_one()
    {
        const string marked = "/0/prompts/persona.txt";
        const string content = "You are a friendly barista. Recommend one drink.";
        const string excluded = "/0/prompts/old.prompty";
        var test = Create(
            globalConfig: null,
            editorConfig: $"[{marked}]\nbuild_metadata.AdditionalFiles.PromptAnalyzersKind = Prompt\n[{excluded}]\nbuild_metadata.AdditionalFiles.PromptAnalyzersKind = None\n",
            (marked, content),
            (excluded, "system:\nYou are an old prompt that nobody uses any more.\n"),
            ("/0/notes.txt", "Not a prompt: no metadata, unknown name."));
        test.ExpectedDiagnostics.Add(Estimate(marked, content, "You are", "one drink.", PromptRole.Template, content, holes: 0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Default_model_and_token_budget_come_from_the_global_options()
    {
        const string path = "/0/long.prompty";
        var content = "system:\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Rule {i}: restate the customer's concern politely, then explain the next step.")) + "\n";
        var staticText = content["system:\n".Length..].TrimEnd();
        var test = Create(globalConfig: "prompt_analyzers.default_model = gpt-4.1\nprompt_analyzers.token_budget = 100\n", editorConfig: null, (path, content));
        test.ExpectedDiagnostics.Add(Estimate(path, content, "Rule 1:", "12: restate the customer's concern politely, then explain the next step.", PromptRole.System, staticText, holes: 0).WithArguments(
            "System prompt", Count(staticText, "gpt-4.1"), "o200k_base", string.Empty, CostOf(staticText, "gpt-4.1", fromOptions: true)));
        test.ExpectedDiagnostics.Add(OverBudget(path, content, "Rule 1:", "12: restate the customer's concern politely, then explain the next step.", PromptRole.System, staticText, 100));
        await test.RunAsync();
    }

    private static string Count(string text, string model)
        => PromptAnalyzers.Text.Tokens.TokenCounter.Count(text, PromptAnalyzers.Text.Tokens.ModelCatalog.Resolve(model).Encoding).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string CostOf(string text, string model, bool fromOptions)
    {
        var info = PromptAnalyzers.Text.Tokens.ModelCatalog.Resolve(model);
        var tokens = PromptAnalyzers.Text.Tokens.TokenCounter.Count(text, info.Encoding);
        var notes = new[] { fromOptions ? "prompt_analyzers.default_model" : null, info.RetirementNote }.Where(n => n is not null).ToArray();
        return model + (notes.Length > 0 ? " (" + string.Join(", ", notes) + ")" : string.Empty) + " at " + PromptAnalyzers.Text.Tokens.CostFormatter.FormatPricePerMillion(info.InputPricePerMillion!.Value) + "/1M input ≈ " + PromptAnalyzers.Text.Tokens.CostFormatter.FormatPerCallAndPerThousand(tokens, info.InputPricePerMillion!.Value);
    }
}
