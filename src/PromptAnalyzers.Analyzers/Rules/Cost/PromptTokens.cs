using System.Text.RegularExpressions;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>Token counts of a prompt's static text, cached across keystrokes.</summary>
internal static class PromptTokens
{
    private static readonly TextCache<(string Text, TokenEncoding Encoding), int> Cache = new(4096);

    /// <summary>Template variables and function calls ({{$input}}, {{x}}, {{plugin.fn $q}}): replaced at render time, so not counted.</summary>
    private static readonly Regex TemplateVariable = new(@"\{\{[^{}]{0,200}\}\}", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    /// <summary>Counts the static runs of the prompt with the model's tokenizer; template variables count as dynamic parts.</summary>
    public static (int Tokens, int DynamicParts) Count(PromptSite site, TokenizerSpec tokenizer)
    {
        var tokens = 0;
        var characters = 0;
        var dynamicParts = site.Text.HoleCount;
        foreach (var run in site.Text.StaticRuns())
        {
            var text = run;
            if (site.IsTemplate)
            {
                var variables = 0;
                try
                {
                    text = TemplateVariable.Replace(run, _ =>
                    {
                        variables++;
                        return string.Empty;
                    });
                }
                catch (RegexMatchTimeoutException)
                {
                    text = run;
                    variables = 0;
                }

                dynamicParts += variables;
            }

            tokens += CountCached(text, tokenizer.Encoding);
            characters += text.Length;
        }

        return (tokenizer.Count(tokens, characters), dynamicParts);
    }

    /// <summary>The model's token count of <paramref name="text"/> (exact, or the tokenizer's estimate).</summary>
    internal static int CountCached(string text, TokenizerSpec tokenizer) => tokenizer.Count(CountCached(text, tokenizer.Encoding), text.Length);

    /// <summary>The token count of <paramref name="text"/> in <paramref name="encoding"/>, cached.</summary>
    internal static int CountCached(string text, TokenEncoding encoding) =>
        text.Length == 0 ? 0 : Cache.GetOrCompute((text, encoding), text.Length, key => TokenCounter.Count(key.Text, key.Encoding));
}
