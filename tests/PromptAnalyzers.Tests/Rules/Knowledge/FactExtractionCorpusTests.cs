using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Tests.Text.Facts;
using PromptAnalyzers.Text.Facts;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>
/// "Nothing lost": over every facts-labelled prompt of shared/corpus/prompts.jsonl, the PA1001 fix's text half moves
/// whole fact units out verbatim and leaves every other character where it was.
/// </summary>
[Trait("Rule", "PA1001")]
public sealed class FactExtractionCorpusTests
{
    private readonly ITestOutputHelper _output;

    public FactExtractionCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Prompt_after_fix_plus_knowledge_file_contains_every_non_whitespace_character_of_the_original()
    {
        var path = FactCorpusEvaluationTests.FindCorpus();
        Assert.True(path is not null, "shared/corpus/prompts.jsonl not found");
        var checkedPrompts = 0;
        var movedUnits = 0;
        foreach (var item in FactCorpusEvaluationTests.LoadCorpus(path!).Where(i => i.Label == "facts"))
        {
            var report = FactDetector.Detect(item.Text, CancellationToken.None);
            if (report.Facts.Count == 0)
            {
                continue;
            }

            // Exactly what the analyzer puts in the diagnostic's properties, parsed as the fix does.
            var encoded = FactsPropertyCodec.Encode(report.Facts);
            var extraction = FactExtraction.Apply(item.Text, FactsPropertyCodec.Units(encoded, item.Text.Length));
            var knowledge = extraction.KnowledgeFile("Test.Prompt");
            checkedPrompts++;
            movedUnits += extraction.Units.Count;

            // 1. Every character of the original is in the prompt after the fix or in the knowledge file. Whitespace
            //    between two moved units is layout (the file puts each unit in a paragraph of its own); check 3 shows
            //    that nothing but whitespace goes missing that way.
            foreach (var group in item.Text.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c))
            {
                var kept = extraction.Remaining.Count(c => c == group.Key) + knowledge.Count(c => c == group.Key);
                Assert.True(kept >= group.Count(), $"{item.Id}: '{group.Key}' appears {group.Count()} times, {kept} after the fix");
            }

            // 2. The prompt after the fix is the original minus the removed ranges (instructions unchanged, in place).
            var rebuilt = new System.Text.StringBuilder();
            var position = 0;
            foreach (var (start, length) in extraction.Removed)
            {
                rebuilt.Append(item.Text, position, start - position);
                position = start + length;

                // 3. Only units and the whitespace between them are removed.
                var removed = item.Text.Substring(start, length);
                Assert.Equal(
                    Squeeze(string.Concat(extraction.Units.Where(u => removed.Contains(u.Trim(), StringComparison.Ordinal)))),
                    Squeeze(removed));
            }

            rebuilt.Append(item.Text, position, item.Text.Length - position);
            Assert.Equal(rebuilt.ToString(), extraction.Remaining);

            // 4. Each unit is in the knowledge file verbatim, and every fact left the prompt.
            foreach (var unit in extraction.Units)
            {
                Assert.Contains(unit.Replace("\r\n", "\n").Trim('\n'), knowledge, StringComparison.Ordinal);
            }

            foreach (var fact in report.Facts)
            {
                Assert.True(
                    extraction.Removed.Any(r => r.Start <= fact.Start && fact.Start + fact.Length <= r.Start + r.Length),
                    $"{item.Id}: fact '{fact.Text}' stayed in the prompt");
            }
        }

        _output.WriteLine($"{checkedPrompts} prompts, {movedUnits} units moved");
        Assert.True(checkedPrompts >= 20, $"only {checkedPrompts} facts-labelled prompts with detected facts");
    }

    [Fact]
    public void Lines_take_their_line_break_and_sentences_their_space()
    {
        var text = "Be brief.\nThe Pro plan costs $49/month.\nRefunds within 30 days.\nAnswer in English.";
        var lines = FactExtraction.Apply(text, [(10, 29), (40, 23)]);
        Assert.Equal("Be brief.\nAnswer in English.", lines.Remaining);
        Assert.Equal(new[] { "The Pro plan costs $49/month.", "Refunds within 30 days." }, lines.Units);

        var sentences = FactExtraction.Apply("Be brief. It costs $49. Be kind.", [(10, 13)]);
        Assert.Equal("Be brief. Be kind.", sentences.Remaining);
        Assert.Equal("# T\n\nIt costs $49.\n", sentences.KnowledgeFile("T"));
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
