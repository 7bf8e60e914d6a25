using System.Text;
using System.Text.Json;

namespace PromptAnalyzers.Benchmarks.Compilations;

/// <summary>
/// Deterministic C# sources for the compilation benchmarks: ordinary application code (domain classes, services,
/// LINQ, string building, helpers that take strings) plus files that call every supported LLM SDK in every way
/// discovery follows (literals, constants, interpolation, concatenation, string.Format, StringBuilder, helper
/// methods, whole documents). Prompt texts come from the labelled corpus, so the fact engine and the tokenizer see
/// realistic text.
/// </summary>
internal static class GeneratedProject
{
    /// <summary>What a console project's ImplicitUsings give.</summary>
    public const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>The prompt kinds one AI file cycles through; each method holds one prompt site.</summary>
    public const int PromptKinds = 20;

    private static string[]? s_prompts;

    /// <summary>Corpus prompts (../shared/corpus/prompts.jsonl), in file order.</summary>
    public static string[] Prompts => s_prompts ??= File.ReadLines(Corpus.Find("prompts.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
        .ToArray();

    /// <summary>
    /// <paramref name="ordinaryFiles"/> files of ordinary code (~100 lines each) and <paramref name="aiFiles"/> files that
    /// hold <paramref name="promptsPerAiFile"/> prompt sites each among ordinary code (~100 lines each).
    /// </summary>
    public static List<(string Path, string Text)> Sources(int ordinaryFiles, int aiFiles, int promptsPerAiFile = 5)
    {
        var files = new List<(string, string)> { ("/src/GlobalUsings.cs", ImplicitUsings) };
        for (var i = 0; i < ordinaryFiles; i++)
        {
            files.Add(($"/src/Domain/Module{i / 100}/Entity{i}.cs", OrdinaryFile(i, ordinaryFiles)));
        }

        if (aiFiles > 0)
        {
            files.Add(("/src/Ai/PromptHelpers.cs", HelpersFile()));
        }

        for (var i = 0; i < aiFiles; i++)
        {
            files.Add(($"/src/Ai/Assistant{i}.cs", AiFile(i, promptsPerAiFile, ordinaryFiles)));
        }

        return files;
    }

    /// <summary>One document of about <paramref name="lines"/> lines holding <paramref name="prompts"/> prompt sites (the IDE benchmark).</summary>
    public static string LargeAiDocument(int prompts, int lines, int ordinaryFiles)
    {
        var builder = new StringBuilder();
        builder.AppendLine(AiUsings).AppendLine("namespace Bench.Ai.Editing;").AppendLine().AppendLine("public sealed class EditedAssistant").AppendLine("{");
        AppendAiMembers(builder);
        for (var p = 0; p < prompts; p++)
        {
            AppendPromptMethod(builder, 10_000 + p, p % PromptKinds);
        }

        var filler = 0;
        while (CountLines(builder) < lines - 2)
        {
            AppendOrdinaryMethod(builder, 10_000 + filler, filler++, ordinaryFiles);
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private const string AiUsings = """
        using System.Globalization;
        using System.Text;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OllamaSharp;
        using OllamaSharp.Models;
        using Anthropic.Models.Messages;
        using Bench.Ai;
        using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
        using OpenAiChatMessage = OpenAI.Chat.ChatMessage;
        """;

    private static string OrdinaryFile(int index, int ordinaryFiles)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.Globalization;").AppendLine("using System.Text;").AppendLine();
        builder.AppendLine($"namespace Bench.Domain.Module{index / 100};").AppendLine();
        builder.AppendLine($"public sealed record Entity{index}Dto(int Id, string Name, decimal Amount, DateTime CreatedAt);").AppendLine();
        builder.AppendLine($"public sealed class Entity{index}");
        builder.AppendLine("{");
        builder.AppendLine("    private readonly List<string> _notes = new();");
        builder.AppendLine("    private readonly Dictionary<string, decimal> _totals = new(StringComparer.Ordinal);");
        builder.AppendLine($"    private const string Prefix = \"E{index}\";");
        builder.AppendLine();
        builder.AppendLine("    public int Id { get; init; }");
        builder.AppendLine("    public string Name { get; set; } = string.Empty;");
        builder.AppendLine("    public decimal Amount { get; set; }");
        builder.AppendLine();
        for (var m = 0; m < 7; m++)
        {
            AppendOrdinaryMethod(builder, index, m, ordinaryFiles);
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    /// <summary>About 13 lines of ordinary code: loops, LINQ, strings, and a call to another entity's string method.</summary>
    private static void AppendOrdinaryMethod(StringBuilder builder, int index, int m, int ordinaryFiles)
    {
        var other = ordinaryFiles == 0 ? -1 : (index * 7 + m * 13 + 1) % ordinaryFiles;
        switch (m % 6)
        {
            case 0:
                builder.AppendLine($"    public string Describe{m}(string label, int count)");
                builder.AppendLine("    {");
                builder.AppendLine("        var text = new StringBuilder();");
                builder.AppendLine("        for (var i = 0; i < count; i++)");
                builder.AppendLine("        {");
                builder.AppendLine("            text.Append(label).Append(':').Append(i.ToString(CultureInfo.InvariantCulture)).Append(';');");
                builder.AppendLine("        }");
                builder.AppendLine();
                builder.AppendLine("        _notes.Add(text.ToString());");
                builder.AppendLine($"        return $\"{{Prefix}}-{{Name}} ({{count}} items): {{text}}\";");
                builder.AppendLine("    }");
                break;
            case 1:
                builder.AppendLine($"    public decimal Total{m}(IEnumerable<(string Key, decimal Value)> rows)");
                builder.AppendLine("    {");
                builder.AppendLine("        foreach (var group in rows.Where(r => r.Value > 0).GroupBy(r => r.Key))");
                builder.AppendLine("        {");
                builder.AppendLine("            _totals[group.Key] = _totals.TryGetValue(group.Key, out var sum) ? sum + group.Sum(r => r.Value) : group.Sum(r => r.Value);");
                builder.AppendLine("        }");
                builder.AppendLine();
                builder.AppendLine("        Amount = _totals.Values.DefaultIfEmpty(0m).Sum();");
                builder.AppendLine("        return Math.Round(Amount * 1.2m, 2, MidpointRounding.AwayFromZero);");
                builder.AppendLine("    }");
                break;
            case 2:
                builder.AppendLine($"    public string Format{m}(DateTime when, string? comment)");
                builder.AppendLine("    {");
                builder.AppendLine("        if (string.IsNullOrWhiteSpace(comment))");
                builder.AppendLine("        {");
                builder.AppendLine("            comment = \"no comment\";");
                builder.AppendLine("        }");
                builder.AppendLine();
                builder.AppendLine("        var line = string.Format(CultureInfo.InvariantCulture, \"{0:yyyy-MM-dd} {1} {2:N2}\", when, comment.Trim(), Amount);");
                builder.AppendLine(other >= 0
                    ? $"        return line + \" / \" + new Bench.Domain.Module{other / 100}.Entity{other}().Describe0(Name, 2);"
                    : "        return line;");
                builder.AppendLine("    }");
                break;
            case 3:
                builder.AppendLine($"    public async Task<int> Process{m}Async(IReadOnlyList<string> items, CancellationToken cancellationToken)");
                builder.AppendLine("    {");
                builder.AppendLine("        var processed = 0;");
                builder.AppendLine("        foreach (var item in items)");
                builder.AppendLine("        {");
                builder.AppendLine("            cancellationToken.ThrowIfCancellationRequested();");
                builder.AppendLine("            await Task.Yield();");
                builder.AppendLine("            processed += item.Length > 3 ? 1 : 0;");
                builder.AppendLine("        }");
                builder.AppendLine();
                builder.AppendLine("        return processed;");
                builder.AppendLine("    }");
                break;
            case 4:
                builder.AppendLine($"    public string Classify{m}(int code) => code switch");
                builder.AppendLine("    {");
                builder.AppendLine("        < 0 => throw new ArgumentOutOfRangeException(nameof(code), code, \"Code must not be negative.\"),");
                builder.AppendLine("        0 => \"none\",");
                builder.AppendLine("        < 10 => \"few\",");
                builder.AppendLine("        < 100 => \"some\",");
                builder.AppendLine("        _ => \"many: \" + code.ToString(CultureInfo.InvariantCulture),");
                builder.AppendLine("    };");
                break;
            default:
                if (index >= 10_000)
                {
                    // Filler in AI files: no DTO type of their own.
                    builder.AppendLine($"    public (int Id, string Name) ToPair{m}()");
                    builder.AppendLine("    {");
                    builder.AppendLine("        var name = Name.Length > 20 ? Name.Substring(0, 20) : Name;");
                    builder.AppendLine("        return (Id, name.ToUpperInvariant());");
                    builder.AppendLine("    }");
                    break;
                }

                builder.AppendLine($"    public Entity{index}Dto ToDto{m}()");
                builder.AppendLine("    {");
                builder.AppendLine("        var name = Name.Length > 20 ? Name.Substring(0, 20) : Name;");
                builder.AppendLine($"        return new Entity{index}Dto(Id, name.ToUpperInvariant(), Amount, DateTime.UnixEpoch.AddDays(Id));");
                builder.AppendLine("    }");
                break;
        }

        builder.AppendLine();
    }

    private static string HelpersFile() => """
        using Microsoft.Extensions.AI;

        namespace Bench.Ai;

        /// <summary>The team's own helpers around the model: discovery follows their string parameters to the sink.</summary>
        public static class PromptHelpers
        {
            public static Task<ChatResponse> AskAsync(IChatClient client, string systemPrompt, string question)
                => client.GetResponseAsync(new[] { new ChatMessage(ChatRole.System, systemPrompt), new ChatMessage(ChatRole.User, question) });

            public static Task<ChatResponse> AskWithRulesAsync(IChatClient client, string rules, string question)
                => AskAsync(client, "Follow these rules.\n" + rules, question);

            public static string Normalize(string text) => text.Trim().Replace("\r\n", "\n");
        }
        """;

    private static string AiFile(int index, int prompts, int ordinaryFiles)
    {
        var builder = new StringBuilder();
        builder.AppendLine(AiUsings).AppendLine($"namespace Bench.Ai.Assistants{index / 20};").AppendLine();
        builder.AppendLine($"public sealed class Assistant{index}").AppendLine("{");
        AppendAiMembers(builder);
        for (var p = 0; p < prompts; p++)
        {
            AppendPromptMethod(builder, index, (index * prompts + p) % PromptKinds);
        }

        // Ordinary members to bring the file to about 100 lines, like any class that also calls a model.
        for (var m = 0; CountLines(builder) < 95; m++)
        {
            AppendOrdinaryMethod(builder, 10_000 + index, m, ordinaryFiles);
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private static void AppendAiMembers(StringBuilder builder)
    {
        builder.AppendLine("    private readonly IChatClient _client = new OpenAI.Chat.ChatClient(\"gpt-4o-mini\", \"key\").AsIChatClient();");
        builder.AppendLine("    private readonly OpenAI.Chat.ChatClient _openAi = new(\"gpt-4.1\", \"key\");");
        builder.AppendLine("    private readonly OllamaApiClient _ollama = new(\"http://localhost:11434\", \"llama3.1\");");
        builder.AppendLine("    public string Name { get; set; } = \"Customer\";");
        builder.AppendLine("    public decimal Amount { get; set; }");
        builder.AppendLine("    public int Id { get; init; }");
        builder.AppendLine("    private readonly List<string> _notes = new();");
        builder.AppendLine("    private readonly Dictionary<string, decimal> _totals = new(StringComparer.Ordinal);");
        builder.AppendLine("    private const string Prefix = \"AI\";");
        builder.AppendLine();
    }

    private static int s_promptCursor;

    private static string NextPrompt() => Verbatim(Prompts[s_promptCursor++ % Prompts.Length]);

    private static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>One method holding one prompt site of kind <paramref name="kind"/> (0..<see cref="PromptKinds"/>-1).</summary>
    private static void AppendPromptMethod(StringBuilder builder, int index, int kind)
    {
        var name = $"Prompt{kind}_{index}_{builder.Length}";
        var prompt = NextPrompt();
        switch (kind)
        {
            case 0: // M.E.AI message with a literal, role from the argument
                builder.AppendLine($"    public Task<ChatResponse> {name}(string question)");
                builder.AppendLine($"        => _client.GetResponseAsync(new[] {{ new AiChatMessage(ChatRole.System, {prompt}), new AiChatMessage(ChatRole.User, question) }});");
                break;
            case 1: // M.E.AI ChatOptions.Instructions through a constant
                builder.AppendLine($"    private const string Instructions{name} = {prompt};");
                builder.AppendLine($"    public Task<ChatResponse> {name}(string question)");
                builder.AppendLine($"        => _client.GetResponseAsync(question, new ChatOptions {{ Instructions = Instructions{name} }});");
                break;
            case 2: // M.E.AI user prompt through interpolation
                builder.AppendLine($"    public Task<ChatResponse> {name}(string order)");
                builder.AppendLine($"        => _client.GetResponseAsync($\"Order {{order}} for {{Name}}: \" + {prompt});");
                break;
            case 3: // OpenAI SystemChatMessage through a local and concatenation
                builder.AppendLine($"    public Task {name}(string question)");
                builder.AppendLine("    {");
                builder.AppendLine($"        var system = {prompt};");
                builder.AppendLine("        system += \"\\nAnswer in at most three sentences.\";");
                builder.AppendLine("        return _openAi.CompleteChatAsync(new OpenAI.Chat.SystemChatMessage(system), new OpenAI.Chat.UserChatMessage(question));");
                builder.AppendLine("    }");
                break;
            case 4: // OpenAI factory method with a StringBuilder
                builder.AppendLine($"    public Task {name}(string question)");
                builder.AppendLine("    {");
                builder.AppendLine("        var builder = new StringBuilder();");
                builder.AppendLine($"        builder.Append({prompt});");
                builder.AppendLine("        builder.AppendLine().Append(\"Question: \").Append(question);");
                builder.AppendLine("        return _openAi.CompleteChatAsync(OpenAiChatMessage.CreateUserMessage(builder.ToString()));");
                builder.AppendLine("    }");
                break;
            case 5: // OpenAI implicit conversion from string
                builder.AppendLine($"    public Task {name}()");
                builder.AppendLine("    {");
                builder.AppendLine($"        OpenAiChatMessage message = {prompt};");
                builder.AppendLine("        return _openAi.CompleteChatAsync(message);");
                builder.AppendLine("    }");
                break;
            case 6: // Semantic Kernel chat history with string.Format
                builder.AppendLine($"    public ChatHistory {name}(string product)");
                builder.AppendLine("    {");
                builder.AppendLine("        var history = new ChatHistory();");
                builder.AppendLine($"        history.AddSystemMessage(string.Format(\"Product: {{0}}. \" + {prompt}, product));");
                builder.AppendLine("        return history;");
                builder.AppendLine("    }");
                break;
            case 7: // Semantic Kernel prompt template
                builder.AppendLine($"    public Task<FunctionResult> {name}(Kernel kernel)");
                builder.AppendLine($"        => kernel.InvokePromptAsync({prompt} + \"\\n{{{{$input}}}}\");");
                break;
            case 8: // Semantic Kernel history constructor
                builder.AppendLine($"    public ChatHistory {name}() => new ChatHistory({prompt});");
                break;
            case 9: // Anthropic system and messages
                builder.AppendLine($"    public MessageCreateParams {name}(string question) => new()");
                builder.AppendLine("    {");
                builder.AppendLine("        Model = \"claude-sonnet-4-5\",");
                builder.AppendLine("        MaxTokens = 512,");
                builder.AppendLine($"        System = {prompt},");
                builder.AppendLine("        Messages = [new UserMessageParam { Content = question }],");
                builder.AppendLine("    };");
                break;
            case 10: // OllamaSharp chat with a system prompt
                builder.AppendLine($"    public Chat {name}() => new Chat(_ollama, {prompt});");
                break;
            case 11: // OllamaSharp generate request
                builder.AppendLine($"    public GenerateRequest {name}(string topic) => new GenerateRequest {{ Prompt = \"Topic: \" + topic, System = {prompt} }};");
                break;
            case 12: // the team's helper, one level
                builder.AppendLine($"    public Task<ChatResponse> {name}(string question) => PromptHelpers.AskAsync(_client, {prompt}, question);");
                break;
            case 13: // the team's helper, two levels
                builder.AppendLine($"    public Task<ChatResponse> {name}(string question) => PromptHelpers.AskWithRulesAsync(_client, {prompt}, question);");
                break;
            case 14: // PA1003: a whole document in the prompt
                builder.AppendLine($"    public Task<ChatResponse> {name}(string question)");
                builder.AppendLine("    {");
                builder.AppendLine("        var handbook = File.ReadAllText(\"knowledge/handbook.md\");");
                builder.AppendLine("        return _client.GetResponseAsync(new[] { new AiChatMessage(ChatRole.System, \"Answer from this handbook:\\n\" + handbook), new AiChatMessage(ChatRole.User, question) });");
                builder.AppendLine("    }");
                break;
            case 15: // M.E.AI text content inside a message
                builder.AppendLine($"    public AiChatMessage {name}() => new AiChatMessage(ChatRole.User, new List<AIContent> {{ new Microsoft.Extensions.AI.TextContent({prompt}) }});");
                break;
            case 16: // a static readonly field
                builder.AppendLine($"    private static readonly string Field{name} = {prompt};");
                builder.AppendLine($"    public Task {name}() => _openAi.CompleteChatAsync(new OpenAI.Chat.SystemChatMessage(Field{name}), new OpenAI.Chat.UserChatMessage(\"Hello\"));");
                break;
            case 17: // raw string with interpolation holes
                builder.AppendLine($"    public Task<ChatResponse> {name}(string customer, int orders)");
                builder.AppendLine($"        => _client.GetResponseAsync(new AiChatMessage(ChatRole.System, $\"Customer: {{customer}} ({{orders}} orders).\\n\" + {prompt}));");
                break;
            case 18: // Semantic Kernel function factory
                builder.AppendLine($"    public KernelFunction {name}() => KernelFunctionFactory.CreateFromPrompt({prompt});");
                break;
            default: // OpenAI developer message through a conditional
                builder.AppendLine($"    public Task {name}(bool brief)");
                builder.AppendLine($"        => _openAi.CompleteChatAsync(new OpenAI.Chat.DeveloperChatMessage(brief ? \"Be brief.\" : {prompt}));");
                break;
        }

        builder.AppendLine();
    }

    private static int CountLines(StringBuilder builder)
    {
        var lines = 0;
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
