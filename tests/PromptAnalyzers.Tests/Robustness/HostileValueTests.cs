using System.Diagnostics;
using System.Text;
using PromptAnalyzers.Rules;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Prompts no one writes on purpose, reaching real sinks: giant literals, giant concatenations, deep nesting, cycles,
/// broken UTF-16, bidirectional and invisible characters, loops and recursion. Every analyzer must finish without
/// an exception; where the prompt is knowable, it is still found.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class HostileValueTests(ITestOutputHelper output)
{
    private const string Sentence = "You are Contoso's support bot. The Pro plan costs $49/month and refunds are accepted within 30 days. ";

    private static readonly Dictionary<string, (Func<string> Source, bool PromptIsFound)> Cases = new()
    {
        ["5 MB string literal"] = (() => System("\"" + Repeat(Sentence + "\\n", 5 * 1024 * 1024) + "\""), true),
        ["1 MB single-line raw string"] = (() => System("\"\"\"" + Repeat(Sentence, 1024 * 1024) + "\"\"\""), true),
        ["1 MB multi-line interpolated raw string"] = (() => System("var user = \"x\";\n", "$\"\"\"\n" + Repeat("  {user} " + Sentence + "\n", 1024 * 1024) + "  \"\"\""), true),
        ["10,000-term constant concatenation"] = (() => System(string.Join(" + ", Enumerable.Range(0, 10_000).Select(i => $"\"Rule {i}: be polite. \""))), true),
        ["10,000-term concatenation with holes"] = (() => System("var name = args[0];\n", string.Join(" + ", Enumerable.Range(0, 10_000).Select(i => i % 10 == 0 ? "name" : $"\"Rule {i} costs ${i}.00. \""))), true),
        ["10,000 += appends to one local"] = (() => System("var p = \"You are a bot. \";\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"p += \"Step {i}. \";\n")), "p"), true),
        // Roslyn itself binds nested interpolations in exponential time (depth 22: 5 s without analyzers): 12 is what a compiler survives.
        ["deeply nested interpolations"] = (() => System("var x = args[0];\n", Nest(12)), false),
        ["interpolations doubling through 40 locals"] = (() => System("var p0 = \"You are a bot. The Pro plan costs $49/month. \";\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"var p{i} = $\"{{p{i - 1}}} and {{p{i - 1}}}\";\n")), "p40"), false),
        ["concatenations doubling through 40 static readonly fields"] = (() => "using Microsoft.Extensions.AI;\nstatic class P\n{\n    public static readonly string F0 = \"Refunds within 30 days. \";\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"    public static readonly string F{i} = F{i - 1} + F{i - 1};\n")) + "    public static ChatMessage M() => new(ChatRole.System, F40);\n}\n", false),
        ["coalesce chain 500 deep"] = (() => System("string? a = args.Length > 0 ? args[0] : null;\n", string.Concat(Enumerable.Repeat("a ?? (", 500)) + "\"You are a bot.\"" + new string(')', 500)), false),
        ["deeply nested parentheses"] = (() => System(new string('(', 400) + "\"You are a bot.\"" + new string(')', 400)), false),
        ["const fields in a cycle"] = (() => """
            using Microsoft.Extensions.AI;
            static class Prompts
            {
                public const string A = B + " The Pro plan costs $49/month.";
                public const string B = C + " Refunds within 30 days.";
                public const string C = A + " You are a bot.";
                public const string Self = Self;
                public static readonly string D = E + "x";
                public static readonly string E = D + "y";
                public static string P => Q;
                public static string Q => P + "z";
                public static ChatMessage[] All() => new[] { new ChatMessage(ChatRole.System, A), new ChatMessage(ChatRole.System, D), new ChatMessage(ChatRole.System, P), new ChatMessage(ChatRole.System, Self) };
            }
            """, false),
        ["locals that reference themselves"] = (() => System("string p = p + \"x\";\nvar q = q;\n", "p + q"), false),
        ["lone surrogates and invalid UTF-16"] = (() => System("\"You are a bot \\uD800 costs $49 \\uDC00\\uD800 \" + \"\uD800\" + \"\uDFFF$49/month\" + $\"{'\\uD83D'}\" + \"\"\"\n    \uDC00 raw \uD800\n    \"\"\""), true),
        ["right-to-left and zero-width characters"] = (() => System("var user\u200C = args[0];\n", "\"\u202EYou are a bot\u202C \u2066costs \u2067$49\u2069/month\u200B\u200D\uFEFF, refunds \u200Fwithin 30 days\u061C. \" + user\u200C + \"\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD\""), true),
        ["StringBuilder appended in a 100,000-iteration loop"] = (() => """
            using System.Text;
            using Microsoft.Extensions.AI;
            var sb = new StringBuilder("You are Contoso's support bot. ");
            for (var i = 0; i < 100_000; i++)
            {
                sb.Append("The Pro plan costs $49/month. ").Append(i).AppendLine();
                while (sb.Length > 10) { sb.Append("Refunds within 30 days."); break; }
            }
            var message = new ChatMessage(ChatRole.System, sb.ToString());
            """, true),
        ["recursive helpers passing prompts to themselves"] = (() => """
            using Microsoft.Extensions.AI;
            static class Bot
            {
                public static ChatMessage Send(string prompt) => prompt.Length > 1000 ? new ChatMessage(ChatRole.System, prompt) : Send(prompt + prompt);
                public static ChatMessage Ping(string prompt, int n) => n == 0 ? Send(prompt) : Pong(prompt + " The Pro plan costs $49/month.", n - 1);
                public static ChatMessage Pong(string prompt, int n) => Ping(Wrap(prompt), n);
                public static string Wrap(string prompt) => Wrap2(prompt);
                public static string Wrap2(string prompt) => prompt.Length > 0 ? Wrap(prompt) : prompt;
                public static ChatMessage Start() => Ping("You are a bot. Refunds within 30 days.", 10);
                public static Task<ChatResponse> Ask(IChatClient client, string prompt) => Ask(client, prompt + "Again.").ContinueWith(_ => client.GetResponseAsync(prompt)).Unwrap();
            }
            """, false),
        ["1,000 separate system messages"] = (() => "using Microsoft.Extensions.AI;\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"var m{i} = new ChatMessage(ChatRole.System, \"Rule {i}: the Pro plan costs ${i}/month, refunds within {i} days.\");\n")), true),
        ["1,000 messages in one collection"] = (() => "using Microsoft.Extensions.AI;\nvar messages = new List<ChatMessage>\n{\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"    new(ChatRole.System, \"Rule {i}: the Pro plan costs ${i}/month, refunds within {i} days.\"),\n")) + "};\n", true),
    };

    public static IEnumerable<object[]> CaseNames() => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Hostile_prompt_never_crashes_or_hangs_any_analyzer(string name)
    {
        var (source, promptIsFound) = Cases[name];
        var text = source();
        var stopwatch = Stopwatch.StartNew();
        var outcome = await RobustnessHarness.RunAsync(RobustnessHarness.Compile(text));
        output.WriteLine($"{name}: {text.Length:N0} chars, {outcome.Diagnostics.Length:N0} diagnostics, {stopwatch.Elapsed.TotalSeconds:N1} s");
        Assert.True(outcome.Problem is null, RobustnessHarness.Describe(new FuzzInput(name, text), outcome.Problem ?? string.Empty));
        if (promptIsFound)
        {
            Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIdentifiers.PromptTokenEstimate);
        }
    }

    private static string System(string expression) => System(string.Empty, expression);

    /// <summary>Top-level statements: the prelude, then a system message built from the expression.</summary>
    private static string System(string prelude, string expression) => "using Microsoft.Extensions.AI;\n" + prelude + "var message = new ChatMessage(ChatRole.System, " + expression + ");\n";

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>$"a{$"a{ ... x ... }"}", as deep as asked.</summary>
    private static string Nest(int depth) => depth == 0 ? "x" : "$\"level " + depth + " {" + Nest(depth - 1) + "} $49/month\"";
}
