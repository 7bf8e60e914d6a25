using PromptAnalyzers.Knowledge;
using PromptAnalyzers.Knowledge.Text;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Knowledge;

public sealed class KnowledgeTextTests
{
    private readonly ITestOutputHelper _output;

    public KnowledgeTextTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("Refunds are REFUNDED", "refun refun")]
    [InlineData("Rückerstattung: Straße", "rucke stras")]
    [InlineData("Envíos à São Paulo, élève", "envio sao paulo eleve")]
    [InlineData("Доставка ЁЛКИ", "доста елки")]
    [InlineData("costs $49.99 in 2025", "costs 49 99 2025")]
    public void Tokenizer_lowercases_folds_diacritics_drops_stop_words_and_cuts_words(string text, string expected)
    {
        Assert.Equal(expected, string.Join(" ", KnowledgeTokenizer.Tokenize(text)));
    }

    [Fact]
    public void Chunker_splits_by_heading_paragraph_list_item_and_table_row_verbatim()
    {
        var chunks = KnowledgeChunker.Split(
            """
            Intro line before any heading.

            # Shipping
            Standard delivery takes 3-5 days.
            It costs $4.99.

            ## Express
            - Next day: $14.99.
            - Order before 2 pm,
              EST.

            # Plans
            | Plan | Price |
            | --- | --- |
            | Basic | $9 |
            | Pro | $49 |
            """,
            "kb.md");

        Assert.Equal(
            new[]
            {
                ("", "Intro line before any heading."),
                ("Shipping", "Standard delivery takes 3-5 days.\nIt costs $4.99."),
                ("Shipping > Express", "- Next day: $14.99."),
                ("Shipping > Express", "- Order before 2 pm,\n  EST."),
                ("Plans", "| Plan | Price |\n| Basic | $9 |"),
                ("Plans", "| Plan | Price |\n| Pro | $49 |"),
            },
            chunks.Select(c => (c.Heading, c.Text)).ToArray());
        Assert.All(chunks, c => Assert.Equal("kb.md", c.Source));
    }

    [Fact]
    public void Plain_text_files_split_by_paragraph_only()
    {
        var chunks = KnowledgeChunker.Split("# not a heading\nline two\n\n- not a list\n- still one paragraph", "notes.txt", markdown: false);
        Assert.Equal(new[] { "# not a heading\nline two", "- not a list\n- still one paragraph" }, chunks.Select(c => c.Text).ToArray());
    }

    [Fact]
    public void Bm25_ranks_the_answering_chunk_first_on_the_labelled_questions_in_seven_languages()
    {
        var chunks = KnowledgeTestData.Files.SelectMany(f => KnowledgeChunker.Split(f.Content, f.File)).ToList();
        var index = new Bm25Index(chunks);
        var top1 = 0;
        var top3 = 0;
        var reciprocalRanks = 0.0;
        foreach (var (question, answer) in KnowledgeTestData.Questions)
        {
            var results = index.Search(question, 3);
            var rank = results.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Text.Contains(answer, StringComparison.Ordinal)).i + 1;
            if (results.Count == 0 || !results.Any(c => c.Text.Contains(answer, StringComparison.Ordinal)))
            {
                rank = 0;
            }

            _output.WriteLine($"{rank} {question} -> {(results.Count > 0 ? results[0].Text.Split('\n').Last() : "(nothing)")}");
            top1 += rank == 1 ? 1 : 0;
            top3 += rank >= 1 ? 1 : 0;
            reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
        }

        var count = KnowledgeTestData.Questions.Length;
        _output.WriteLine($"top-1 {top1}/{count}, top-3 {top3}/{count}, MRR {reciprocalRanks / count:F3} over {chunks.Count} chunks");
        Assert.True(top1 >= count * 0.9, $"top-1 accuracy {top1}/{count}");
        Assert.Equal(count, top3);
    }

    [Fact]
    public void Bm25_returns_nothing_for_an_unrelated_or_empty_query_and_honours_top()
    {
        var index = new Bm25Index(KnowledgeTestData.Files.SelectMany(f => KnowledgeChunker.Split(f.Content, f.File)));
        Assert.Empty(index.Search("zebra quantum xylophone"));
        Assert.Empty(index.Search("   "));
        Assert.Empty(index.Search("what is the"));
        Assert.Single(index.Search("delivery", 1));
        Assert.Empty(new Bm25Index(Array.Empty<KnowledgeChunk>()).Search("delivery"));
    }

    [Fact]
    public void Context_format_carries_the_instruction_sources_headings_and_text()
    {
        var text = KnowledgeContext.Format([new KnowledgeChunk("Refunds within 30 days.", "returns.md", "Returns")]);
        Assert.Equal("\n\n" + KnowledgeContext.Instruction + "\n\nContext:\n[returns.md > Returns]\nRefunds within 30 days.\n", text);
        Assert.EndsWith(KnowledgeContext.NothingFound, KnowledgeContext.Format([]), StringComparison.Ordinal);
    }
}
